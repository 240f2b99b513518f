// Reminders by e-mail: a coordinator plans a meeting with two partners invited, and an invitation
// for each lands in the outbox (the e2e app has no SMTP settings: playwright.config.ts points
// OUTBOX_DIR at data/e2e/outbox) with the subject, the recipient and the meeting as .ics; the
// organiser gets none. One partner turns meeting invitations off on "Meldingen" (without
// JavaScript); the next meeting then invites only the other.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { parseEml, type Eml } from '../eml';
import { createInviteLink, createPartnership, expect, expectAxeClean, fillRegistration, newUser, openMenu, register, submitJoin, test, visit, type User } from './fixtures';

const OUTBOX = fileURLToPath(new URL('../../data/e2e/outbox', import.meta.url));

/** Every mail in the outbox so far (the whole run's: tests filter by recipient and subject). */
async function readOutbox(): Promise<(Eml & { file: string })[]> {
	const files = await readdir(OUTBOX).catch(() => [] as string[]);
	return Promise.all(files.filter((f) => f.endsWith('.eml')).map(async (file) => ({ file, ...parseEml(await readFile(path.join(OUTBOX, file), 'utf8')) })));
}

const mailsTo = async (user: User, subject: string) => (await readOutbox()).filter((m) => m.to.includes(`<${user.email}>`) && m.subject === subject);

/** The mail to `user` with `subject`, once the job has written it (within seconds). */
async function waitForMail(user: User, subject: string): Promise<Eml> {
	await expect.poll(async () => (await mailsTo(user, subject)).length, { timeout: 30_000, message: `a mail "${subject}" to ${user.email}` }).toBe(1);
	return (await mailsTo(user, subject))[0]!;
}

async function planMeeting(page: Page, partnershipUrl: string, title: string, date: string) {
	await visit(page, partnershipUrl);
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
	return new URL(page.url()).pathname;
}

