import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeMember, makeTeam, makeUser, unique } from '../../../../tests/factories';
import { invitations } from '$lib/server/db/schema';
import type { Mail } from '$lib/server/mail';
import { parseForm } from '$lib/forms';
import {
	getInvitationByToken,
	listInvitations,
	listMadeLinks,
	MAILED_INVITATIONS_PER_DAY,
	mailInvitations,
	revokeInvitation,
	type InvitationMailContext
} from './invitation.server';
import { MAX_INVITE_EMAILS, mailInvitationSchema } from './partnership.schema';
import { makeInvitation } from '../../../../tests/factories';

const { db } = getTestDb();
const origin = 'https://brugwerk.example.be';

/** A mailer that keeps what it would send. */
function outbox(locale: InvitationMailContext['locale'] = 'nl', fails: string[] = []) {
	const sent: Mail[] = [];
	const mail: InvitationMailContext = {
		origin,
		locale,
		send: async (m) => {
			if (fails.includes(m.to.address)) throw new Error('SMTP refused');
			sent.push(m);
		}
	};
	return { sent, mail };
}

const input = (emails: string[], role: 'member' | 'observer' = 'member') => ({ role, expiresInDays: 7, emails });
const tokenIn = (m: Mail) => m.text.match(/\/uitnodiging\/([A-Za-z0-9_-]{43})/)![1]!;

describe('invitations by mail', () => {
	it('mails each address its own link that works once, names the partnership and the inviter, and stores the address', async () => {
		const { partnership, coordinator } = await makeTeam(db);
		const { sent, mail } = outbox();
		const a = `a-${unique()}@school.example`;
		const b = `b-${unique()}@caw.example`;
		const result = await mailInvitations(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			input: input([a, b]),
			mail
		});
		expect(result).toEqual({ ok: true, sent: [a, b], failed: [] });
		expect(sent.map((m) => m.to.address)).toEqual([a, b]);
		const [first, second] = sent as [Mail, Mail];
		expect(tokenIn(first)).not.toBe(tokenIn(second));
		expect(first.subject).toBe(`${coordinator.name} nodigt je uit voor ${partnership.name} op Brugwerk`);
		expect(first.text).toContain(`${origin}/uitnodiging/`);
		expect(first.text).toContain('Brugwerk is een online plek');
		expect(first.text).toContain('Partner: werkt mee');
		expect(first.text).toMatch(/Geldig tot: \d+ \w+ 20\d\d/);
		// Nothing about cases: a newcomer reads those only after joining.
		expect(first.text + first.html).not.toMatch(/casus|dossier|leerling/i);
		const found = await getInvitationByToken(db, tokenIn(first));
		expect(found?.status).toBe('valid');
		expect(found?.invitation).toMatchObject({ email: a, singleUse: true, role: 'member', createdBy: coordinator.id });
		const listed = await listInvitations(db, partnership.id);
		expect(listed.flatMap((i) => (i.email ? [i.email] : [])).sort()).toEqual([a, b].sort());
	});

	it('writes the mail in the inviter’s language', async () => {
		const { partnership, coordinator } = await makeTeam(db);
		const { sent, mail } = outbox('fr');
		await mailInvitations(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			input: input([`fr-${unique()}@ecole.example`], 'observer'),
			mail
		});
		expect(sent[0]!.subject).toBe(`${coordinator.name} vous invite à ${partnership.name} sur Brugwerk`);
		expect(sent[0]!.text).toContain('Observateur');
		expect(sent[0]!.html).toContain('<html lang="fr">');
	});

	it('refuses an address that already has an open invitation, and sends none of the list', async () => {
		const { partnership, coordinator } = await makeTeam(db);
		const { sent, mail } = outbox();
		const a = `open-${unique()}@school.example`;
		const fresh = `fresh-${unique()}@school.example`;
		const scope = { partnershipId: partnership.id, createdBy: coordinator.id, mail };
		expect((await mailInvitations(db, { ...scope, input: input([a]) })).ok).toBe(true);
		const again = await mailInvitations(db, { ...scope, input: input([fresh, a.toUpperCase().toLowerCase()]) });
		expect(again).toEqual({ ok: false, reason: 'taken', open: [a], members: [] });
		expect(sent).toHaveLength(1);
		const stored = await db.select().from(invitations).where(eq(invitations.email, fresh));
		expect(stored).toHaveLength(0);
		// Once the old one is revoked, the address can be invited again.
		const [old] = await db
			.select()
			.from(invitations)
			.where(and(eq(invitations.partnershipId, partnership.id), eq(invitations.email, a)));
		await revokeInvitation(db, { partnershipId: partnership.id, invitationId: old!.id });
		expect((await mailInvitations(db, { ...scope, input: input([a]) })).ok).toBe(true);
	});

	it('refuses the address of a current member, whatever its case', async () => {
		const { partnership, coordinator } = await makeTeam(db);
		const email = `lid-${unique()}@caw.example`;
		await makeMember(db, {
			partnershipId: partnership.id,
			user: await makeUser(db, { email }),
			invitedBy: coordinator.id
		});
		const { sent, mail } = outbox();
		const parsed = parseForm(
			mailInvitationSchema,
			form({ role: 'member', expiresInDays: '7', emails: email.toUpperCase() })
		);
		if (!parsed.ok) throw new Error('the address is valid');
		const result = await mailInvitations(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			input: parsed.data,
			mail
		});
		expect(result).toEqual({ ok: false, reason: 'taken', open: [], members: [email] });
		expect(sent).toHaveLength(0);
	});

	it('keeps the partnership to its number of mails a day', async () => {
		const { partnership, coordinator } = await makeTeam(db);
		const { sent, mail } = outbox();
		const scope = { partnershipId: partnership.id, createdBy: coordinator.id, mail };
		const batch = (n: number) => Array.from({ length: n }, (_, i) => `r${i}-${unique()}@school.example`);
		for (let i = 0; i < MAILED_INVITATIONS_PER_DAY / 20; i++)
			expect((await mailInvitations(db, { ...scope, input: input(batch(20)) })).ok).toBe(true);
		expect(await mailInvitations(db, { ...scope, input: input(batch(1)) })).toEqual({
			ok: false,
			reason: 'rate-limited',
			max: MAILED_INVITATIONS_PER_DAY
		});
		expect(sent).toHaveLength(MAILED_INVITATIONS_PER_DAY);
	});

	it('revokes the link of a mail that could not leave', async () => {
		const { partnership, coordinator } = await makeTeam(db);
		const bad = `bounce-${unique()}@school.example`;
		const good = `ok-${unique()}@school.example`;
		const { sent, mail } = outbox('nl', [bad]);
		const result = await mailInvitations(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			input: input([bad, good]),
			mail
		});
		if (!result.ok) throw new Error('expected a partial send');
		expect(result.sent).toEqual([good]);
		expect(result.failed.map((f) => f.email)).toEqual([bad]);
		expect(sent).toHaveLength(1);
		const [row] = await db.select().from(invitations).where(eq(invitations.email, bad));
		expect(row?.revokedAt).not.toBeNull();
	});
});

