// Case retention: a closed case's content is purged some months after closing (the partnership's
// case_retention_months); the coordinators are told a month before. The case row stays, as a count.
// Plain functions that take `now` and a `send` function; pg-boss (src/lib/server/jobs.ts) only
// schedules them. Why it works like this: docs/decisions/0021-case-retention.md.
//
// Once, with several app instances: the notice is claimed with UPDATE … RETURNING (purge_notice_at
// set) in the transaction that sends it. A second instance waits on those rows and then finds them
// claimed; a mail that fails rolls the claim back, so the job's retry sends it again.
import { todayInBelgium } from '$lib/dates';
import { and, eq, inArray, isNull, sql, type AnyColumn } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import {
	agreements,
	casePartners,
	casePerspectives,
	caseActions,
	caseSections,
	caseSharingAgreements,
	cases,
	consentRecords,
	meetings,
	memberships,
	partnerships,
	signalSources,
	users
} from '$lib/server/db/schema';
import type { SendMail } from '$lib/server/mail';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { deleteCaseDrafts } from '$lib/domain/drafts/draft.server';
import { rolesWith } from '$lib/domain/permissions/permissions';
import { mailLocale } from '$lib/mail-layout';
import { retentionNoticeMail } from './retention-mail';

/** The coordinators are told this many days before the content goes; a purge never comes sooner after the notice. */
export const NOTICE_DAYS = 30;

type Context = { now: Date; origin: string; send: SendMail };

/** When a closed case's content may go: closed_at plus the partnership's months. */
const purgeDate = sql`${cases.closedAt} + make_interval(months => ${partnerships.caseRetentionMonths})`;
const days = (n: number) => sql`make_interval(days => ${n})`;

/** Sets the partnership's retention period (the form has checked the range). */
export async function setCaseRetention(
	db: Db,
	{ partnershipId, userId, months }: { partnershipId: string; userId: string; months: number }
): Promise<void> {
	await db.transaction(async (tx) => {
		const [before] = await tx
			.select({ months: partnerships.caseRetentionMonths })
			.from(partnerships)
			.where(eq(partnerships.id, partnershipId))
			.for('update');
		if (!before || before.months === months) return;
		await tx.update(partnerships).set({ caseRetentionMonths: months }).where(eq(partnerships.id, partnershipId));
		await recordAudit(tx, {
			partnershipId,
			caseId: null,
			userId,
			action: 'update',
			target: 'retention',
			detail: { from: before.months, to: months }
		});
	});
}

/** Whether the case's content was purged (its pages then offer nothing to edit). */
export async function isCasePurged(
	db: Executor,
	{ partnershipId, caseId }: { partnershipId: string; caseId: string }
): Promise<boolean> {
	const [row] = await db
		.select({ purgedAt: cases.purgedAt })
		.from(cases)
		.where(and(eq(cases.partnershipId, partnershipId), eq(cases.id, caseId)));
	return Boolean(row?.purgedAt);
}

// The rules, each used twice: to find the partnerships, then to claim their cases under a lock.
/** A closed, unpurged case not yet noticed, whose purge date is less than NOTICE_DAYS away. */
const noticeDue = (now: Date) =>
	and(
		eq(cases.status, 'closed'),
		isNull(cases.purgedAt),
		isNull(cases.purgeNoticeAt),
		sql`${purgeDate} - ${days(NOTICE_DAYS)} <= ${now}`
	);

/** A closed, unpurged case past its purge date, noticed at least NOTICE_DAYS ago. */
const purgeDue = (now: Date) =>
	and(
		eq(cases.status, 'closed'),
		isNull(cases.purgedAt),
		sql`${cases.purgeNoticeAt} <= ${now}::timestamptz - ${days(NOTICE_DAYS)}`,
		sql`${purgeDate} <= ${now}`
	);

/** The partnerships with closed cases whose notice is due (one query over every partnership). */
async function partnershipsToNotify(db: Executor, now: Date) {
	return db
		.selectDistinct({ id: partnerships.id, name: partnerships.name })
		.from(cases)
		.innerJoin(partnerships, eq(partnerships.id, cases.partnershipId))
		.where(noticeDue(now));
}

/**
 * One notice per partnership and run, to each coordinator, for the closed cases whose purge date is
 * less than NOTICE_DAYS away: how many, and from which day. No code, no content. Returns the mails sent.
 */
