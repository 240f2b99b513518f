import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import {
	actionAssignments,
	agreementEvents,
	agreements,
	caseActions,
	casePartners,
	cases,
	invitations,
	meetings,
	memberships
} from '$lib/server/db/schema';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { can, FOUNDER_ROLE, mayHold } from '$lib/domain/permissions/permissions';
import { isId } from '$lib/ids';
import {
	HANDOVER_KINDS,
	HOLDING_OF,
	handoverGaps,
	strongerLetter,
	successorFor,
	type HandoverGap,
	type HandoverKind,
	type HoldingCounts,
	type Successors
} from './handover';
import { lockMemberships } from './membership-lock.server';
import { allMayHold, deleteMembership, findMember, listMembers, otherCoordinators } from './partnership.server';
import { moveWorksheetHoldings, readWorksheetHoldings } from './handover-worksheets.server';

/**
 * What a member holds that would be left without a holder when they leave: open agreements they
 * own, cases they are a partner in, their RASCI letters, upcoming meetings they organise, what the
 * worksheets gave them (pilots, continuity contacts, recurring-task letters) and open invitations
 * they made. One query per kind.
 */
async function readHoldings(db: Executor, partnershipId: string, member: { id: string; userId: string }) {
	const now = new Date();
	// One after the other: inside a transaction the queries share one connection.
	const agreementRows = await db
		.select({ id: agreements.id, what: agreements.what, caseId: agreements.caseId, ownerId: agreements.ownerId })
		.from(agreements)
		.where(
			and(
				eq(agreements.partnershipId, partnershipId),
				eq(agreements.ownerId, member.userId),
				inArray(agreements.status, ['open', 'adjusted'])
			)
		)
		.orderBy(asc(agreements.createdAt));
	const caseRows = await db
		.select({ id: cases.id, code: cases.code })
		.from(casePartners)
		.innerJoin(cases, and(eq(cases.partnershipId, casePartners.partnershipId), eq(cases.id, casePartners.caseId)))
		.where(and(eq(casePartners.partnershipId, partnershipId), eq(casePartners.membershipId, member.id)))
		.orderBy(asc(cases.code));
	const rasciRows = await db
		.select({
			actionId: actionAssignments.actionId,
			letter: actionAssignments.letter,
			description: caseActions.description,
			caseId: caseActions.caseId,
			caseCode: cases.code
		})
		.from(actionAssignments)
		.innerJoin(
			caseActions,
			and(
				eq(caseActions.partnershipId, actionAssignments.partnershipId),
				eq(caseActions.id, actionAssignments.actionId)
			)
		)
		.innerJoin(cases, and(eq(cases.partnershipId, caseActions.partnershipId), eq(cases.id, caseActions.caseId)))
		.where(and(eq(actionAssignments.partnershipId, partnershipId), eq(actionAssignments.membershipId, member.id)))
		.orderBy(asc(cases.code), asc(caseActions.createdAt));
	const meetingRows = await db
		.select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, caseId: meetings.caseId })
		.from(meetings)
		.where(
			and(
				eq(meetings.partnershipId, partnershipId),
				eq(meetings.createdBy, member.userId),
				eq(meetings.cancelled, false),
				gt(meetings.startsAt, now)
			)
		)
		.orderBy(asc(meetings.startsAt));
	const invitationRows = await db
		.select({ id: invitations.id, role: invitations.role, expiresAt: invitations.expiresAt })
		.from(invitations)
		.where(
			and(
				eq(invitations.partnershipId, partnershipId),
				eq(invitations.createdBy, member.userId),
				isNull(invitations.revokedAt),
				gt(invitations.expiresAt, now),
				or(eq(invitations.singleUse, false), eq(invitations.useCount, 0))
			)
		)
		.orderBy(asc(invitations.expiresAt));
	const worksheets = await readWorksheetHoldings(db, partnershipId, member);
	return {
		agreements: agreementRows,
		cases: caseRows,
		rasci: rasciRows,
		meetings: meetingRows,
		...worksheets,
		invitations: invitationRows
	};
}

export type Holdings = Awaited<ReturnType<typeof readHoldings>>;

export function countHoldings(h: Holdings): HoldingCounts {
	return Object.fromEntries(HANDOVER_KINDS.map((k) => [k, h[k].length])) as HoldingCounts;
}

