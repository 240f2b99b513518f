// Meetings (overleg), one thing a person does per test: the coordinator plans a meeting per
// trimester with an agenda agreed beforehand (a wrong end time and an unsafe link are refused
// first); an agreement made in a meeting names the meeting as its origin; the minutes' guard stops a
// phone number; attendance is recorded; the next meeting of a series reviews the agreements still
// open from the earlier one; a partner proposes an agenda item and the coordinator accepts and moves
// it; one meeting of a series is edited on its own; the meeting downloads as a valid .ics file,
// prints without forms and reads on a phone; cancelling shows on the page and in the file.

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { makeAgreement, makeMeeting, makeMinutes } from '../factories';
import { expect, expectAxeClean, openMenu, test, visit, type World } from './fixtures';

const section = (page: Page, id: string) => page.locator(`section#${id}`);
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '');

type Db = Parameters<typeof makeMeeting>[0];

/** The series the coordinator plans in the first test: 12 January and 12 April 2027. */
const SERIES = {
	title: 'Structureel overleg Brugteam',
	date: '2027-01-12',
	startTime: '14:00',
	endTime: '15:30',
	place: 'Vergaderzaal van de school',
	onlineUrl: 'https://vergader.example.be/brugteam',
	agenda: 'Nieuws van de partners\nSignalen uit de wijk',
	recurrence: 'trimester',
	repeatUntil: '2027-05-31'
} as const;

const AGREEMENT = 'De kosten van schooluitstappen op een rij zetten';

