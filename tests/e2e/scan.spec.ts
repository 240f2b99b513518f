// The collaboration scan, one thing a person does per test. A coordinator opens a round from the
// menu (a closing date in the past is refused). A partner answers on a phone: sent half filled in,
// each statement without a choice gets a message; the personal-data guard stops a name in a
// comment; the answer is saved anonymously and only once (a replayed form is refused); without
// JavaScript too, with a "weet niet". With two answers the results page says how many are still
// needed and shows no figures; with three the figures wait for the close, which the coordinator
// does. A closed round with three answers shows the radar and its data table; an insight becomes an
// agreement; the partnership home shows the radar as its compass; on a phone the results fit and
// the round can no longer be answered.

import type { Page } from '@playwright/test';
import type { Db } from '$lib/server/db/client';
import { closeScanRound } from '$lib/domain/scan/scan.server';
import { answerScanRound, isoDate, makeScanRound } from '../factories';
import {
	expect,
	expectAxeClean,
	expectNothingSticksOut,
	openMenu,
	postForm,
	test,
	visit,
	type World
} from './fixtures';

const PHONE = { width: 375, height: 740 };
const TITLE = 'Scan voorjaar';
const COMMENT = 'Na een doorverwijzing hoor ik niets meer terug.';

/** Chooses `value` for every statement of the answer form that has no choice yet. */
async function answerRest(page: Page, value: string) {
	// In one go, as a person ticking down the list would leave it (the form reads its radios on submit).
	const chosen = await page.locator('form.answer input[type="radio"]').evaluateAll((radios, value) => {
		const inputs = radios as HTMLInputElement[];
		const open = [...new Set(inputs.map((r) => r.name))].filter(
			(name) => !inputs.some((r) => r.name === name && r.checked)
		);
		for (const name of open) {
			const radio = inputs.find((r) => r.name === name && r.value === value)!;
			radio.checked = true;
			radio.dispatchEvent(new Event('input', { bubbles: true }));
			radio.dispatchEvent(new Event('change', { bubbles: true }));
		}
		return open.length;
	}, value);
	expect(chosen).toBeGreaterThan(0);
}

/** A partnership with three partners of the CAW and an open round "Scan voorjaar". */
async function scanTeam(world: World, db: Db) {
	const { partnership, coordinator } = await world.partnership();
	const partner = (i: number) =>
		world.member(partnership, {
			name: `Partner ${i}`,
			organisationName: `CAW Oost ${i}`,
			organisationType: 'caw',
			function: 'welzijnswerker'
		});
	const partners = [await partner(1), await partner(2), await partner(3)] as const;
	const round = await makeScanRound(db, { partnershipId: partnership.id, userId: coordinator.id, title: TITLE });
	const roundUrl = `${partnership.url}/scan/${round.id}`;
	return { partnership, coordinator, partners, roundId: round.id, roundUrl, resultsUrl: `${roundUrl}/resultaten` };
}

type ScanTeam = Awaited<ReturnType<typeof scanTeam>>;

/**
 * The three answers of the round: the first all 3s with one 5 ("We kennen elkaar ook buiten
 * moeilijke situaties.") and a comment on "relatie", the second all 2s, the third all 4s with one
 * "weet niet" ("Ik hoor terug wat er met mijn signaal of vraag gebeurd is.").
 */
async function threeAnswers(db: Db, { partnership, partners, roundId }: ScanTeam, { count = 3 } = {}) {
	const scope = { partnershipId: partnership.id, roundId };
	const answers = [
		() =>
			answerScanRound(db, {
				...scope,
				userId: partners[0].id,
				value: '3',
				answers: { 'relatie-3': '5' },
				comments: { 'comment-relatie': COMMENT }
			}),
		() => answerScanRound(db, { ...scope, userId: partners[1].id, value: '2' }),
		() =>
			answerScanRound(db, { ...scope, userId: partners[2].id, value: '4', answers: { 'communicatie-5': 'weet-niet' } })
	];
	for (const answer of answers.slice(0, count)) await answer();
}

