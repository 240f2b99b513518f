// Signals to policy, one thing a person does per test. A partner starts a signal from her case (the
// new-signal page says only "gezien in 1 casus"); empty, "Andere" without a name, a future date and
// a child's name are each stopped with Dutch messages, the input kept; the saved signal has its own
// words and its collected date, nothing of the case, and the case page names it; a learning-log
// entry about the same problem counts in the existing signal. A coordinator moves a signal through
// discussed → passed on → answered with dates (a date before the previous step is refused;
// "answered" needs the answer received). A signal from nothing has no sources. The list filters by
// status with counts; the overview counts per theme and per step. An observer (policy level) reads
// the list, the overview and the signal but never sees which case, and cannot write. Ids that are
// not of the partnership are a 404. Without JavaScript, on a phone, a signal is made and moved.

import type { Page } from '@playwright/test';
import type { Db } from '$lib/server/db/client';
import { isoDate, linkSignalSource, makeCase, makeLearningEntry, makeSignal, moveSignal } from '../factories';
import { expect, expectAxeClean, openMenu, test, visit, type Partnership, type World } from './fixtures';

/** A date `days` before today in Belgium, as YYYY-MM-DD (what a date field holds). */
const daysAgo = (days: number) => isoDate(-days);
/** How the pages write that date ("12 mrt 2026"). */
const shown = (date: string) =>
	new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

const CASE_CODE = 'SIG-KOSTEN-07';
const CASE_TEXT = 'komt vaak zonder boterhammen naar school';
const TITLE = 'Schoolrekeningen blijven open';
const ANSWER = 'Het lokaal bestuur start een proef met een toelage voor uitstappen.';

/** A partnership, a partner from the CLB and her case, whose content must never reach a signal. */
async function partnerWithCase(world: World, db: Db) {
	const { partnership, coordinator } = await world.partnership();
	const member = await world.member(partnership, {
		name: 'Lies Partner',
		organisationName: 'CLB Oost',
		organisationType: 'clb',
		function: 'clb_medewerker'
	});
	const made = await makeCase(db, {
		partnershipId: partnership.id,
		userId: member.id,
		code: CASE_CODE,
		situation: `Een leerling ${CASE_TEXT}. De schoolrekening is al maanden open.`
	});
	return { partnership, coordinator, member, caseId: made.id, caseUrl: `${partnership.url}/casussen/${made.id}` };
}

/**
 * The partnership's two signals: the school costs, seen in the case and in a learning-log entry,
 * answered; and housing, from nothing, collected.
 */
async function twoSignals(world: World, db: Db) {
	const team = await partnerWithCase(world, db);
	const scope = { partnershipId: team.partnership.id, userId: team.coordinator.id };
	const costs = await makeSignal(db, {
		...scope,
		userId: team.member.id,
		collectedOn: daysAgo(30),
		title: TITLE,
		source: { kind: 'case', id: team.caseId }
	});
	const entry = await makeLearningEntry(db, {
		...scope,
		userId: team.member.id,
		title: 'Uitstappen te duur voor veel gezinnen'
	});
	await linkSignalSource(db, {
		...scope,
		userId: team.member.id,
		signalId: costs.id,
		source: { kind: 'learning', id: entry.id }
	});
	await moveSignal(db, { ...scope, signalId: costs.id, version: 1, to: 'discussed', on: daysAgo(20) });
	await moveSignal(db, { ...scope, signalId: costs.id, version: 2, to: 'passed_on', on: daysAgo(10) });
	await moveSignal(db, { ...scope, signalId: costs.id, version: 3, to: 'answered', on: daysAgo(0), answer: ANSWER });
	await makeSignal(db, {
		...scope,
		title: 'Te weinig grote sociale woningen',
		theme: 'housing',
		description: 'Grote gezinnen vinden geen betaalbare woning en verhuizen vaak van school naar school.',
		request: '',
		level: 'macro',
		addressee: 'vlaamse_overheid'
	});
	return { ...team, signalUrl: `${team.partnership.url}/signalen/${costs.id}` };
}

/** Opens the list of signals through the partnership menu. */
async function openSignals(page: Page, partnership: Partnership) {
	await page.goto(partnership.url);
	await openMenu(page, 'Evalueren', 'Signalen');
	await expect(page.getByRole('heading', { level: 1, name: 'Signalen naar beleid' })).toBeVisible();
}