test('a meeting invitation lands in the outbox, and a partner who turns invitations off gets no more', async ({ page, newContext }) => {
	test.setTimeout(150_000);
	const coordinator = await register(page, { name: 'Sofie Coördinator' });
	const partnership = await createPartnership(page);
	const link = await createInviteLink(page, partnership, { role: 'Partner', multiple: true });

	// Two partners join through the link.
	const joinAs = async (name: string, organisationName: string) => {
		const context = await newContext();
		const partner = await context.newPage();
		const user = newUser({ name });
		await visit(partner, link);
		await partner.locator('#main').getByRole('link', { name: 'Account maken' }).click();
		await fillRegistration(partner, user);
		await partner.getByRole('button', { name: 'Account maken' }).click();
		await submitJoin(partner, { organisationName, organisationType: 'CAW', function: 'Welzijnswerker' });
		return { user, page: partner, context };
	};
	const tom = await joinAs(`Tom Partner ${Date.now().toString(36)}`, 'CAW Oost');
	const lies = await joinAs(`Lies Partner ${Date.now().toString(36)}`, 'CLB Oost');

	// The coordinator plans a meeting; both partners are invited by default.
	const date = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
	const firstTitle = `Structureel overleg ${Date.now().toString(36)}`;
	const firstPath = await planMeeting(page, partnership.url, firstTitle, date);

	const invitation = await waitForMail(tom.user, `Uitnodiging: ${firstTitle}`);
	expect(invitation.to).toBe(`${tom.user.name} <${tom.user.email}>`);
	expect(invitation.from).toMatch(/^Brugwerk <brugwerk@localhost>$/);
	expect(invitation.text).toContain(`Dag ${tom.user.name},`);
	expect(invitation.text).toContain('Sofie Coördinator nodigt je uit voor een overleg van');
	expect(invitation.text).toContain('Waar: Vergaderzaal van de school');
	expect(invitation.text).toContain('Doel: Afspreken hoe we ouders beter bereiken');
	expect(invitation.text).toMatch(new RegExp(`http://localhost:\\d+${firstPath}`));
	expect(invitation.text).toMatch(/Zet ze uit bij je meldingen: http:\/\/localhost:\d+\/account\/meldingen/);
	expect(invitation.html).toContain('<html lang="nl">');
	expect(invitation.attachments).toHaveLength(1);
	const ics = invitation.attachments[0]!;
	expect(ics.filename).toBe('overleg.ics');
	expect(ics.type).toBe('text/calendar');
	const unfolded = ics.content.replace(/\r?\n[ \t]/g, '');
	expect(unfolded).toContain('BEGIN:VEVENT');
	expect(unfolded).toContain(`SUMMARY:${firstTitle}`);
	expect(unfolded).toContain(`UID:meeting-${firstPath.split('/').pop()}@brugwerk`);
	await waitForMail(lies.user, `Uitnodiging: ${firstTitle}`);
	// The organiser is not invited to their own meeting.
	expect(await mailsTo(coordinator, `Uitnodiging: ${firstTitle}`)).toEqual([]);

	// Tom opens "Meldingen" from the header: everything is on.
	await visit(tom.page, '/s');
	await tom.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Meldingen' }).click();
	await expect(tom.page).toHaveURL(/\/account\/meldingen$/);
	await expect(tom.page.getByRole('heading', { level: 1, name: 'Meldingen per e-mail' })).toBeVisible();
	await expect(tom.page.getByText(`De mails gaan naar ${tom.user.email}.`)).toBeVisible();
	for (const name of ['Afspraken die bijna klaar moeten zijn', 'Uitnodigingen voor een overleg', 'Samenwerkingsscan die bijna sluit'])
		await expect(tom.page.getByRole('checkbox', { name })).toBeChecked();
	await expectAxeClean(tom.page);

	// He turns meeting invitations off, in a browser without JavaScript.
	const noScript = await (await newContext({ javaScriptEnabled: false, storageState: await tom.context.storageState() })).newPage();
	await visit(noScript, '/account/meldingen');
	await noScript.getByRole('checkbox', { name: 'Uitnodigingen voor een overleg' }).uncheck();
	await noScript.getByRole('button', { name: 'Keuze opslaan' }).click();
	await expect(noScript.getByRole('status')).toHaveText('Je keuze is opgeslagen.');
	await expect(noScript.getByRole('checkbox', { name: 'Uitnodigingen voor een overleg' })).not.toBeChecked();
	await expect(noScript.getByRole('checkbox', { name: 'Afspraken die bijna klaar moeten zijn' })).toBeChecked();
	await expectAxeClean(noScript);

	// With JavaScript, the choice is there after a reload.
	await tom.page.reload();
	await expect(tom.page.getByRole('checkbox', { name: 'Uitnodigingen voor een overleg' })).not.toBeChecked();
	await expect(tom.page.getByRole('checkbox', { name: 'Samenwerkingsscan die bijna sluit' })).toBeChecked();

	// The next meeting: Lies gets her invitation, Tom none.
	const secondTitle = `Tweede overleg ${Date.now().toString(36)}`;
	await planMeeting(page, partnership.url, secondTitle, date);
	await waitForMail(lies.user, `Uitnodiging: ${secondTitle}`);
	// One job mails every attendee of the meeting, one after the other: had Tom been invited, his
	// mail would follow Lies's within a moment.
	await page.waitForTimeout(1_500);
	expect((await readOutbox()).filter((m) => m.to.includes(`<${tom.user.email}>`) && m.subject.includes(secondTitle))).toEqual([]);
	expect(await mailsTo(tom.user, `Uitnodiging: ${firstTitle}`)).toHaveLength(1);
});

test('the reminder settings ask to log in first, and work on a phone', async ({ page }) => {
	await page.goto('/account/meldingen');
	await expect(page).toHaveURL(/\/inloggen\?next=%2Faccount%2Fmeldingen$/);
	await register(page, { name: 'Ann Telefoon' });
	await page.setViewportSize({ width: 375, height: 740 });
	await visit(page, '/account/meldingen');
	// Turning everything off says so clearly.
	for (const name of ['Afspraken die bijna klaar moeten zijn', 'Uitnodigingen voor een overleg', 'Samenwerkingsscan die bijna sluit'])
		await page.getByRole('checkbox', { name }).uncheck();
	await page.getByRole('button', { name: 'Keuze opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Alle mails staan uit.');
	const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(scrollWidth).toBeLessThanOrEqual(375);
	await expectAxeClean(page);
});