/** A round with the three answers, closed by the coordinator. */
async function closedRound(world: World, db: Db) {
	const team = await scanTeam(world, db);
	await threeAnswers(db, team);
	await closeScanRound(db, { partnershipId: team.partnership.id, roundId: team.roundId });
	return team;
}

test('the coordinator finds the scan in the menu, with a name for the first round proposed', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	await openMenu(page, 'Evalueren', 'Samenwerkingsscan');
	await expect(page.getByRole('heading', { level: 1, name: 'Samenwerkingsscan' })).toBeVisible();
	await expect(page.getByText('Er is nog geen ronde. Open hierboven de eerste.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: /Naam van de ronde/ })).toHaveValue(/^Samenwerkingsscan /);
	await expectAxeClean(page);
});

test('a closing date in the past is refused next to the field; a date ahead opens the round', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await page.goto(`${partnership.url}/scan`);
	await page.getByRole('textbox', { name: /Naam van de ronde/ }).fill(TITLE);
	await page.getByLabel(/Open tot en met/).fill('2020-01-10');
	await page.getByRole('button', { name: 'Ronde openen' }).click();
	await expect(
		page.getByText('Kies een datum na vandaag: de partners hebben tijd nodig om te antwoorden.')
	).toBeVisible();
	await expect(page.getByRole('textbox', { name: /Naam van de ronde/ })).toHaveValue(TITLE);
	await expectAxeClean(page);
	await page.getByLabel(/Open tot en met/).fill(isoDate(10));
	await page.getByRole('button', { name: 'Ronde openen' }).click();
	await expect(page).toHaveURL(/\/scan\/[0-9a-f-]{36}\?geopend$/);
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByText('De ronde is geopend.')).toBeVisible();
	await expectAxeClean(page);
});

