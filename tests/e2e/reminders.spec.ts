// Reminders by e-mail, one thing a person does per test. A coordinator plans a meeting with two
// partners invited, and an invitation for each lands in the outbox (the e2e app has no SMTP
// settings: it writes its mails to OUTBOX_DIR of tests/e2e/settings.js) with the subject, the
// recipient and the meeting as .ics; the organiser gets none. A partner finds "Meldingen" in the
// header with every mail on, and turns meeting invitations off without JavaScript (the choice
// stays); the next meeting then invites only the other partner. The settings ask to log in first,
// and on a phone turning every mail off says so clearly.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { parseEml, type Eml } from '../eml';
import { makeReminderPreferences } from '../factories';
import {
	expect,
	expectAxeClean,
	openMenu,
	test,
	unique,
	visit,
	type Partnership,
	type User,
	type World
} from './fixtures';
import { OUTBOX_DIR, timeout } from './settings.js';

const OUTBOX = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), OUTBOX_DIR);
const KINDS = [
	'Afspraken die bijna klaar moeten zijn',
	'Uitnodigingen voor een overleg',
	'Samenwerkingsscan die bijna sluit'
];

/** Every mail in the outbox so far (the whole run's: tests filter by recipient and subject). */
async function readOutbox(): Promise<(Eml & { file: string })[]> {
	const files = await readdir(OUTBOX).catch(() => [] as string[]);
	return Promise.all(
		files
			.filter((f) => f.endsWith('.eml'))
			.map(async (file) => ({ file, ...parseEml(await readFile(path.join(OUTBOX, file), 'utf8')) }))
	);
}

const mailsTo = async (user: User, subject: string) =>
	(await readOutbox()).filter((m) => m.to.includes(`<${user.email}>`) && m.subject === subject);

/** The mail to `user` with `subject`, once the job has written it (within seconds). */
async function waitForMail(user: User, subject: string): Promise<Eml> {
	await expect
		.poll(async () => (await mailsTo(user, subject)).length, {
			timeout: timeout(30),
			message: `a mail "${subject}" to ${user.email}`
		})
		.toBe(1);
	return (await mailsTo(user, subject))[0]!;
}

/**
 * Waits until the job that mails every attendee of the meeting has finished (pg-boss's own table,
 * in the run's database): then every invitation of that meeting that will ever be written is in the
 * outbox.
 */
async function waitForInvitationJob(db: Db, meetingId: string): Promise<void> {
	const states = async () => {
		const { rows } = await db.execute<{ state: string }>(sql`
			select state::text from pgboss.job where name = 'meeting-invitation' and data->>'meetingId' = ${meetingId}
			union all
			select state::text from pgboss.archive where name = 'meeting-invitation' and data->>'meetingId' = ${meetingId}`);
		return rows.map((r) => r.state);
	};
	await expect
		.poll(states, { timeout: timeout(30), message: `the invitation job of meeting ${meetingId}` })
		.toEqual(['completed']);
}