function form(values: Record<string, string>) {
	const f = new FormData();
	for (const [k, v] of Object.entries(values)) f.append(k, v);
	return f;
}

describe('the addresses field', () => {
	const parse = (emails: string) =>
		parseForm(mailInvitationSchema, form({ role: 'member', expiresInDays: '14', emails }));

	it('reads addresses on lines, with commas or semicolons, in lower case and each once', () => {
		const parsed = parse('An@School.example, bo@caw.example;\n an@school.example\n\n');
		expect(parsed.ok && parsed.data.emails).toEqual(['an@school.example', 'bo@caw.example']);
	});

	it('names a bad address next to the field and keeps what was typed', () => {
		const parsed = parse('an@school.example, geen-adres, bo@');
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors.emails).toBe('Dit is geen geldig e-mailadres: geen-adres, bo@');
		expect(parsed.values.emails).toBe('an@school.example, geen-adres, bo@');
	});

	it('asks for at least one address and at most the limit', () => {
		const empty = parse('  ');
		expect(!empty.ok && empty.errors.emails).toBe('Vul minstens één e-mailadres in.');
		const many = parse(Array.from({ length: MAX_INVITE_EMAILS + 1 }, (_, i) => `p${i}@school.example`).join('\n'));
		expect(!many.ok && many.errors.emails).toBe(`Je kan tot ${MAX_INVITE_EMAILS} adressen tegelijk uitnodigen.`);
	});
});

describe('the links made in one visit', () => {
	it('are found again from their tokens, newest first, but only the maker’s own in this partnership', async () => {
		const { partnership, coordinator, member } = await makeTeam(db, 'coordinator');
		const other = await makeTeam(db);
		const first = await makeInvitation(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			role: 'observer'
		});
		const second = await makeInvitation(db, { partnershipId: partnership.id, createdBy: coordinator.id });
		const someoneElses = await makeInvitation(db, { partnershipId: partnership.id, createdBy: member.id });
		const elsewhere = await makeInvitation(db, { partnershipId: other.partnership.id, createdBy: coordinator.id });
		const links = await listMadeLinks(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			tokens: [first.token, second.token, someoneElses.token, elsewhere.token]
		});
		expect(links.map((l) => l.token)).toEqual([second.token, first.token]);
		expect(links[1]).toMatchObject({ role: 'observer', status: 'valid', singleUse: true });
	});
});
