import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import {
	makeAgreement,
	makeCase,
	makeMeeting,
	makeMember,
	makeSharingAgreement,
	makeConsent,
	makeOrganisation,
	makeSignal,
	makeTeam
} from '../../../../tests/factories';
import {
	agreements,
	auditLog,
	caseActions,
	casePartners,
	casePerspectives,
	caseSections,
	caseSharingAgreements,
	cases,
	consentRecords,
	meetings,
	signalSources,
	signals
} from '$lib/server/db/schema';
import type { Mail } from '$lib/server/mail';
import { homeSummary } from '$lib/domain/compass/home.server';
import { addCaseAction, getCase, listCases, savePerspective, updateCaseMeta } from './case.server';
import { NOTICE_DAYS, runCaseRetention, setCaseRetention } from './retention.server';

const { db } = getTestDb();
const origin = 'https://brugwerk.example.be';
const DAY = 86_400_000;
const monthsAgo = (months: number, now: Date) => {
	const d = new Date(now);
	d.setUTCMonth(d.getUTCMonth() - months);
	return d;
};

/** A fake `send` that keeps every mail. */
function outbox() {
	const mails: Mail[] = [];
	const send = async (mail: Mail) => {
		mails.push(mail);
	};
	return { mails, send, to: (email: string) => mails.filter((m) => m.to.address === email) };
}

/** Closes a case as the form does, then moves its closing date back (the retention counts from there). */
async function closeCase(
	t: { partnership: { id: string }; coordinator: { id: string } },
	caseId: string,
	closedAt: Date
) {
	const [row] = await db.select({ version: cases.version, code: cases.code }).from(cases).where(eq(cases.id, caseId));
	const done = await updateCaseMeta(db, {
		partnershipId: t.partnership.id,
		caseId,
		userId: t.coordinator.id,
		version: row!.version,
		code: row!.code,
		status: 'closed',
		partners: []
	});
	expect(done).toEqual({ ok: true });
	await db.update(cases).set({ closedAt }).where(eq(cases.id, caseId));
}

async function caseRow(id: string) {
	const [row] = await db.select().from(cases).where(eq(cases.id, id));
	return row!;
}

