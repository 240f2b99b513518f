import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeAgreement, makeCase, makeMember, makeTeam } from '../../../../tests/factories';
import { auditLog, caseAccessRequests, casePartners, caseSections } from '$lib/server/db/schema';
import type { Mail } from '$lib/server/mail';
import { createCase, getCase, listCases, saveCaseSection, savePerspective } from './case.server';
import {
	decideCaseAccess,
	getOwnAccessRequest,
	listCaseReaders,
	listOpenAccessRequests,
	requestCaseAccess
} from './case-access.server';

const { db } = getTestDb();

/**
 * A partnership with a coordinator, a member who is a partner of case K-01, a member who is not,
 * and an observer. The coordinator made the case (so they are a partner too).
 */
async function world() {
	const team = await makeTeam(db);
	const p = team.partnership.id;
	const outsider = await makeMember(db, { partnershipId: p, invitedBy: team.coordinator.id });
	const observer = await makeMember(db, { partnershipId: p, role: 'observer', invitedBy: team.coordinator.id });
	const kase = await makeCase(db, {
		partnershipId: p,
		userId: team.coordinator.id,
		code: 'K-01',
		partners: [team.membership.id]
	});
	await saveCaseSection(db, {
		partnershipId: p,
		caseId: kase.id,
		kind: 'voice',
		content: { heard: 'partly', how: 'gesprek', notYetHeard: '' },
		version: 0,
		userId: team.member.id
	});
	const sent: Mail[] = [];
	const mail = { origin: 'https://brugwerk.test', send: async (m: Mail) => void sent.push(m) };
	return { ...team, p, outsider, observer, kase, scope: { partnershipId: p, caseId: kase.id }, sent, mail };
}

describe('who reads a case (ADR 0023)', () => {
	it('lets its partners and the coordinators read it, and refuses other members and observers with a reason', async () => {
		const w = await world();
		const partner = await getCase(db, { ...w.scope, userId: w.member.id });
		expect(partner).toMatchObject({ ok: true, case: { code: 'K-01' } });
		// A coordinator reads every case, partner or not.
		const second = await makeMember(db, { partnershipId: w.p, role: 'coordinator', invitedBy: w.coordinator.id });
		expect(await getCase(db, { ...w.scope, userId: second.user.id })).toMatchObject({ ok: true });
		for (const who of [w.outsider.user.id, w.observer.user.id]) {
			const refused = await getCase(db, { ...w.scope, userId: who });
			expect(refused).toEqual({
				ok: false,
				reason: 'not-partner',
				case: { id: w.kase.id, code: 'K-01', status: 'open', purgedAt: null }
			});
		}
	});

	it('refuses the writes of a member who is not a partner, and stores nothing', async () => {
		const w = await world();
		const section = await saveCaseSection(db, {
			...w.scope,
			kind: 'strengths',
			content: { child: 'tekent graag', context: '' },
			version: 0,
			userId: w.outsider.user.id
		});
		expect(section).toEqual({ ok: false, reason: 'not-partner' });
		const own = await savePerspective(db, {
			...w.scope,
			userId: w.outsider.user.id,
			content: { observations: 'x' },
			version: 0
		});
		expect(own).toEqual({ ok: false, reason: 'not-partner' });
		const stored = await db
			.select()
			.from(caseSections)
			.where(and(eq(caseSections.caseId, w.kase.id), eq(caseSections.kind, 'strengths')));
		expect(stored).toEqual([]);
	});

	it('lists a case it may not read with its code and status only', async () => {
		const w = await world();
		await makeAgreement(db, {
			partnershipId: w.p,
			userId: w.coordinator.id,
			origin: { caseId: w.kase.id },
			ownerId: w.member.id
		});
		const asOutsider = (await listCases(db, { partnershipId: w.p, userId: w.outsider.user.id })).cases.rows;
		expect(asOutsider).toEqual([
			expect.objectContaining({
				code: 'K-01',
				status: 'open',
				readable: false,
				partnerCount: null,
				openAgreements: null,
				voiceHeard: null,
				updatedAt: null
			})
		]);
		const asPartner = (await listCases(db, { partnershipId: w.p, userId: w.member.id })).cases.rows;
		expect(asPartner[0]).toMatchObject({ readable: true, partnerCount: 2, openAgreements: 1, voiceHeard: 'partly' });
	});

	it('makes who starts a case a partner of it, ticked or not', async () => {
		const w = await world();
		const made = await makeCase(db, { partnershipId: w.p, userId: w.outsider.user.id, partners: [] });
		const partners = await db.select().from(casePartners).where(eq(casePartners.caseId, made.id));
		expect(partners.map((r) => r.membershipId)).toEqual([w.outsider.membership.id]);
		expect(await getCase(db, { partnershipId: w.p, caseId: made.id, userId: w.outsider.user.id })).toMatchObject({
			ok: true
		});
	});

	it('names the partners and coordinators who read it', async () => {
		const w = await world();
		const readers = await listCaseReaders(db, w.scope);
		expect(readers.map((r) => r.userId).sort()).toEqual([w.coordinator.id, w.member.id].sort());
	});
});