test.describe('a partner on a phone', () => {
	test.use({ viewport: PHONE });

	test('opens the round from the overview: one fieldset per block, a radio group per statement, nothing sticks out', async ({
		page,
		world,
		db
	}) => {
		const { partnership, partners } = await scanTeam(world, db);
		await world.logIn(page, partners[0]);
		await visit(page, `${partnership.url}/scan`);
		await page.getByRole('link', { name: /^Invullen/ }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Jouw antwoorden' })).toBeVisible();
		await expectAxeClean(page);
		await expectNothingSticksOut(page);
		const block = page.getByRole('group', { name: '2. Werken aan relatie' });
		await expect(block.getByRole('group')).toHaveCount(5);
	});

	test('sends the answers half filled in: each open statement gets a message, and what was chosen stays', async ({
		page,
		world,
		db
	}) => {
		const { partners, roundUrl } = await scanTeam(world, db);
		await world.logIn(page, partners[0]);
		await page.goto(roundUrl);
		const statement = page.getByRole('group', { name: 'We kennen elkaar ook buiten moeilijke situaties.' });
		await statement.getByRole('radio', { name: '5 (helemaal akkoord)' }).check();
		const comment = page.getByRole('textbox', { name: 'Toelichting bij Relatie (niet verplicht)' });
		await comment.fill('Jan Peeters van het CAW belt nooit terug.');
		await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
		await expect(page.getByText('Nog zonder antwoord: 29.')).toBeVisible();
		await expect(page.getByText('Kies bij deze uitspraak een cijfer van 1 tot 5, of ‘weet niet’.')).toHaveCount(29);
		await expect(statement.getByRole('radio', { name: '5 (helemaal akkoord)' })).toBeChecked();
		await expect(comment).toHaveValue('Jan Peeters van het CAW belt nooit terug.');
		await expectAxeClean(page);
	});

	test('is stopped by the guard for a name in a comment, then answers anonymously, once', async ({
		page,
		world,
		db
	}) => {
		test.slow(); // axe twice on the answer sheet (thirty statements, six choices each)
		const { partners, roundUrl } = await scanTeam(world, db);
		await world.logIn(page, partners[0]);
		await page.goto(roundUrl);
		const statement = page.getByRole('group', { name: 'We kennen elkaar ook buiten moeilijke situaties.' });
		await statement.getByRole('radio', { name: '5 (helemaal akkoord)' }).check();
		const comment = page.getByRole('textbox', { name: 'Toelichting bij Relatie (niet verplicht)' });
		await comment.fill('Jan Peeters van het CAW belt nooit terug.');
		await answerRest(page, '3');
		await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
		const warning = page.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' });
		await expect(warning).toBeVisible();
		await expect(warning.locator('mark').first()).toContainText('Jan Peeters');
		await expect(statement.getByRole('radio', { name: '5 (helemaal akkoord)' })).toBeChecked();
		await expectAxeClean(page);
		await comment.fill(COMMENT);
		await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
		await expect(page.getByText('Bedankt! Je antwoord is anoniem bewaard.')).toBeVisible();
		await expect(page.getByText('Je kunt het niet meer aanpassen')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Antwoorden versturen' })).toHaveCount(0);
		await expect(page.getByText('Antwoorden: 1', { exact: false })).toBeVisible();
		await expectAxeClean(page);
	});

	test('after the round: the results fit the screen, and the round can no longer be answered', async ({
		page,
		world,
		db
	}) => {
		test.slow(); // three pages, each checked with axe
		const { partnership, partners, roundUrl, resultsUrl } = await closedRound(world, db);
		await world.logIn(page, partners[0]);
		await visit(page, resultsUrl);
		await expect(page.getByRole('img', { name: /Radar/ })).toBeVisible();
		await expectNothingSticksOut(page);
		await visit(page, roundUrl);
		await expect(page.getByText('Je hebt deze ronde al ingevuld.')).toBeVisible();
		await visit(page, `${partnership.url}/scan`);
		await expect(page.getByRole('link', { name: /^Invullen/ })).toHaveCount(0);
		await expect(page.getByText('Je hebt deze ronde ingevuld.')).toBeVisible();
	});
});

test('a partner answers once: a second answer (another tab, a replayed form) is refused', async ({
	page,
	world,
	db,
	baseURL
}) => {
	const { partners, roundUrl } = await scanTeam(world, db);
	await world.logIn(page, partners[1]);
	await page.goto(roundUrl);
	const names = await page
		.locator('form.answer input[type="radio"][value="2"]')
		.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name));
	await answerRest(page, '2');
	await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(page.getByText('Bedankt! Je antwoord is anoniem bewaard.')).toBeVisible();
	const again = await postForm(page.request, `${roundUrl}?/answer`, Object.fromEntries(names.map((n) => [n, '5'])), {
		origin: baseURL!
	});
	expect(again.status()).toBe(409);
	expect(await again.text()).toContain('Je hebt deze ronde al ingevuld.');
	await visit(page, roundUrl);
	await expect(page.getByText('Je hebt deze ronde al ingevuld.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Antwoorden versturen' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a partner answers with one “weet niet”', async ({ page, world, db }) => {
		test.slow(); // axe twice on the answer sheet, each time on a script-free copy in a helper browser
		const { partners, roundUrl } = await scanTeam(world, db);
		await world.logIn(page, partners[2]);
		await visit(page, roundUrl);
		await page
			.getByRole('group', { name: 'Ik hoor terug wat er met mijn signaal of vraag gebeurd is.' })
			.getByRole('radio', { name: 'Weet niet' })
			.check();
		await answerRest(page, '4');
		await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
		await expect(page.getByText('Bedankt! Je antwoord is anoniem bewaard.')).toBeVisible();
		await expectAxeClean(page);
	});
});

test('with two answers, the results page says one more is needed and shows no figures', async ({ page, world, db }) => {
	const team = await scanTeam(world, db);
	await threeAnswers(db, team, { count: 2 });
	await world.logIn(page, team.coordinator);
	await visit(page, team.resultsUrl);
	await expect(page.getByText('Nog 1 antwoord nodig.')).toBeVisible();
	await expect(page.getByRole('img', { name: /Radar/ })).toHaveCount(0);
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(page.getByText('hoor ik niets meer terug')).toHaveCount(0);
});