/** The member, what they hold and whether they are the last coordinator; null for an unknown member. */
export async function getHoldings(
	db: Executor,
	{ partnershipId, membershipId }: { partnershipId: string; membershipId: string }
) {
	const member = await findMember(db, partnershipId, membershipId);
	if (!member) return null;
	const holdings = await readHoldings(db, partnershipId, member);
	const others = can(member.role, 'member:manage') ? await otherCoordinators(db, partnershipId, membershipId) : 1;
	return { member, holdings, counts: countHoldings(holdings), lastCoordinator: others === 0 };
}

export type LeaveResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'missing-successor'; gaps: HandoverGap[] }
	/** A successor is not a member here, is the leaving member, or may not hold `kind`. */
	| { ok: false; reason: 'bad-successor'; kind: HandoverKind | 'all' };

/**
 * Hands over what a member holds and removes them, in one transaction under the partnership's
 * membership lock: agreements get the new owner (in their history, like an owner change on the
 * agreement's page), the successor becomes partner in the cases, takes the RASCI letters (keeping
 * the stronger letter where they already hold one) and organises the meetings; open invitations
 * are revoked. The worksheet records move too (handover-worksheets.server.ts), each with a version
 * in its history. When the last coordinator leaves, the successor for everything becomes coordinator.
 * Every move lands in the audit log (ADR 0019).
 */
export async function leaveWithHandover(
	db: Db,
	{
		partnershipId,
		membershipId,
		actorId,
		successors
	}: { partnershipId: string; membershipId: string; actorId: string; successors: Successors }
): Promise<LeaveResult> {
	return db.transaction(async (tx) => {
		await lockMemberships(tx, partnershipId);
		const found = await getHoldings(tx, { partnershipId, membershipId });
		if (!found) return { ok: false, reason: 'not-found' } as const;
		const { member, holdings, counts, lastCoordinator } = found;
		const gaps = handoverGaps(counts, successors, { lastCoordinator });
		if (gaps.length) return { ok: false, reason: 'missing-successor', gaps } as const;

		// Everyone named must be a member here and never the leaver (a crafted id is refused, even
		// when nothing is held); only those who receive something are checked for what they may hold.
		const chosen: [HandoverKind | 'all', string][] = [];
		if (successors.all) chosen.push(['all', successors.all]);
		for (const k of HANDOVER_KINDS)
			if (counts[k] > 0) chosen.push([k, successorFor(successors, k)!]);
			else if (successors[k]) chosen.push([k, successors[k]!]);
		const badId = chosen.find(([, id]) => !isId(id));
		if (badId) return { ok: false, reason: 'bad-successor', kind: badId[0] } as const;
		const heirs = chosen.length
			? await tx
					.select({ id: memberships.id, userId: memberships.userId, role: memberships.role })
					.from(memberships)
					.where(
						and(
							eq(memberships.partnershipId, partnershipId),
							inArray(
								memberships.id,
								chosen.map(([, id]) => id)
							)
						)
					)
			: [];
		const heir = new Map(heirs.map((h) => [h.id, h]));
		for (const [kind, id] of chosen)
			if (!heir.has(id) || id === member.id) return { ok: false, reason: 'bad-successor', kind } as const;
		for (const [kind, id] of chosen)
			if (kind !== 'all' && !(await allMayHold(tx, { partnershipId, holding: HOLDING_OF[kind], membershipIds: [id] })))
				return { ok: false, reason: 'bad-successor', kind } as const;

		const to = (kind: HandoverKind) => heir.get(successorFor(successors, kind)!)!;
		const audit = (caseId: string | null, target: string, detail: Record<string, unknown>) =>
			recordAudit(tx, {
				partnershipId,
				caseId,
				userId: actorId,
				action: 'update',
				target,
				detail: { from: member.id, ...detail }
			});

		for (const a of holdings.agreements) {
			const next = to('agreements');
			await tx
				.update(agreements)
				.set({ ownerId: next.userId, updatedAt: new Date(), version: sql`${agreements.version} + 1` })
				.where(and(eq(agreements.partnershipId, partnershipId), eq(agreements.id, a.id)));
			// The same history entry as an owner change on the agreement's page (updateAgreement).
			await tx.insert(agreementEvents).values({
				partnershipId,
				agreementId: a.id,
				userId: actorId,
				changes: { ownerId: [a.ownerId, next.userId] },
				note: ''
			});
			await audit(a.caseId, 'handover:agreement', { agreementId: a.id, to: next.id });
		}
		for (const c of holdings.cases) {
			const next = to('cases');
			await tx
				.insert(casePartners)
				.values({ partnershipId, caseId: c.id, membershipId: next.id })
				.onConflictDoNothing();
			await audit(c.id, 'handover:case-partner', { to: next.id });
		}
		for (const r of holdings.rasci) {
			const next = to('rasci');
			const [own] = await tx
				.select({ letter: actionAssignments.letter })
				.from(actionAssignments)
				.where(
					and(
						eq(actionAssignments.partnershipId, partnershipId),
						eq(actionAssignments.actionId, r.actionId),
						eq(actionAssignments.membershipId, next.id)
					)
				);
			// One letter per member and action: where the successor has one, the stronger stays.
			const letter = own ? strongerLetter(own.letter, r.letter) : r.letter;
			await tx
				.insert(actionAssignments)
				.values({ partnershipId, actionId: r.actionId, membershipId: next.id, letter })
				.onConflictDoUpdate({ target: [actionAssignments.actionId, actionAssignments.membershipId], set: { letter } });
			await audit(r.caseId, 'handover:rasci', { actionId: r.actionId, letter: r.letter, kept: letter, to: next.id });
		}
		for (const mt of holdings.meetings) {
			const next = to('meetings');
			await tx
				.update(meetings)
				.set({ createdBy: next.userId, updatedAt: new Date(), version: sql`${meetings.version} + 1` })
				.where(and(eq(meetings.partnershipId, partnershipId), eq(meetings.id, mt.id)));
			await audit(mt.caseId, 'handover:meeting', { meetingId: mt.id, to: next.id });
		}
		await moveWorksheetHoldings(tx, {
			partnershipId,
			actorId,
			member,
			holdings,
			to: { pilots: () => to('pilots'), continuity: () => to('continuity'), tasks: () => to('tasks') },
			audit: (target, detail) => audit(null, target, detail)
		});
		if (holdings.invitations.length) {
			// Revoked, not handed over: a link should not keep admitting people in the leaver's name.
			const ids = holdings.invitations.map((i) => i.id);
			await tx
				.update(invitations)
				.set({ revokedAt: new Date() })
				.where(and(eq(invitations.partnershipId, partnershipId), inArray(invitations.id, ids)));
			await audit(null, 'handover:invitations', { revoked: ids });
		}
		if (lastCoordinator) {
			const next = heir.get(successors.all!)!;
			if (!can(next.role, 'member:manage'))
				await tx
					.update(memberships)
					.set({ role: FOUNDER_ROLE })
					.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.id, next.id)));
			await audit(null, 'handover:coordinator', { to: next.id });
		}
		await deleteMembership(tx, { partnershipId, membershipId, userId: member.userId });
		await audit(null, 'membership:left', { by: actorId });
		return { ok: true } as const;
	});
}