/** A partnership (its coordinator is Sofie Coördinator) with two partners, Tom and Lies. */
async function team(world: World) {
	const { partnership, coordinator } = await world.partnership();
	const tom = await world.member(partnership, {
		name: `Tom Partner ${unique()}`,
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	const lies = await world.member(partnership, {
		name: `Lies Partner ${unique()}`,
		organisationName: 'CLB Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	return { partnership, coordinator, tom, lies };
}

/**
 * The coordinator plans a structural meeting a month from now; everyone is invited by default.
 * Returns its id and path. The partnership's home is checked with axe unless `axe` is false.
 */
async function planMeeting(page: Page, partnership: Partnership, title: string, { axe = true } = {}) {
	const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
	if (axe) await visit(page, partnership.url);
	else await page.goto(partnership.url);
	await openMenu(page, 'Overleg');
	await page.getByRole('link', { name: 'Plan een overleg' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Plan een overleg' })).toBeVisible();
	await page.getByRole('radio', { name: 'Structureel overleg' }).check();
	await page.getByRole('textbox', { name: 'Titel' }).fill(title);
	await page.getByLabel(/^Datum/).fill(date);
	await page.getByLabel('Beginuur').fill('14:00');
	await page.getByLabel('Einduur').fill('15:30');
	await page.getByRole('textbox', { name: 'Plaats' }).fill('Vergaderzaal van de school');
	await page.getByRole('textbox', { name: 'Doel van het overleg' }).fill('Afspreken hoe we ouders beter bereiken');
	await page.getByRole('button', { name: 'Overleg plannen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const meetingPath = new URL(page.url()).pathname;
	return { meetingPath, meetingId: meetingPath.split('/').pop()! };
}

test('a planned meeting sends each invited partner an invitation with the meeting as .ics; the organiser gets none', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator, tom, lies } = await team(world);
	await world.logIn(page, coordinator);
	const title = `Structureel overleg ${unique()}`;
	const { meetingPath, meetingId } = await planMeeting(page, partnership, title);

	const invitation = await waitForMail(tom, `Uitnodiging: ${title}`);
	expect(invitation.to).toBe(`${tom.name} <${tom.email}>`);
	expect(invitation.from).toMatch(/^Brugwerk <brugwerk@localhost>$/);
	expect(invitation.text).toContain(`Dag ${tom.name},`);
	expect(invitation.text).toContain('Sofie Coördinator nodigt je uit voor een overleg van');
	expect(invitation.text).toContain('Waar: Vergaderzaal van de school');
	expect(invitation.text).toContain('Doel: Afspreken hoe we ouders beter bereiken');
	expect(invitation.text).toMatch(new RegExp(`http://localhost:\\d+${meetingPath}`));
	expect(invitation.text).toMatch(/Zet ze uit bij je meldingen: http:\/\/localhost:\d+\/account\/meldingen/);
	expect(invitation.html).toContain('<html lang="nl">');
	expect(invitation.attachments).toHaveLength(1);
	const ics = invitation.attachments[0]!;
	expect(ics.filename).toBe('overleg.ics');
	expect(ics.type).toBe('text/calendar');
	const unfolded = ics.content.replace(/\r?\n[ \t]/g, '');
	expect(unfolded).toContain('BEGIN:VEVENT');
	expect(unfolded).toContain(`SUMMARY:${title}`);
	expect(unfolded).toContain(`UID:meeting-${meetingId}@brugwerk`);
	await waitForMail(lies, `Uitnodiging: ${title}`);
	// The organiser is not invited to their own meeting (asked once the job has mailed everyone).
	await waitForInvitationJob(db, meetingId);
	expect(await mailsTo(coordinator, `Uitnodiging: ${title}`)).toEqual([]);
});

test('a partner finds “Meldingen” under “Mijn account”, with every mail on', async ({ page, world }) => {
	const { tom } = await team(world);
	await world.logIn(page, tom);
	await visit(page, '/s');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
	await page
		.getByRole('navigation', { name: 'Mijn account: onderdelen' })
		.getByRole('link', { name: 'Meldingen' })
		.click();
	await expect(page).toHaveURL(/\/account\/meldingen$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Meldingen per e-mail' })).toBeVisible();
	await expect(page.getByText(`De mails gaan naar ${tom.email}.`)).toBeVisible();
	for (const name of KINDS) await expect(page.getByRole('checkbox', { name })).toBeChecked();
	await expectAxeClean(page);
});

test('without JavaScript, a partner turns meeting invitations off; the choice stays, also with JavaScript', async ({
	page,
	world
}) => {
	test.slow(); // two axe checks without JavaScript, each on a copy of the page in a helper browser
	const { tom } = await team(world);
	const noScript = await world.pageFor(tom, { javaScriptEnabled: false });
	await visit(noScript, '/account/meldingen');
	await noScript.getByRole('checkbox', { name: 'Uitnodigingen voor een overleg' }).uncheck();
	await noScript.getByRole('button', { name: 'Keuze opslaan' }).click();
	await expect(noScript.getByRole('status')).toHaveText('Je keuze is opgeslagen.');
	await expect(noScript.getByRole('checkbox', { name: 'Uitnodigingen voor een overleg' })).not.toBeChecked();
	await expect(noScript.getByRole('checkbox', { name: 'Afspraken die bijna klaar moeten zijn' })).toBeChecked();
	await expectAxeClean(noScript);

	// With JavaScript, in his other browser, the choice is there.
	await world.logIn(page, tom);
	await page.goto('/account/meldingen');
	await expect(page.getByRole('checkbox', { name: 'Uitnodigingen voor een overleg' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Samenwerkingsscan die bijna sluit' })).toBeChecked();
});

test('once a partner turned invitations off, the next meeting invites only the other partner', async ({
	page,
	world,
	db
}) => {
	test.slow(); // two meetings planned through the screens, each waiting for its mails
	const { partnership, coordinator, tom, lies } = await team(world);
	await world.logIn(page, coordinator);
	const firstTitle = `Structureel overleg ${unique()}`;
	await planMeeting(page, partnership, firstTitle, { axe: false });
	await waitForMail(tom, `Uitnodiging: ${firstTitle}`);

	// Tom turns meeting invitations off (the form itself: the test above).
	await makeReminderPreferences(db, { userId: tom.id, meetingInvitation: false });

	const secondTitle = `Tweede overleg ${unique()}`;
	const { meetingId } = await planMeeting(page, partnership, secondTitle, { axe: false });
	await waitForMail(lies, `Uitnodiging: ${secondTitle}`);
	// One job mails every attendee of the meeting: once it is done, Tom's mail would be there.
	await waitForInvitationJob(db, meetingId);
	expect(
		(await readOutbox()).filter((m) => m.to.includes(`<${tom.email}>`) && m.subject.includes(secondTitle))
	).toEqual([]);
	expect(await mailsTo(tom, `Uitnodiging: ${firstTitle}`)).toHaveLength(1);
});

test('the reminder settings ask to log in first, and are there after logging in', async ({ page, world }) => {
	const user = await world.user({ name: 'Ann Telefoon' });
	await page.goto('/account/meldingen');
	await expect(page).toHaveURL(/\/inloggen\?next=%2Faccount%2Fmeldingen$/);
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
	await page.getByLabel('Wachtwoord').fill(user.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/\/account\/meldingen$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Meldingen per e-mail' })).toBeVisible();
});

test('on a phone, turning every mail off says so clearly', async ({ page, world }) => {
	const user = await world.user({ name: 'Ann Telefoon' });
	await world.logIn(page, user);
	await page.setViewportSize({ width: 375, height: 740 });
	await visit(page, '/account/meldingen');
	for (const name of KINDS) await page.getByRole('checkbox', { name }).uncheck();
	await page.getByRole('button', { name: 'Keuze opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Alle mails staan uit.');
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth).toBeLessThanOrEqual(375);
	await expectAxeClean(page);
});