test('with three answers in an open round the figures wait for the close, and the coordinator closes it', async ({
	page,
	world,
	db
}) => {
	const team = await scanTeam(world, db);
	await threeAnswers(db, team);
	await world.logIn(page, team.coordinator);
	await visit(page, team.resultsUrl);
	await expect(page.getByText('Er zijn genoeg antwoorden.')).toBeVisible();
	await expect(page.getByRole('img', { name: /Radar/ })).toHaveCount(0);
	await page.getByRole('link', { name: 'Naar de ronde, om ze nu af te sluiten' }).click();
	await page.getByText('Ronde nu afsluiten', { exact: true }).click();
	await page.getByRole('button', { name: 'Ja, ronde afsluiten' }).click();
	await expect(page.getByText('De ronde is afgesloten. Niemand kan nog antwoorden.')).toBeVisible();
	await expectAxeClean(page);
});

test('a closed round with three answers shows the radar and a data table with the same figures', async ({
	page,
	world,
	db
}) => {
	const { coordinator, roundUrl } = await closedRound(world, db);
	await world.logIn(page, coordinator);
	await page.goto(roundUrl);
	await page.getByRole('link', { name: 'Resultaten' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Resultaten: ${TITLE}` })).toBeVisible();
	const radar = page.getByRole('img', { name: `Radar van de zes bouwstenen: ${TITLE}` });
	await expect(radar).toBeVisible();
	expect(await radar.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
	const figures = page.getByRole('table', { name: 'Gemiddelde per bouwsteen (1 tot 5)' });
	await expect(figures.getByRole('row')).toHaveCount(7);
	// Relatie: (3,4 + 2 + 4) / 3 = 3,1 (one 5 among the 3s); communicatie: (3 + 2 + 4) / 3 = 3,0 ("weet niet" left out).
	await expect(figures.getByRole('row', { name: /Relatie/ })).toContainText('3,1');
	await expect(figures.getByRole('row', { name: /Communicatie/ })).toContainText('3,0');
	await expect(page.getByText(COMMENT)).toBeVisible();
	await expect(page.getByText('Geen opsplitsing per sector in deze ronde.')).toBeVisible();
	await expect(page.getByText('Dit is de eerste ronde met resultaten.')).toBeVisible();
	// The weakest blocks link to their reflection questions in the knowledge base.
	const weakest = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { level: 2, name: 'Waar kunnen jullie aan werken?' }) });
	await expect(weakest.getByRole('link', { name: /^Reflectievragen bij deze bouwsteen/ })).toHaveCount(2);
	await expect(weakest.getByRole('link', { name: /^Reflectievragen bij deze bouwsteen/ }).first()).toHaveAttribute(
		'href',
		/^\/bouwstenen\/[a-z-]+#questions-title$/
	);
	await expectAxeClean(page);
});

test('an insight from the results becomes an agreement of the round', async ({ page, world, db }) => {
	const { coordinator, resultsUrl } = await closedRound(world, db);
	await world.logIn(page, coordinator);
	await page.goto(resultsUrl);
	await page
		.getByRole('textbox', { name: 'Wat spreken we af?' })
		.fill('Elke dienst stuurt na een doorverwijzing een korte status naar de school.');
	await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Elke dienst stuurt na een doorverwijzing een korte status naar de school.' })
	).toBeVisible();
	await expectAxeClean(page);
});

test('the partnership home shows the radar of the closed round as its compass, with the two weakest blocks', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await closedRound(world, db);
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	const compass = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { level: 2, name: 'Kompas: hoe staat onze samenwerking ervoor?' }) });
	await expect(compass.getByRole('img', { name: `Radar van de zes bouwstenen: ${TITLE}` })).toBeVisible();
	await expect(compass).toContainText('met 3 antwoorden');
	await expect(compass.getByRole('link', { name: 'Reflectievragen bij deze bouwsteen' })).toHaveCount(2);
	await expectAxeClean(page);
});