/**
 * What the handover page shows: the member, what they hold (case codes and letters only, no
 * case content), and who may take over each kind (mayHold), never the member themselves.
 */
export async function getHandoverPage(
	db: Db,
	{ partnershipId, membershipId }: { partnershipId: string; membershipId: string }
) {
	const [found, members] = await Promise.all([
		getHoldings(db, { partnershipId, membershipId }),
		listMembers(db, partnershipId)
	]);
	if (!found) return null;
	const { member, holdings, counts, lastCoordinator } = found;
	const name = members.find((mb) => mb.membershipId === member.id)?.name ?? '';
	return {
		member: { membershipId: member.id, userId: member.userId, name },
		holdings: {
			agreements: holdings.agreements.map((a) => ({ id: a.id, what: a.what })),
			cases: holdings.cases,
			rasci: holdings.rasci.map((r) => ({ actionId: r.actionId, letter: r.letter, caseCode: r.caseCode })),
			meetings: holdings.meetings.map((mt) => ({ id: mt.id, title: mt.title, startsAt: mt.startsAt })),
			pilots: holdings.pilots,
			continuity: holdings.continuity.map((c) => ({ id: c.id, contact: c.contact, as: c.as })),
			tasks: holdings.tasks.map((t) => ({ taskId: t.taskId, title: t.title, letter: t.letter })),
			invitations: holdings.invitations
		},
		counts,
		lastCoordinator,
		candidates: members
			.filter((mb) => mb.membershipId !== member.id)
			.map((mb) => ({
				membershipId: mb.membershipId,
				name: mb.name,
				organisationName: mb.organisationName,
				may: Object.fromEntries(HANDOVER_KINDS.map((k) => [k, mayHold(mb.role, HOLDING_OF[k])])) as Record<
					HandoverKind,
					boolean
				>
			}))
	};
}