export async function sendPurgeNotices(db: Db, { now, origin, send }: Context): Promise<number> {
	let sent = 0;
	const errors: unknown[] = [];
	for (const partnership of await partnershipsToNotify(db, now)) {
		try {
			sent += await db.transaction(async (tx) => {
				const claimed = await tx
					.update(cases)
					.set({ purgeNoticeAt: now })
					.from(partnerships)
					.where(and(eq(cases.partnershipId, partnership.id), eq(partnerships.id, cases.partnershipId), noticeDue(now)))
					// The earliest day it may go: its purge date, but never sooner than NOTICE_DAYS after this notice.
					.returning({ from: sql<Date>`greatest(${purgeDate}, ${now}::timestamptz + ${days(NOTICE_DAYS)})` });
				if (!claimed.length) return 0;
				const coordinators = await tx
					.select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
					.from(memberships)
					.innerJoin(users, eq(users.id, memberships.userId))
					.where(
						and(eq(memberships.partnershipId, partnership.id), inArray(memberships.role, rolesWith('member:manage')))
					);
				const from = todayInBelgium(new Date(Math.min(...claimed.map((c) => new Date(c.from).getTime()))));
				for (const user of coordinators)
					await send({
						to: { name: user.name, address: user.email },
						...retentionNoticeMail({
							locale: mailLocale(user.locale),
							name: user.name,
							origin,
							partnershipId: partnership.id,
							partnershipName: partnership.name,
							count: claimed.length,
							from
						}),
						tag: { kind: 'case_purge_notice', userId: user.id }
					});
				return coordinators.length;
			});
		} catch (error) {
			errors.push(error);
		}
	}
	if (errors.length)
		throw new AggregateError(errors, `${errors.length} purge notice(s) could not be sent (${sent} sent)`);
	return sent;
}

/**
 * Purges the content of closed cases whose purge date has passed and whose notice went out at least
 * NOTICE_DAYS ago: sections, perspectives, actions (with their RASCI rows, by cascade), partners,
 * agreements (with their history, by cascade), links to sharing agreements, consent records and the
 * case's meetings (their minutes and purpose are case content; agenda and attendees go by cascade). The
 * case row stays, closed, with purged_at set; signals keep their source as a count without the link.
 * Set-based: a handful of statements per partnership, whatever the number of cases. Returns how many.
 */
export async function purgeClosedCases(db: Db, { now }: { now: Date }): Promise<number> {
	const due = await db
		.selectDistinct({ id: cases.partnershipId })
		.from(cases)
		.innerJoin(partnerships, eq(partnerships.id, cases.partnershipId))
		.where(purgeDue(now));
	let purged = 0;
	for (const { id: partnershipId } of due) {
		purged += await db.transaction(async (tx) => {
			// Locks the rows: a case reopened meanwhile is no longer 'closed' and is left alone.
			const rows = await tx
				.update(cases)
				.set({ purgedAt: now })
				.from(partnerships)
				.where(and(eq(cases.partnershipId, partnershipId), eq(partnerships.id, cases.partnershipId), purgeDue(now)))
				.returning({ id: cases.id });
			if (!rows.length) return 0;
			const ids = rows.map((r) => r.id);
			const ofCases = (partnershipColumn: AnyColumn, caseColumn: AnyColumn) =>
				and(eq(partnershipColumn, partnershipId), inArray(caseColumn, ids));
			for (const table of [
				caseSections,
				casePerspectives,
				caseActions,
				casePartners,
				agreements,
				consentRecords,
				meetings
			])
				await tx.delete(table).where(ofCases(table.partnershipId, table.caseId));
			await tx
				.delete(caseSharingAgreements)
				.where(ofCases(caseSharingAgreements.partnershipId, caseSharingAgreements.caseId));
			await tx
				.update(signalSources)
				.set({ caseId: null })
				.where(and(eq(signalSources.partnershipId, partnershipId), inArray(signalSources.caseId, ids)));
			// Unsaved text about the case is case content too; the row stays, so no cascade removes it.
			await deleteCaseDrafts(tx, { partnershipId, caseIds: ids });
			await recordAudit(
				tx,
				ids.map((caseId) => ({ partnershipId, caseId, userId: null, action: 'purge' as const, target: 'case' }))
			);
			return ids.length;
		});
	}
	return purged;
}

/** What the scheduled job runs: first the notices, then the purge (a failed notice does not stop it). */
export async function runCaseRetention(db: Db, context: Context): Promise<{ notices: number; purged: number }> {
	const errors: unknown[] = [];
	const notices = await sendPurgeNotices(db, context).catch((error) => (errors.push(error), 0));
	const purged = await purgeClosedCases(db, { now: context.now }).catch((error) => (errors.push(error), 0));
	if (errors.length) throw new AggregateError(errors, 'The case retention run did not complete');
	return { notices, purged };
}