test('from her case, a partner starts a signal: the new-signal page says only “gezien in 1 casus”', async ({
	page,
	world,
	db
}) => {
	const { partnership, member, caseId, caseUrl } = await partnerWithCase(world, db);
	await world.logIn(page, member);
	await page.goto(caseUrl);
	await expect(page.getByRole('heading', { level: 1, name: `Casus ${CASE_CODE}` })).toBeVisible();
	await page
		.getByRole('complementary', { name: 'Signalen naar beleid' })
		.getByRole('link', { name: 'Signaal maken' })
		.click();
	await expect(page).toHaveURL(`${partnership.url}/signalen/nieuw?casus=${caseId}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuw signaal' })).toBeVisible();
	await expect(page.getByText('gezien in 1 casus')).toBeVisible();
	const main = page.getByRole('main');
	await expect(main).not.toContainText(CASE_CODE);
	await expect(main).not.toContainText(CASE_TEXT);
	await expectAxeClean(page);
});

test('a new signal sent empty gets Dutch messages next to the fields, and keeps its case', async ({
	page,
	world,
	db
}) => {
	const { partnership, member, caseId } = await partnerWithCase(world, db);
	await world.logIn(page, member);
	await page.goto(`${partnership.url}/signalen/nieuw?casus=${caseId}`);
	await page.getByRole('button', { name: 'Signaal bewaren' }).click();
	await expect(page.getByText('Geef het signaal een korte titel (minstens 3 tekens).')).toBeVisible();
	await expect(page.getByText('Kies het thema waar het signaal over gaat.')).toBeVisible();
	await expect(page.getByText('Kies het niveau dat het signaal moet bereiken.')).toBeVisible();
	await expect(page.getByText('Kies aan wie jullie het signaal richten.')).toBeVisible();
	await expect(page).toHaveURL(`${partnership.url}/signalen/nieuw?casus=${caseId}`);
	await expect(page.getByText('gezien in 1 casus')).toBeVisible();
	await expectAxeClean(page);
});

test('“Andere” without a name, a date in the future and a child’s name are each stopped, the input kept', async ({
	page,
	world,
	db
}) => {
	const { partnership, member, caseId } = await partnerWithCase(world, db);
	await world.logIn(page, member);
	await page.goto(`${partnership.url}/signalen/nieuw?casus=${caseId}`);
	const create = page.getByRole('button', { name: 'Signaal bewaren' });
	const title = page.getByRole('textbox', { name: 'Titel' });
	const description = page.getByRole('textbox', { name: 'Wat loopt er mis?' });
	await title.fill(TITLE);
	await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Schoolkosten' });
	await description.fill('Emma Peeters en andere kinderen gaan niet mee op uitstap omdat de rekening te hoog is.');
	await page
		.getByRole('textbox', { name: 'Wat vragen jullie?' })
		.fill('Een gezamenlijke regeling voor schoolkosten in de gemeente.');
	await page.getByRole('radio', { name: /^Meso/ }).check();
	await page.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Andere' });
	await page.getByLabel('Datum van verzamelen').fill(daysAgo(-3));
	await create.click();
	await expect(page.getByText('Schrijf bij "Andere" aan wie jullie het signaal richten.')).toBeVisible();
	await expect(title).toHaveValue(TITLE);
	await expect(page.getByRole('radio', { name: /^Meso/ })).toBeChecked();
	await expectAxeClean(page);
	await page.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Lokaal bestuur' });
	await create.click();
	await expect(page.getByText('Deze datum ligt in de toekomst. Kies vandaag of een dag ervoor.')).toBeVisible();
	await page.getByLabel('Datum van verzamelen').fill(daysAgo(30));
	await create.click();
	const warning = page.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' });
	await expect(warning).toBeVisible();
	await expect(warning.locator('mark').first()).toContainText('Emma Peeters');
	await expect(warning.getByRole('button', { name: 'Toch opslaan' })).toBeVisible();
	await expect(description).toHaveValue(/Emma Peeters/);
	await expectAxeClean(page);
});

test('a signal from a case is saved in its own words with the day it was collected, and nothing of the case', async ({
	page,
	world,
	db
}) => {
	const { partnership, member, caseId } = await partnerWithCase(world, db);
	await world.logIn(page, member);
	await page.goto(`${partnership.url}/signalen/nieuw?casus=${caseId}`);
	await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
	await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Schoolkosten' });
	await page
		.getByRole('textbox', { name: 'Wat loopt er mis?' })
		.fill('Kinderen uit gezinnen met een laag inkomen gaan niet mee op uitstap, omdat de rekening te hoog is.');
	await page
		.getByRole('textbox', { name: 'Wat vragen jullie?' })
		.fill('Een gezamenlijke regeling voor schoolkosten in de gemeente.');
	await page.getByRole('radio', { name: /^Meso/ }).check();
	await page.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Lokaal bestuur' });
	await page.getByLabel('Datum van verzamelen').fill(daysAgo(30));
	await page.getByRole('button', { name: 'Signaal bewaren' }).click();

	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`${partnership.url}/signalen/[0-9a-f-]{36}`));
	await expect(page.getByText('Het signaal is bewaard.')).toBeVisible();
	await expect(page.locator('#bronnen')).toContainText('gezien in 1 casus');
	const main = page.getByRole('main');
	await expect(main).not.toContainText(CASE_CODE);
	await expect(main).not.toContainText(CASE_TEXT);
	const firstStep = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
	await expect(firstStep).toHaveCount(1);
	await expect(firstStep).toContainText('Verzameld');
	await expect(firstStep).toContainText(shown(daysAgo(30)));
	await expectAxeClean(page);
});

test('the case page names the signal the case counts in', async ({ page, world, db }) => {
	const { partnership, member, caseId, caseUrl } = await partnerWithCase(world, db);
	const signal = await makeSignal(db, {
		partnershipId: partnership.id,
		userId: member.id,
		title: TITLE,
		source: { kind: 'case', id: caseId }
	});
	await world.logIn(page, member);
	await visit(page, caseUrl);
	const caseSignals = page.getByRole('complementary', { name: 'Signalen naar beleid' });
	await expect(caseSignals.getByText('Deze casus telt mee in:')).toBeVisible();
	await expect(caseSignals.getByRole('link', { name: TITLE })).toHaveAttribute(
		'href',
		`${partnership.url}/signalen/${signal.id}`
	);
});

test('a learning-log entry about the same problem counts in the existing signal', async ({ page, world, db }) => {
	const { partnership, member, caseId } = await partnerWithCase(world, db);
	const signal = await makeSignal(db, {
		partnershipId: partnership.id,
		userId: member.id,
		title: TITLE,
		source: { kind: 'case', id: caseId }
	});
	const signalUrl = `${partnership.url}/signalen/${signal.id}`;
	await world.logIn(page, member);
	await visit(page, `${partnership.url}/leerlogboek/nieuw?soort=bottleneck`);
	await page.getByRole('textbox', { name: 'Titel' }).fill('Uitstappen te duur voor veel gezinnen');
	await page
		.getByRole('textbox', { name: 'Wat gebeurde er?' })
		.fill('Bij elke uitstap blijven dezelfde kinderen thuis omdat de kosten te hoog zijn.');
	await page.getByRole('checkbox', { name: 'Werken aan betrokkenheid op verschillende niveaus' }).check();
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Uitstappen te duur voor veel gezinnen' })).toBeVisible();
	await page.getByRole('link', { name: 'Signaal maken' }).click();
	await expect(page.getByText('gezien in 1 item van het leerlogboek')).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('button', { name: `Ook gezien: laat meetellen: ${TITLE}` }).click();
	await expect(page).toHaveURL(new RegExp(`${signalUrl}\\?gekoppeld=learning`));
	await expect(page.getByText('De bron telt nu mee in dit signaal.')).toBeVisible();
	await expect(page.locator('#bronnen')).toContainText('gezien in 1 item van het leerlogboek');
	await expect(page.locator('#bronnen')).toContainText('gezien in 1 casus');
	await expectAxeClean(page);
});

test('the coordinator moves a signal to discussed and passed on, each with a date; a date before the previous step is refused', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	const signal = await makeSignal(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		collectedOn: daysAgo(30),
		title: TITLE
	});
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/signalen/${signal.id}`);
	const discuss = page.getByRole('form', { name: 'Hebben jullie het signaal samen besproken?' });
	await discuss.getByLabel('Datum van deze stap').fill(daysAgo(40));
	await discuss.getByRole('textbox', { name: 'Notitie' }).fill('Besproken in het structureel overleg van de wijk.');
	await discuss.getByRole('button', { name: 'Zet de stap: Besproken' }).click();
	await expect(page.getByText(`Kies een datum op of na de vorige stap (${shown(daysAgo(30))}).`)).toBeVisible();
	await expect(discuss.getByRole('textbox', { name: 'Notitie' })).toHaveValue(
		'Besproken in het structureel overleg van de wijk.'
	);
	await expectAxeClean(page);
	await discuss.getByLabel('Datum van deze stap').fill(daysAgo(20));
	await discuss.getByRole('button', { name: 'Zet de stap: Besproken' }).click();
	await expect(page.getByText('De stap is gezet. Het signaal staat nu op: Besproken.')).toBeVisible();

	const passOn = page.getByRole('form', {
		name: 'Hebben jullie het signaal doorgegeven aan wie er iets aan kan doen?'
	});
	await passOn.getByLabel('Datum van deze stap').fill(daysAgo(10));
	await passOn.getByRole('textbox', { name: 'Notitie' }).fill('Per mail aan de schepen van onderwijs.');
	await passOn.getByRole('button', { name: 'Zet de stap: Doorgegeven' }).click();
	await expect(page.getByText('De stap is gezet. Het signaal staat nu op: Doorgegeven.')).toBeVisible();
	await expectAxeClean(page);
});

