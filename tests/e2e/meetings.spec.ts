// Meetings (overleg): the coordinator plans a meeting per trimester with an agenda agreed
// beforehand, records minutes and an agreement in the first one; the next one shows that agreement
// in its review item "Opvolging van open afspraken"; a partner proposes an agenda item and the
// coordinator accepts and moves it; the meeting downloads as a valid .ics file, prints without
// forms and reads on a phone; cancelling shows in the file.

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createInviteLink, createPartnership, expect, expectAxeClean, fillRegistration, newUser, openMenu, register, submitJoin, test, visit } from './fixtures';

const section = (page: Page, id: string) => page.locator(`section#${id}`);
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

test('plan a meeting series, record an agreement and see it come back in the next meeting', async ({ page, newContext }) => {
	test.setTimeout(150_000);
	await register(page, { name: 'Sofie Coördinator' });
	const partnership = await createPartnership(page);
	const link = await createInviteLink(page, partnership, { role: 'Partner' });
	const partner = await (await newContext()).newPage();
	await visit(partner, link);
	await partner.locator('#main').getByRole('link', { name: 'Account maken' }).click();
	await fillRegistration(partner, newUser({ name: 'Tom Partner' }));
	await partner.getByRole('button', { name: 'Account maken' }).click();
	await submitJoin(partner, { organisationName: 'CAW Oost', organisationType: 'CAW', function: 'Welzijnswerker' });

	// Through the menu to the meetings, then "Plan een overleg".
	await visit(page, partnership.url);
	await openMenu(page, 'Overleg');
	await expect(page.getByRole('heading', { level: 1, name: 'Overleg' })).toBeVisible();
	await expect(page.getByText('Er is nog geen overleg gepland.')).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('link', { name: 'Plan een overleg' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Plan een overleg' })).toBeVisible();
	await expectAxeClean(page);
	// Every coordinator and partner is invited by default.
	await expect(page.getByRole('checkbox', { name: /Tom Partner/ })).toBeChecked();

	// Bad input: the end before the start and an unsafe link. Messages next to the fields, input kept.
	await page.getByRole('radio', { name: 'Structureel overleg' }).check();
	await page.getByRole('textbox', { name: 'Titel' }).fill('Structureel overleg Brugteam');
	await page.getByLabel(/^Datum/).fill('2027-01-12');
	await page.getByLabel('Beginuur').fill('14:00');
	await page.getByLabel('Einduur').fill('13:00');
	await page.getByRole('textbox', { name: 'Onlinelink' }).fill('http://vergader.example.be');
	await page.getByRole('textbox', { name: 'Agendapunten die vooraf afgesproken zijn' }).fill('Nieuws van de partners\nSignalen uit de wijk');
	await page.getByRole('radio', { name: 'Elk trimester (om de 3 maanden)' }).check();
	await page.getByLabel('Herhalen tot en met').fill('2027-05-31');
	await page.getByRole('button', { name: 'Overleg plannen' }).click();
	await expect(page.getByText('Het overleg moet eindigen na het beginuur.')).toBeVisible();
	await expect(page.getByText('Vul een volledige, veilige link in')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue('Structureel overleg Brugteam');
	await expect(page.getByRole('textbox', { name: 'Agendapunten die vooraf afgesproken zijn' })).toHaveValue(/Signalen uit de wijk/);
	await expectAxeClean(page);
	await page.getByLabel('Einduur').fill('15:30');
	await page.getByRole('textbox', { name: 'Onlinelink' }).fill('https://vergader.example.be/brugteam');
	await page.getByRole('textbox', { name: 'Plaats' }).fill('Vergaderzaal van de school');
	await page.getByRole('button', { name: 'Overleg plannen' }).click();

	// Two meetings: 12 January and (three months later) 12 April 2027.
	await expect(page.getByRole('heading', { level: 1, name: 'Structureel overleg Brugteam' })).toBeVisible();
	await expect(page.getByText('Er zijn 2 overleggen gepland')).toBeVisible();
	await expect(section(page, 'agenda')).toContainText('Opvolging van open afspraken');
	await expect(section(page, 'agenda')).toContainText('Er staan geen afspraken uit eerdere overleggen meer open.');
	await expect(section(page, 'agenda').getByRole('heading', { level: 3 }).nth(1)).toHaveText('Nieuws van de partners');
	await expectAxeClean(page);
	const firstUrl = new URL(page.url()).pathname;

	// An agreement made in this meeting.
	const agreements = section(page, 'afspraken');
	await agreements.getByRole('textbox', { name: 'Wat spreken we af?' }).fill('De kosten van schooluitstappen op een rij zetten');
	await agreements.getByRole('combobox', { name: 'Wie neemt het op?' }).selectOption({ label: 'Tom Partner (CAW Oost)' });
	await agreements.getByLabel('Tegen wanneer').fill('2027-03-01');
	await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(agreements.getByRole('link', { name: 'De kosten van schooluitstappen op een rij zetten' })).toBeVisible();
	await expectAxeClean(page);

	// Minutes: the guard stops a phone number, then the clean text saves.
	const minutes = section(page, 'verslag');
	await minutes.getByRole('textbox', { name: 'Verslag van het overleg' }).fill('Bel de mama op 0470 12 34 56 over de uitstap.');
	await minutes.getByRole('button', { name: 'Verslag opslaan' }).click();
	await expect(minutes.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' })).toBeVisible();
	await expect(minutes.getByRole('textbox', { name: 'Verslag van het overleg' })).toHaveValue(/0470 12 34 56/);
	await expectAxeClean(page);
	await minutes.getByRole('textbox', { name: 'Verslag van het overleg' }).fill('De partners delen hun nieuws. De kosten van uitstappen komen vaak terug.');
	await minutes.getByRole('button', { name: 'Verslag opslaan' }).click();
	await expect(minutes.getByText('Opgeslagen.')).toBeVisible();

	// Attendance.
	const attendees = section(page, 'aanwezigen');
	await attendees.getByRole('combobox', { name: 'Aanwezigheid van Tom Partner' }).selectOption({ label: 'Aanwezig' });
	await attendees.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
	await expect(attendees.getByText('Opgeslagen.')).toBeVisible();
	await page.reload();
	await expect(attendees.getByRole('combobox', { name: 'Aanwezigheid van Tom Partner' })).toHaveValue('present');
	await expectAxeClean(page);

	// The .ics file: a published calendar with this meeting, in UTC (14:00 in Brussels in winter = 13:00 UTC).
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'In mijn agenda zetten (.ics)' }).click()]);
	expect(download.suggestedFilename()).toBe('overleg-2027-01-12.ics');
	const ics = unfold(await readFile((await download.path())!, 'utf8'));
	expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
	expect(ics).toContain('METHOD:PUBLISH');
	expect(ics).toContain('SUMMARY:Structureel overleg Brugteam');
	expect(ics).toContain('DTSTART:20270112T130000Z');
	expect(ics).toContain('STATUS:CONFIRMED');
	expect(ics.trimEnd()).toMatch(/END:VEVENT\r?\nEND:VCALENDAR$/);

	// Printing shows the agenda, the minutes and the agreements, without forms or buttons.
	const printedMinutes = minutes.locator('p.minutes');
	await expect(printedMinutes).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(printedMinutes).toHaveText(/De partners delen hun nieuws/);
	await expect(printedMinutes).toBeVisible();
	await expect(minutes.getByRole('textbox', { name: 'Verslag van het overleg' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(section(page, 'afspraken').getByRole('table')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// The agreement lists show the meeting as its origin.
	await visit(page, `${partnership.url}/afspraken`);
	await expect(page.getByRole('link', { name: 'Overleg: Structureel overleg Brugteam' })).toBeVisible();

	// The next meeting of the series: its review item lists the open agreement.
	await visit(page, `${partnership.url}/overleg`);
	await expect(page.getByRole('heading', { level: 2, name: 'Komende overleggen' })).toBeVisible();
	await page.getByRole('row').filter({ hasText: '12 april 2027' }).getByRole('link', { name: 'Structureel overleg Brugteam' }).click();
	await expect(page.getByText('maandag 12 april 2027')).toBeVisible();
	const review = section(page, 'agenda').locator('li.review');
	await expect(review.getByRole('link', { name: 'De kosten van schooluitstappen op een rij zetten' })).toBeVisible();
	await expect(review).toContainText('Tom Partner');
	await expectAxeClean(page);
	const secondUrl = new URL(page.url()).pathname;
	expect(secondUrl).not.toBe(firstUrl);

	// A partner proposes an item; it waits for the coordinator.
	await visit(partner, secondUrl);
	await expect(section(partner, 'agenda').locator('li.review')).toContainText('De kosten van schooluitstappen');
	await section(partner, 'agenda').getByRole('textbox', { name: 'Agendapunt' }).fill('Huiswerkbegeleiding in de wijk');
	await section(partner, 'agenda').getByRole('button', { name: 'Voorstel indienen' }).click();
	await expect(partner.getByText('Je voorstel is ingediend.')).toBeVisible();
	await expect(partner.getByText('Wacht op de beslissing van de organisator.')).toBeVisible();
	await expect(section(partner, 'agenda').getByRole('button', { name: /Op de agenda zetten/ })).toHaveCount(0);
	await expectAxeClean(partner);

	// The coordinator accepts it (it comes last) and moves it up one place.
	await page.reload();
	await page.getByRole('button', { name: 'Op de agenda zetten: Huiswerkbegeleiding in de wijk' }).click();
	const items = section(page, 'agenda').locator('ol.agenda > li h3');
	await expect(items).toHaveText(['Opvolging van open afspraken', 'Nieuws van de partners', 'Signalen uit de wijk', 'Huiswerkbegeleiding in de wijk']);
	await page.getByRole('button', { name: 'Hoger: Huiswerkbegeleiding in de wijk' }).click();
	await expect(items).toHaveText(['Opvolging van open afspraken', 'Nieuws van de partners', 'Huiswerkbegeleiding in de wijk', 'Signalen uit de wijk']);
	await expectAxeClean(page);

	// Edit this meeting only: a new title.
	await page.getByRole('link', { name: 'Overleg wijzigen' }).click();
	await expect(page.getByText('Je wijzigt alleen dit overleg.')).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'Titel' }).fill('Structureel overleg Brugteam, lente');
	await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Structureel overleg Brugteam, lente' })).toBeVisible();
	await expect(page.getByText('De wijzigingen zijn bewaard.')).toBeVisible();

	// On a phone: everything fits the width.
	await page.setViewportSize({ width: 360, height: 740 });
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Structureel overleg Brugteam, lente' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	await expectAxeClean(page);
	await page.setViewportSize({ width: 1280, height: 720 });

	// Cancelling: the page says so and the calendar file carries STATUS:CANCELLED.
	await page.getByRole('button', { name: 'Overleg afgelasten' }).click();
	await expect(page.getByText('Dit overleg is afgelast.')).toBeVisible();
	await expectAxeClean(page);
	const cancelled = unfold(await (await page.request.get(`${secondUrl}/overleg.ics`)).text());
	expect(cancelled).toContain('STATUS:CANCELLED');
	expect(cancelled).toContain('SUMMARY:Structureel overleg Brugteam\\, lente');
});