describe('case retention', () => {
	it('tells the coordinators once, then purges the content after the date; the row, the counts and signals stay', async () => {
		const now = new Date();
		const t = await makeTeam(db);
		const p = t.partnership.id;
		const scope = { partnershipId: p, userId: t.coordinator.id };
		const second = await makeMember(db, { partnershipId: p, role: 'coordinator', invitedBy: t.coordinator.id });
		const observer = await makeMember(db, { partnershipId: p, role: 'observer', invitedBy: t.coordinator.id });

		const old = await makeCase(db, {
			...scope,
			code: 'OUD-CODE-77',
			situation: 'Geheime situatie van het gezin.',
			partners: [t.membership.id]
		});
		await savePerspective(db, {
			partnershipId: p,
			caseId: old.id,
			userId: t.member.id,
			content: { view: 'Mijn kijk.' },
			version: 0
		});
		await addCaseAction(db, {
			partnershipId: p,
			caseId: old.id,
			userId: t.coordinator.id,
			description: 'Huisbezoek',
			feasibility: 2,
			impact: 3
		});
		await makeAgreement(db, { ...scope, origin: { caseId: old.id }, ownerId: t.member.id, what: 'Geheime afspraak' });
		const orgs = [await makeOrganisation(db, { partnershipId: p }), await makeOrganisation(db, { partnershipId: p })];
		const sharing = await makeSharingAgreement(db, { ...scope, parties: orgs.map((o) => o.id) });
		await makeConsent(db, { ...scope, caseId: old.id, sharingAgreementId: sharing.id });
		const signal = await makeSignal(db, { ...scope, source: { kind: 'case', id: old.id } });
		await makeMeeting(db, { ...scope, kind: 'case', title: 'Casusoverleg', caseId: old.id });
		await closeCase(t, old.id, monthsAgo(24, now));

		const recent = await makeCase(db, { ...scope, code: 'RECENT-1' });
		await closeCase(t, recent.id, new Date(now.getTime() - 30 * DAY));
		const open = await makeCase(db, { ...scope, code: 'OPEN-1' });
		await db
			.update(cases)
			.set({ createdAt: monthsAgo(40, now) })
			.where(eq(cases.id, open.id));

		const before = await listCases(db, { partnershipId: p, userId: t.coordinator.id });

		// First run: the notice goes out (to both coordinators, not to the member nor the observer); nothing is purged yet.
		const box = outbox();
		await runCaseRetention(db, { now, origin, send: box.send });
		const mine = box.mails.filter((m) =>
			[t.coordinator.email, second.user.email, t.member.email, observer.user.email].includes(m.to.address)
		);
		expect(mine.map((m) => m.to.address).sort()).toEqual([t.coordinator.email, second.user.email].sort());
		for (const mail of mine) {
			for (const secret of ['OUD-CODE-77', 'RECENT-1', 'Geheime', 'Huisbezoek', old.id])
				expect(mail.text + mail.html + mail.subject).not.toContain(secret);
			expect(mail.text).toContain(`${origin}/s/${p}/casussen?status=closed`);
			expect(mail.text).toContain('1 casus');
		}
		expect((await caseRow(old.id)).purgeNoticeAt).not.toBeNull();
		expect((await caseRow(old.id)).purgedAt).toBeNull();
		expect((await caseRow(recent.id)).purgeNoticeAt).toBeNull();

		// Running again (another instance, the next day) sends nothing more for this partnership and purges nothing.
		const again = outbox();
		await runCaseRetention(db, { now: new Date(now.getTime() + DAY), origin, send: again.send });
		expect(again.mails.filter((m) => m.to.address === t.coordinator.email)).toEqual([]);
		expect((await caseRow(old.id)).purgedAt).toBeNull();

		// A month after the notice, the content goes.
		const later = new Date(now.getTime() + (NOTICE_DAYS + 1) * DAY);
		await runCaseRetention(db, { now: later, origin, send: outbox().send });
		const purged = await caseRow(old.id);
		expect(purged.purgedAt?.getTime()).toBe(later.getTime());
		expect(purged.status).toBe('closed');
		for (const table of [
			caseSections,
			casePerspectives,
			caseActions,
			casePartners,
			agreements,
			consentRecords,
			caseSharingAgreements,
			meetings
		])
			expect(await db.select({ caseId: table.caseId }).from(table).where(eq(table.caseId, old.id))).toEqual([]);
		const found = await getCase(db, { partnershipId: p, caseId: old.id, userId: t.coordinator.id });
		expect(found?.case.purgedAt).not.toBeNull();
		expect(found?.ok && found.sections).toEqual({});
		// The signal stays, and its source still counts (without the link).
		expect(await db.select().from(signals).where(eq(signals.id, signal.id))).toHaveLength(1);
		const sources = await db.select().from(signalSources).where(eq(signalSources.signalId, signal.id));
		expect(sources).toHaveLength(1);
		expect(sources[0]!.caseId).toBeNull();
		// The purge is in the case's audit log, by nobody.
		const logged = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.caseId, old.id), eq(auditLog.action, 'purge')));
		expect(logged).toHaveLength(1);
		expect(logged[0]!.userId).toBeNull();

		// The counts do not change: the purged case still counts as closed.
		const after = await listCases(db, { partnershipId: p, userId: t.coordinator.id });
		expect(after.counts).toEqual(before.counts);
		expect(after.counts.status.closed).toBe(2);
		const home = await homeSummary(db, { partnershipId: p, userId: t.coordinator.id, canReadAgreements: true });
		expect(JSON.stringify(home)).toContain('"closed":2');

		// The recent and the open case are untouched.
		for (const id of [recent.id, open.id]) {
			const row = await caseRow(id);
			expect(row.purgedAt).toBeNull();
			expect(await db.select().from(caseSections).where(eq(caseSections.caseId, id))).toHaveLength(1);
		}
	});

	it('leaves a partnership with a longer period alone, and reopening clears the dates', async () => {
		const now = new Date();
		const long = await makeTeam(db);
		await setCaseRetention(db, { partnershipId: long.partnership.id, userId: long.coordinator.id, months: 60 });
		const kept = await makeCase(db, { partnershipId: long.partnership.id, userId: long.coordinator.id });
		await closeCase(long, kept.id, monthsAgo(36, now));

		const t = await makeTeam(db);
		await setCaseRetention(db, { partnershipId: t.partnership.id, userId: t.coordinator.id, months: 6 });
		const back = await makeCase(db, { partnershipId: t.partnership.id, userId: t.coordinator.id });
		await closeCase(t, back.id, monthsAgo(7, now));

		const box = outbox();
		await runCaseRetention(db, { now, origin, send: box.send });
		expect(box.to(long.coordinator.email)).toEqual([]);
		expect(box.to(t.coordinator.email)).toHaveLength(1);
		await runCaseRetention(db, { now: new Date(now.getTime() + (NOTICE_DAYS + 1) * DAY), origin, send: box.send });
		expect((await caseRow(kept.id)).purgeNoticeAt).toBeNull();
		expect((await caseRow(kept.id)).purgedAt).toBeNull();
		expect((await caseRow(back.id)).purgedAt).not.toBeNull();

		// Another case of the short partnership is noticed, then reopened: both dates are cleared.
		const reopened = await makeCase(db, { partnershipId: t.partnership.id, userId: t.coordinator.id });
		await closeCase(t, reopened.id, monthsAgo(7, now));
		await runCaseRetention(db, { now, origin, send: outbox().send });
		const noticed = await caseRow(reopened.id);
		expect(noticed.purgeNoticeAt).not.toBeNull();
		const result = await updateCaseMeta(db, {
			partnershipId: t.partnership.id,
			caseId: reopened.id,
			userId: t.coordinator.id,
			version: noticed.version,
			code: noticed.code,
			status: 'open',
			partners: []
		});
		expect(result).toEqual({ ok: true });
		const open = await caseRow(reopened.id);
		expect(open.closedAt).toBeNull();
		expect(open.purgeNoticeAt).toBeNull();
		// Closing again starts the period anew.
		await updateCaseMeta(db, {
			partnershipId: t.partnership.id,
			caseId: reopened.id,
			userId: t.coordinator.id,
			version: open.version,
			code: open.code,
			status: 'closed',
			partners: []
		});
		const closed = await caseRow(reopened.id);
		expect(closed.closedAt!.getTime()).toBeGreaterThan(now.getTime() - 60_000);
		expect(
			await db
				.select()
				.from(cases)
				.where(inArray(cases.id, [kept.id]))
		).toHaveLength(1);
	});
});