describe('asking for access', () => {
	it('mails the readers, grants in one step (the member becomes a partner) and logs it', async () => {
		const w = await world();
		const asked = await requestCaseAccess(db, {
			...w.scope,
			userId: w.outsider.user.id,
			reason: 'Ik begeleid het gezin sinds deze week.',
			...w.mail
		});
		expect(asked).toMatchObject({ ok: true });
		// The readers get a mail with the code and a link, not the reason nor any content.
		expect(w.sent.map((m) => m.to.address).sort()).toEqual([w.coordinator.email, w.member.email].sort());
		for (const m of w.sent) {
			expect(m.subject).toContain('K-01');
			expect(m.text).toContain(`/s/${w.p}/casussen/${w.kase.id}`);
			expect(m.text).not.toContain('gezin sinds');
		}
		const again = await requestCaseAccess(db, {
			...w.scope,
			userId: w.outsider.user.id,
			reason: 'nog eens',
			...w.mail
		});
		expect(again).toEqual({ ok: false, reason: 'already-asked' });
		expect(await requestCaseAccess(db, { ...w.scope, userId: w.member.id, reason: 'ik lees al', ...w.mail })).toEqual({
			ok: false,
			reason: 'already-reader'
		});
		expect(
			await requestCaseAccess(db, { ...w.scope, userId: w.observer.user.id, reason: 'mag ik?', ...w.mail })
		).toEqual({ ok: false, reason: 'not-eligible' });

		const open = await listOpenAccessRequests(db, w.scope);
		expect(open).toMatchObject([{ reason: 'Ik begeleid het gezin sinds deze week.' }]);
		expect(await getOwnAccessRequest(db, { ...w.scope, userId: w.outsider.user.id })).toMatchObject({
			decidedAt: null,
			granted: null
		});
		// Only a reader decides.
		const byOutsider = await decideCaseAccess(db, {
			...w.scope,
			requestId: open[0]!.id,
			userId: w.observer.user.id,
			grant: true
		});
		expect(byOutsider).toEqual({ ok: false, reason: 'not-partner' });
		const granted = await decideCaseAccess(db, {
			...w.scope,
			requestId: open[0]!.id,
			userId: w.member.id,
			grant: true
		});
		expect(granted).toEqual({ ok: true });
		expect(await getCase(db, { ...w.scope, userId: w.outsider.user.id })).toMatchObject({ ok: true });
		expect(
			await decideCaseAccess(db, { ...w.scope, requestId: open[0]!.id, userId: w.member.id, grant: false })
		).toEqual({ ok: false, reason: 'decided' });
		const log = await db.select().from(auditLog).where(eq(auditLog.caseId, w.kase.id));
		expect(log.map((e) => e.action)).toEqual(expect.arrayContaining(['access-request', 'access-grant']));
	});

	it('refuses a request, logs it, and lets the member ask again later', async () => {
		const w = await world();
		await requestCaseAccess(db, { ...w.scope, userId: w.outsider.user.id, reason: 'Voor het overleg.', ...w.mail });
		const [request] = await listOpenAccessRequests(db, w.scope);
		expect(
			await decideCaseAccess(db, { ...w.scope, requestId: request!.id, userId: w.coordinator.id, grant: false })
		).toEqual({ ok: true });
		expect(await getCase(db, { ...w.scope, userId: w.outsider.user.id })).toMatchObject({ reason: 'not-partner' });
		expect(await getOwnAccessRequest(db, { ...w.scope, userId: w.outsider.user.id })).toMatchObject({
			granted: false,
			decidedAt: expect.any(Date)
		});
		const log = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.caseId, w.kase.id), eq(auditLog.action, 'access-refuse')));
		expect(log).toHaveLength(1);
		expect(
			await requestCaseAccess(db, { ...w.scope, userId: w.outsider.user.id, reason: 'Nu echt nodig.', ...w.mail })
		).toMatchObject({ ok: true });
	});

	it("treats another partnership's case or request as not found", async () => {
		const w = await world();
		const other = await makeTeam(db);
		const foreignCase = await makeCase(db, { partnershipId: other.partnership.id, userId: other.coordinator.id });
		// A member of this partnership, asking with the other partnership's case id in this partnership.
		expect(
			await requestCaseAccess(db, {
				partnershipId: w.p,
				caseId: foreignCase.id,
				userId: w.outsider.user.id,
				reason: 'x y z',
				...w.mail
			})
		).toEqual({ ok: false, reason: 'not-found' });
		await requestCaseAccess(db, {
			partnershipId: other.partnership.id,
			caseId: foreignCase.id,
			userId: other.member.id,
			reason: 'Voor het overleg.',
			...w.mail
		});
		const [foreignRequest] = await listOpenAccessRequests(db, {
			partnershipId: other.partnership.id,
			caseId: foreignCase.id
		});
		// This partnership's coordinator, deciding the other's request through this partnership's case.
		expect(
			await decideCaseAccess(db, { ...w.scope, requestId: foreignRequest!.id, userId: w.coordinator.id, grant: true })
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await getCase(db, { partnershipId: w.p, caseId: foreignCase.id, userId: w.coordinator.id })).toBeNull();
		const stillOpen = await db.select().from(caseAccessRequests).where(eq(caseAccessRequests.id, foreignRequest!.id));
		expect(stillOpen[0]!.decidedAt).toBeNull();
	});
});

describe('save anyway on a new case', () => {
	it('is in the case’s audit log, as on its sections', async () => {
		const w = await world();
		const created = await createCase(db, {
			partnershipId: w.p,
			userId: w.coordinator.id,
			input: { code: 'K-77', situation: 'Jan Peeters woont bij zijn oma.', partners: [] },
			savedAnyway: true
		});
		if (!created.ok) throw new Error('not created');
		const log = await db.select().from(auditLog).where(eq(auditLog.caseId, created.id));
		expect(log.map((e) => `${e.action}:${e.target}`)).toEqual(
			expect.arrayContaining(['create:case', 'save-anyway:situation'])
		);
	});
});