test('“answered” needs the answer received; then the timeline shows every step with its date', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	const scope = { partnershipId: partnership.id, userId: coordinator.id };
	const signal = await makeSignal(db, { ...scope, collectedOn: daysAgo(30), title: TITLE });
	await moveSignal(db, {
		...scope,
		signalId: signal.id,
		version: 1,
		to: 'discussed',
		on: daysAgo(20),
		note: 'Besproken in het structureel overleg van de wijk.'
	});
	await moveSignal(db, {
		...scope,
		signalId: signal.id,
		version: 2,
		to: 'passed_on',
		on: daysAgo(10),
		note: 'Per mail aan de schepen van onderwijs.'
	});
	await world.logIn(page, coordinator);
	await page.goto(`${partnership.url}/signalen/${signal.id}`);

	const answer = page.getByRole('form', { name: 'Kregen jullie een antwoord?' });
	await answer.getByRole('button', { name: 'Zet de stap: Beantwoord' }).click();
	await expect(answer.getByText('Noteer het antwoord dat jullie kregen (minstens 3 tekens).')).toBeVisible();
	await expectAxeClean(page);
	await answer.getByRole('textbox', { name: 'Het antwoord dat jullie kregen' }).fill(ANSWER);
	await answer.getByRole('button', { name: 'Zet de stap: Beantwoord' }).click();
	await expect(page.getByText('De stap is gezet. Het signaal staat nu op: Beantwoord.')).toBeVisible();
	const answered = page.getByRole('region', { name: 'Het antwoord' });
	await expect(answered).toContainText(ANSWER);
	await expect(answered).toContainText(`Ontvangen op ${shown(daysAgo(0))}`);
	const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
	await expect(timeline).toHaveCount(4);
	await expect(timeline.nth(0)).toContainText(shown(daysAgo(30)));
	await expect(timeline.nth(0)).toContainText('Verzameld');
	await expect(timeline.nth(1)).toContainText(shown(daysAgo(20)));
	await expect(timeline.nth(1)).toContainText('Besproken in het structureel overleg van de wijk.');
	await expect(timeline.nth(2)).toContainText(shown(daysAgo(10)));
	await expect(timeline.nth(2)).toContainText('Doorgegeven');
	await expect(timeline.nth(3)).toContainText('Beantwoord');
	await expect(page.getByText('Dit signaal heeft een antwoord gekregen. Dat is de laatste stap.')).toBeVisible();
	await expectAxeClean(page);
});

