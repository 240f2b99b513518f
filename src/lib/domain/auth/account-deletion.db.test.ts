import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeLearningEntry, makeSession, makeTeam } from '../../../../tests/factories';
import { calendarFeeds, memberships, sessions, users } from '$lib/server/db/schema';
import type { Mail } from '$lib/server/mail';
import { getLearningEntry } from '$lib/domain/learning/learning.server';
import { createCalendarFeed } from '$lib/domain/calendar/calendar.server';
import { logIn, registerUser } from './accounts.server';
import { hashPassword } from './password.server';
import { deleteAccount, deletedEmail } from './account-deletion.server';

const { db } = getTestDb();
const client = { ip: '198.51.100.9', userAgent: 'test' };

function mailbox() {
	const sent: Mail[] = [];
	return { sent, ctx: { origin: 'https://b.example', send: async (mail: Mail) => void sent.push(mail), client } };
}

describe('deleting an account', () => {
	it('is refused while a member; after leaving it anonymises the row, keeps what was written, frees the address', async () => {
		const t = await makeTeam(db);
		const password = 'een-lang-wachtwoord-42';
		const [withPassword] = await db
			.update(users)
			.set({ passwordHash: await hashPassword(password) })
			.where(eq(users.id, t.member.id))
			.returning();
		const entry = await makeLearningEntry(db, { partnershipId: t.partnership.id, userId: t.member.id });
		await makeSession(db, t.member);
		await createCalendarFeed(db, t.member.id);
		const { sent, ctx } = mailbox();

		expect(await deleteAccount(db, { userId: t.member.id, password: 'fout-wachtwoord' }, ctx)).toMatchObject({
			ok: false,
			reason: 'invalid'
		});
		const refused = await deleteAccount(db, { userId: t.member.id, password }, ctx);
		expect(refused).toEqual({
			ok: false,
			reason: 'still-member',
			partnerships: [{ id: t.partnership.id, name: expect.any(String) }]
		});
		expect(sent).toHaveLength(0);

		// Leaving (the handover page does this; here the membership simply goes).
		await db.delete(memberships).where(eq(memberships.id, t.membership.id));
		expect(await deleteAccount(db, { userId: t.member.id, password }, ctx)).toEqual({ ok: true });

		const [row] = await db.select().from(users).where(eq(users.id, t.member.id));
		expect(row!.deletedAt).toBeInstanceOf(Date);
		expect(row!.name).toBe('');
		expect(row!.email).toBe(deletedEmail(t.member.id));
		expect(row!.passwordHash).not.toBe(withPassword!.passwordHash);
		expect(row!.totpSecret).toBeNull();
		expect(await db.select().from(sessions).where(eq(sessions.userId, t.member.id))).toEqual([]);
		expect(await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, t.member.id))).toEqual([]);

		// What they wrote stays, with "voormalig lid" as its author.
		const kept = await getLearningEntry(db, { partnershipId: t.partnership.id, entryId: entry.id });
		expect(kept?.authorName).toBe('voormalig lid');

		// One short mail to the old address.
		expect(sent).toHaveLength(1);
		expect(sent[0]!.to.address).toBe(t.member.email);

		// The old address cannot log in, and can register again as a fresh account.
		expect(await logIn(db, { email: t.member.email, password }, client)).toMatchObject({ ok: false });
		const again = await registerUser(db, { name: 'Nieuw', email: t.member.email, password });
		expect(again.ok).toBe(true);
		if (again.ok) expect(again.user.id).not.toBe(t.member.id);
		expect(await logIn(db, { email: deletedEmail(t.member.id), password }, client)).toMatchObject({ ok: false });
	});
});