/** A partnership with its coordinator (logged in on `page`) and a partner from the CAW. */
async function meetingTeam(world: World, page: Page) {
	const { partnership, coordinator } = await world.partnership();
	const partner = await world.member(partnership, {
		name: 'Tom Partner',
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	await world.logIn(page, coordinator);
	return { partnership, coordinator, partner };
}

/** The series above, planned by the coordinator (everyone invited); the URL of its first meeting. */
async function planSeries(
	db: Db,
	team: Awaited<ReturnType<typeof meetingTeam>>,
	values: Partial<Parameters<typeof makeMeeting>[1]> = {}
) {
	const made = await makeMeeting(db, {
		partnershipId: team.partnership.id,
		userId: team.coordinator.id,
		...SERIES,
		...values
	});
	return { meetingId: made.id, url: `${team.partnership.url}/overleg/${made.id}` };
}

test('the coordinator plans a meeting per trimester; a wrong end time and an unsafe link are refused first', async ({
	page,
	world
}) => {
	const { partnership } = await meetingTeam(world, page);
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
	await page.getByRole('textbox', { name: 'Titel' }).fill(SERIES.title);
	await page.getByLabel(/^Datum/).fill(SERIES.date);
	await page.getByLabel('Beginuur').fill('14:00');
	await page.getByLabel('Einduur').fill('13:00');
	await page.getByRole('textbox', { name: 'Onlinelink' }).fill('http://vergader.example.be');
	await page.getByRole('textbox', { name: 'Agendapunten die vooraf afgesproken zijn' }).fill(SERIES.agenda);
	await page.getByRole('radio', { name: 'Elk trimester (om de 3 maanden)' }).check();
	await page.getByLabel('Herhalen tot en met').fill(SERIES.repeatUntil);
	await page.getByRole('button', { name: 'Overleg plannen' }).click();
	await expect(page.getByText('Het overleg moet eindigen na het beginuur.')).toBeVisible();
	await expect(page.getByText('Vul een volledige, veilige link in')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue(SERIES.title);
	await expect(page.getByRole('textbox', { name: 'Agendapunten die vooraf afgesproken zijn' })).toHaveValue(
		/Signalen uit de wijk/
	);
	await expectAxeClean(page);
	await page.getByLabel('Einduur').fill('15:30');
	await page.getByRole('textbox', { name: 'Onlinelink' }).fill(SERIES.onlineUrl);
	await page.getByRole('textbox', { name: 'Plaats' }).fill(SERIES.place);
	await page.getByRole('button', { name: 'Overleg plannen' }).click();

	// Two meetings: 12 January and (three months later) 12 April 2027.
	await expect(page.getByRole('heading', { level: 1, name: SERIES.title })).toBeVisible();
	await expect(page.getByText('Er zijn 2 overleggen gepland')).toBeVisible();
	await expect(section(page, 'agenda')).toContainText('Opvolging van open afspraken');
	await expect(section(page, 'agenda')).toContainText('Er staan geen afspraken uit eerdere overleggen meer open.');
	await expect(section(page, 'agenda').getByRole('heading', { level: 3 }).nth(1)).toHaveText('Nieuws van de partners');
	await expectAxeClean(page);
});

test('an agreement made in a meeting names the meeting as its origin in the agreement list', async ({
	page,
	world,
	db
}) => {
	const team = await meetingTeam(world, page);
	const { url } = await planSeries(db, team);
	await visit(page, url);
	const agreements = section(page, 'afspraken');
	await agreements.getByRole('textbox', { name: 'Wat spreken we af?' }).fill(AGREEMENT);
	await agreements
		.getByRole('combobox', { name: 'Wie neemt het op?' })
		.selectOption({ label: 'Tom Partner (CAW Oost)' });
	await agreements.getByLabel('Tegen wanneer').fill('2027-03-01');
	await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(agreements.getByRole('link', { name: AGREEMENT })).toBeVisible();
	await expectAxeClean(page);

	await visit(page, `${team.partnership.url}/afspraken`);
	await expect(page.getByRole('link', { name: `Overleg: ${SERIES.title}` })).toBeVisible();
});

test('minutes with a phone number are stopped by the guard, then saved clean', async ({ page, world, db }) => {
	const team = await meetingTeam(world, page);
	const { url } = await planSeries(db, team);
	await visit(page, url);
	const minutes = section(page, 'verslag');
	await minutes
		.getByRole('textbox', { name: 'Verslag van het overleg' })
		.fill('Bel de mama op 0470 12 34 56 over de uitstap.');
	await minutes.getByRole('button', { name: 'Verslag opslaan' }).click();
	await expect(minutes.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' })).toBeVisible();
	await expect(minutes.getByRole('textbox', { name: 'Verslag van het overleg' })).toHaveValue(/0470 12 34 56/);
	await expectAxeClean(page);
	await minutes
		.getByRole('textbox', { name: 'Verslag van het overleg' })
		.fill('De partners delen hun nieuws. De kosten van uitstappen komen vaak terug.');
	await minutes.getByRole('button', { name: 'Verslag opslaan' }).click();
	await expect(minutes.getByText('Opgeslagen.')).toBeVisible();
});

test('the coordinator records who was present', async ({ page, world, db }) => {
	const team = await meetingTeam(world, page);
	const { url } = await planSeries(db, team);
	await visit(page, url);
	const attendees = section(page, 'aanwezigen');
	await attendees.getByRole('combobox', { name: 'Aanwezigheid van Tom Partner' }).selectOption({ label: 'Aanwezig' });
	await attendees.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
	await expect(attendees.getByText('Opgeslagen.')).toBeVisible();
	await page.reload();
	await expect(attendees.getByRole('combobox', { name: 'Aanwezigheid van Tom Partner' })).toHaveValue('present');
	await expectAxeClean(page);
});

test('the next meeting of a series reviews the agreement still open from the first one', async ({
	page,
	world,
	db
}) => {
	const team = await meetingTeam(world, page);
	const first = await planSeries(db, team);
	await makeAgreement(db, {
		partnershipId: team.partnership.id,
		userId: team.coordinator.id,
		origin: { meetingId: first.meetingId },
		what: AGREEMENT,
		ownerId: team.partner.id,
		dueDate: '2027-03-01'
	});

	await visit(page, `${team.partnership.url}/overleg`);
	await expect(page.getByRole('heading', { level: 2, name: 'Komende overleggen' })).toBeVisible();
	await page.getByRole('row').filter({ hasText: '12 april 2027' }).getByRole('link', { name: SERIES.title }).click();
	await expect(page.getByText('maandag 12 april 2027')).toBeVisible();
	const review = section(page, 'agenda').locator('li.review');
	await expect(review.getByRole('link', { name: AGREEMENT })).toBeVisible();
	await expect(review).toContainText('Tom Partner');
	await expectAxeClean(page);
	const secondUrl = new URL(page.url()).pathname;
	expect(secondUrl).not.toBe(first.url);

	// The partner sees it in the review item too.
	const partnerPage = await world.pageFor(team.partner);
	await visit(partnerPage, secondUrl);
	await expect(section(partnerPage, 'agenda').locator('li.review')).toContainText('De kosten van schooluitstappen');
});

test('a partner proposes an agenda item; the coordinator accepts it and moves it up', async ({ page, world, db }) => {
	const team = await meetingTeam(world, page);
	const { url } = await planSeries(db, team);

	// The partner's proposal waits for the coordinator.
	const partnerPage = await world.pageFor(team.partner);
	await visit(partnerPage, url);
	await section(partnerPage, 'agenda')
		.getByRole('textbox', { name: 'Agendapunt' })
		.fill('Huiswerkbegeleiding in de wijk');
	await section(partnerPage, 'agenda').getByRole('button', { name: 'Voorstel indienen' }).click();
	await expect(partnerPage.getByText('Je voorstel is ingediend.')).toBeVisible();
	await expect(partnerPage.getByText('Wacht op de beslissing van de organisator.')).toBeVisible();
	await expect(section(partnerPage, 'agenda').getByRole('button', { name: /Op de agenda zetten/ })).toHaveCount(0);
	await expectAxeClean(partnerPage);

	// The coordinator accepts it (it comes last) and moves it up one place.
	await visit(page, url);
	await page.getByRole('button', { name: 'Op de agenda zetten: Huiswerkbegeleiding in de wijk' }).click();
	const items = section(page, 'agenda').locator('ol.agenda > li h3');
	await expect(items).toHaveText([
		'Opvolging van open afspraken',
		'Nieuws van de partners',
		'Signalen uit de wijk',
		'Huiswerkbegeleiding in de wijk'
	]);
	await page.getByRole('button', { name: 'Hoger: Huiswerkbegeleiding in de wijk' }).click();
	await expect(items).toHaveText([
		'Opvolging van open afspraken',
		'Nieuws van de partners',
		'Huiswerkbegeleiding in de wijk',
		'Signalen uit de wijk'
	]);
	await expectAxeClean(page);
});

test('the coordinator edits one meeting of a series: the others keep their title', async ({ page, world, db }) => {
	const team = await meetingTeam(world, page);
	const { url } = await planSeries(db, team);
	await visit(page, url);
	await page.getByRole('link', { name: 'Overleg wijzigen' }).click();
	await expect(page.getByText('Je wijzigt alleen dit overleg.')).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'Titel' }).fill('Structureel overleg Brugteam, winter');
	await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Structureel overleg Brugteam, winter' })).toBeVisible();
	await expect(page.getByText('De wijzigingen zijn bewaard.')).toBeVisible();

	await visit(page, `${team.partnership.url}/overleg`);
	await expect(page.getByRole('row').filter({ hasText: '12 januari 2027' })).toContainText(
		'Structureel overleg Brugteam, winter'
	);
	await expect(
		page.getByRole('row').filter({ hasText: '12 april 2027' }).getByRole('link', { name: SERIES.title, exact: true })
	).toBeVisible();
});

test('the meeting downloads as a calendar file in UTC', async ({ page, world, db }) => {
	const team = await meetingTeam(world, page);
	const { url } = await planSeries(db, team);
	await visit(page, url);
	// A published calendar with this meeting, in UTC (14:00 in Brussels in winter = 13:00 UTC).
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'In mijn agenda zetten (.ics)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('overleg-2027-01-12.ics');
	const ics = unfold(await readFile((await download.path())!, 'utf8'));
	expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
	expect(ics).toContain('METHOD:PUBLISH');
	expect(ics).toContain(`SUMMARY:${SERIES.title}`);
	expect(ics).toContain('DTSTART:20270112T130000Z');
	expect(ics).toContain('STATUS:CONFIRMED');
	expect(ics.trimEnd()).toMatch(/END:VEVENT\r?\nEND:VCALENDAR$/);
});

test('the printed meeting shows the minutes and the agreements, without forms or buttons', async ({
	page,
	world,
	db
}) => {
	const team = await meetingTeam(world, page);
	const { meetingId, url } = await planSeries(db, team);
	await makeMinutes(db, {
		partnershipId: team.partnership.id,
		meetingId,
		minutes: 'De partners delen hun nieuws. De kosten van uitstappen komen vaak terug.'
	});
	await makeAgreement(db, {
		partnershipId: team.partnership.id,
		userId: team.coordinator.id,
		origin: { meetingId },
		what: AGREEMENT,
		ownerId: team.partner.id
	});
	await visit(page, url);
	const minutes = section(page, 'verslag');
	const printedMinutes = minutes.locator('p.minutes');
	await expect(printedMinutes).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(printedMinutes).toHaveText(/De partners delen hun nieuws/);
	await expect(printedMinutes).toBeVisible();
	await expect(minutes.getByRole('textbox', { name: 'Verslag van het overleg' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(section(page, 'afspraken').getByRole('table')).toBeVisible();
});

test('a meeting with its agenda, minutes and agreements fits the width of a phone', async ({ page, world, db }) => {
	const team = await meetingTeam(world, page);
	const { meetingId, url } = await planSeries(db, team, { title: 'Structureel overleg Brugteam, lente' });
	await makeMinutes(db, { partnershipId: team.partnership.id, meetingId });
	await makeAgreement(db, {
		partnershipId: team.partnership.id,
		userId: team.coordinator.id,
		origin: { meetingId },
		what: AGREEMENT,
		ownerId: team.partner.id
	});
	await page.setViewportSize({ width: 360, height: 740 });
	await visit(page, url);
	await expect(page.getByRole('heading', { level: 1, name: 'Structureel overleg Brugteam, lente' })).toBeVisible();
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
	).toBeLessThanOrEqual(0);
});

test('cancelling a meeting shows on its page and in its calendar file', async ({ page, world, db }) => {
	const team = await meetingTeam(world, page);
	const { url } = await planSeries(db, team, { title: 'Structureel overleg Brugteam, lente' });
	await visit(page, url);
	await page.getByRole('button', { name: 'Overleg afgelasten' }).click();
	await expect(page.getByText('Dit overleg is afgelast.')).toBeVisible();
	await expectAxeClean(page);
	const cancelled = unfold(await (await page.request.get(`${url}/overleg.ics`)).text());
	expect(cancelled).toContain('STATUS:CANCELLED');
	expect(cancelled).toContain('SUMMARY:Structureel overleg Brugteam\\, lente');
});