test('a signal made from nothing says it is not linked to a case, entry or reflection yet', async ({ page, world }) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/signalen/nieuw`);
	await page.getByRole('textbox', { name: 'Titel' }).fill('Te weinig grote sociale woningen');
	await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Wonen' });
	await page
		.getByRole('textbox', { name: 'Wat loopt er mis?' })
		.fill('Grote gezinnen vinden geen betaalbare woning en verhuizen vaak van school naar school.');
	await page.getByRole('radio', { name: /^Macro/ }).check();
	await page.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Vlaamse overheid' });
	await page.getByRole('button', { name: 'Signaal bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Te weinig grote sociale woningen' })).toBeVisible();
	await expect(page.locator('#bronnen')).toContainText('Nog aan geen casus, leerlogboek of reflectie gekoppeld.');
});

test('the list of signals filters by status, with counts', async ({ page, world, db }) => {
	const { partnership, coordinator } = await twoSignals(world, db);
	await world.logIn(page, coordinator);
	await openSignals(page, partnership);
	await expect(page.getByText('2 van 2 signalen getoond.')).toBeVisible();
	const filters = page.getByRole('navigation', { name: 'Filters van de signalen' });
	await filters.getByRole('link', { name: 'Beantwoord (1)' }).click();
	await expect(page.getByText('1 van 2 signalen getoond.')).toBeVisible();
	await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Te weinig grote sociale woningen' })).toHaveCount(0);
	await expectAxeClean(page);
});

test('the overview counts signals per theme and per step, as a chart and a table', async ({ page, world, db }) => {
	const { partnership, coordinator } = await twoSignals(world, db);
	await world.logIn(page, coordinator);
	await page.goto(`${partnership.url}/signalen`);
	await page.getByRole('link', { name: 'Overzicht per thema' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Signalen per thema' })).toBeVisible();
	const table = page.getByRole('table', { name: 'Aantal signalen per thema en per stap' });
	await expect(table.getByRole('row', { name: /^Schoolkosten/ })).toHaveText(/Schoolkosten\s*0\s*0\s*0\s*1\s*1/);
	await expect(table.getByRole('row', { name: /^Wonen/ })).toHaveText(/Wonen\s*1\s*0\s*0\s*0\s*1/);
	await expect(page.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();
	await expectAxeClean(page);
});

test.describe('an observer at policy level', () => {
	async function observerOf(world: World, partnership: Partnership) {
		return world.member(partnership, {
			name: 'Nadia Beleid',
			role: 'observer',
			organisationName: 'Stad Oost',
			organisationType: 'lokaal_bestuur',
			function: 'beleidsmedewerker'
		});
	}

	test('reads the list and the overview: counts only, no way to make a signal', async ({ page, world, db }) => {
		const { partnership } = await twoSignals(world, db);
		await world.logIn(page, await observerOf(world, partnership));
		await openSignals(page, partnership);
		await expect(page.getByRole('link', { name: 'Nieuw signaal' })).toHaveCount(0);
		await expectAxeClean(page);
		await page.getByRole('link', { name: 'Overzicht per thema' }).click();
		await expect(
			page
				.getByRole('table', { name: 'Aantal signalen per thema en per stap' })
				.getByRole('row', { name: /^Schoolkosten/ })
		).toHaveText(/Schoolkosten\s*0\s*0\s*0\s*1\s*1/);
		await expect(page.getByText('2 signalen.', { exact: true })).toBeVisible();
		await expect(page.locator('.summary')).toContainText('Samen gezien in: 1 casus, 1 item van het leerlogboek.');
		await expectAxeClean(page);
	});

	test('reads a signal without anything of its case, and can neither write nor open the case', async ({
		page,
		world,
		db
	}) => {
		const { partnership, caseId, caseUrl, signalUrl } = await twoSignals(world, db);
		await world.logIn(page, await observerOf(world, partnership));
		await visit(page, signalUrl);
		const observed = page.getByRole('main');
		await expect(observed).toContainText('gezien in 1 casus');
		await expect(observed).toContainText('Het lokaal bestuur start een proef');
		await expect(observed).not.toContainText(CASE_CODE);
		await expect(observed).not.toContainText(CASE_TEXT);
		await expect(page.getByRole('button', { name: /Zet de stap|Laten meetellen|Opslaan|Terug naar/ })).toHaveCount(0);
		await expect(observed.getByRole('combobox')).toHaveCount(0);
		// Writing is not for observers, and the case itself stays closed.
		expect((await page.goto(`${partnership.url}/signalen/nieuw?casus=${caseId}`))?.status()).toBe(403);
		expect((await page.goto(caseUrl))?.status()).toBe(403);
	});
});

test('a case that is not of this partnership, or an entry id that is no id, is a 404 on the new-signal page', async ({
	page,
	world,
	db
}) => {
	const { partnership, member } = await partnerWithCase(world, db);
	await world.logIn(page, member);
	expect(
		(await page.goto(`${partnership.url}/signalen/nieuw?casus=00000000-0000-4000-8000-000000000000`))?.status()
	).toBe(404);
	expect((await page.goto(`${partnership.url}/signalen/nieuw?leerlogboek=geen-id`))?.status()).toBe(404);
});

test.describe('without JavaScript, on a phone', () => {
	test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });

	test('bad input comes back with Dutch messages, the choices kept', async ({ page, world }) => {
		test.slow(); // two axe checks without JavaScript, each on a copy of the page in a helper browser
		const { partnership, coordinator } = await world.partnership();
		await world.logIn(page, coordinator);
		await visit(page, `${partnership.url}/signalen/nieuw`);
		await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Vervoer' });
		await page.getByRole('radio', { name: /^Macro/ }).check();
		await page.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Andere' });
		await page.getByRole('textbox', { name: 'Naam van een andere bestemmeling' }).fill('De vervoersmaatschappij');
		await page.getByRole('textbox', { name: 'Wat loopt er mis?' }).fill('Kort');
		await page.getByRole('button', { name: 'Signaal bewaren' }).click();
		await expect(page.getByText('Geef het signaal een korte titel (minstens 3 tekens).')).toBeVisible();
		await expect(
			page.getByText('Beschrijf het probleem in een paar zinnen, in algemene woorden (minstens 20 tekens).')
		).toBeVisible();
		await expect(page.getByRole('combobox', { name: 'Thema' })).toHaveValue('mobility');
		await expect(page.getByRole('combobox', { name: 'Gericht aan' })).toHaveValue('other');
		await expect(page.getByRole('textbox', { name: 'Naam van een andere bestemmeling' })).toHaveValue(
			'De vervoersmaatschappij'
		);
		await expect(page.getByRole('radio', { name: /^Macro/ })).toBeChecked();
		await expectAxeClean(page);
	});

	test('a signal to “Andere” is saved with the name of its addressee', async ({ page, world }) => {
		const { partnership, coordinator } = await world.partnership();
		await world.logIn(page, coordinator);
		await page.goto(`${partnership.url}/signalen/nieuw`);
		await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Vervoer' });
		await page.getByRole('radio', { name: /^Macro/ }).check();
		await page.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Andere' });
		await page.getByRole('textbox', { name: 'Naam van een andere bestemmeling' }).fill('De vervoersmaatschappij');
		await page.getByRole('textbox', { name: 'Titel' }).fill('Geen bus naar de secundaire school');
		await page
			.getByRole('textbox', { name: 'Wat loopt er mis?' })
			.fill('Leerlingen uit de deelgemeente hebben geen bus die op tijd aan school komt.');
		await page.getByRole('button', { name: 'Signaal bewaren' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Geen bus naar de secundaire school' })).toBeVisible();
		await expect(page.getByText('De vervoersmaatschappij')).toBeVisible();
		await expectAxeClean(page);
	});

	test('a step dated in the future is refused, the note kept; then it is set for today', async ({
		page,
		world,
		db
	}) => {
		test.slow(); // two axe checks without JavaScript, each on a copy of the page in a helper browser
		const { partnership, coordinator } = await world.partnership();
		const signal = await makeSignal(db, {
			partnershipId: partnership.id,
			userId: coordinator.id,
			title: 'Geen bus naar de secundaire school',
			theme: 'mobility',
			description: 'Leerlingen uit de deelgemeente hebben geen bus die op tijd aan school komt.',
			level: 'macro',
			addressee: 'other',
			addresseeOther: 'De vervoersmaatschappij'
		});
		await world.logIn(page, coordinator);
		await page.goto(`${partnership.url}/signalen/${signal.id}`);
		const discuss = page.getByRole('form', { name: 'Hebben jullie het signaal samen besproken?' });
		await discuss.getByLabel('Datum van deze stap').fill(daysAgo(-1));
		await discuss.getByRole('textbox', { name: 'Notitie' }).fill('Besproken met de directies.');
		await discuss.getByRole('button', { name: 'Zet de stap: Besproken' }).click();
		await expect(page.getByText('Deze datum ligt in de toekomst. Kies vandaag of een dag ervoor.')).toBeVisible();
		await expect(discuss.getByRole('textbox', { name: 'Notitie' })).toHaveValue('Besproken met de directies.');
		await expectAxeClean(page);
		await discuss.getByLabel('Datum van deze stap').fill(daysAgo(0));
		await discuss.getByRole('button', { name: 'Zet de stap: Besproken' }).click();
		await expect(page.getByText('De stap is gezet. Het signaal staat nu op: Besproken.')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem')).toHaveCount(2);
		await expectAxeClean(page);
	});
});
