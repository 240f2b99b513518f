// The methods' worksheets: anyone finds the six worksheets at /werkbladen and prints one blank; a
// team fills in a step of "gemeenschappelijk doel" and goes on to its goal page (that method's
// journey); a second member sees the first one's answer, and both saving at once is a conflict
// that shows both; a step runs as a live reflection moment with its own questions; observers read.

import type { Page } from '@playwright/test';
import { makeMethodAnswer } from '../factories';
import { expect, expectAxeClean, openMenu, test, visit } from './fixtures';

const METHOD = 'gemeenschappelijk-doel';

/** The section of one step on the worksheet page. */
const stepSection = (page: Page, slug: string) => page.locator(`section#stap-${slug}`);

test('anyone finds the six worksheets by block and prints one blank, with room to write', async ({ page }) => {
	await visit(page, '/bouwstenen/communicatie');
	await page.getByRole('link', { name: 'Alle werkbladen' }).click();
	await expect(page).toHaveURL('/werkbladen');
	await expect(page.getByRole('heading', { level: 1, name: 'Werkbladen' })).toBeVisible();
	for (const block of ['Werken aan relatie', 'Werken aan communicatie'])
		await expect(page.getByRole('heading', { level: 2, name: new RegExp(block) })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(6);
	await expect(page.getByText('Met deze methode kiezen jullie samen een doel.')).toBeVisible();
	await expect(page.getByText('6 stappen').first()).toBeVisible();
	await expectAxeClean(page);

	await page.getByRole('link', { name: 'Samen een doel kiezen in zes stappen' }).click();
	await expect(page).toHaveURL(`/werkbladen/${METHOD}`);
	await expect(page.getByRole('main').locator('form, input, textarea, select')).toHaveCount(0);
	await expectAxeClean(page);
	await page.emulateMedia({ media: 'print' });
	// On paper: every field's label with room to write; no buttons, no menu.
	await expect(page.getByText('Mijn opdracht en mijn kader')).toBeVisible();
	await expect(page.locator('.write-space').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(page.getByText('Wat jullie afspreken').first()).toBeVisible();
});

test('a team fills a step of the gemeenschappelijk-doel worksheet and continues to the goal page', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	await openMenu(page, 'Werkbladen', 'Werkbladen');
	await expect(page).toHaveURL(`${partnership.url}/werkbladen`);
	await expect(page.getByText('0 van 6 stappen ingevuld').first()).toBeVisible();
	await expectAxeClean(page);

	await page.getByRole('link', { name: 'Samen een doel kiezen in zes stappen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Samen een doel kiezen in zes stappen' })).toBeVisible();
	const first = stepSection(page, 'elkaars-kader');
	await first
		.getByRole('textbox', { name: 'Mijn opdracht en mijn kader' })
		.fill('Wij volgen leerlingen op in de klas.');
	await first
		.getByRole('textbox', { name: 'Hier willen we al hetzelfde' })
		.fill('Een gezin vertelt zijn verhaal maar één keer.');
	await first.getByRole('button', { name: /Stap bewaren/ }).click();
	await expect(first.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
	await expect(first.getByText(/versie 1/)).toBeVisible();
	await expect(first.getByText('Schreven mee: Sofie Coördinator')).toBeVisible();
	await expectAxeClean(page);

	// A step without fields of its own gets a notes field; the SMART step leads to the goal page.
	const smart = stepSection(page, 'smart-maken');
	await smart
		.getByRole('textbox', { name: 'Wat jullie afspreken' })
		.first()
		.fill('We maken het doel klein genoeg om het in een jaar te halen.');
	await smart.getByRole('button', { name: /Stap bewaren/ }).click();
	await expect(smart.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

	// An agreement made in the step, with the worksheet as its origin.
	await first.getByText('Afspraak maken').click();
	await first
		.getByRole('textbox', { name: 'Wat spreken we af?' })
		.fill('Elke partner schrijft zijn kader op één blad.');
	await first.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(first.getByRole('link', { name: 'Elke partner schrijft zijn kader op één blad.' })).toBeVisible();

	// The filled worksheet on paper: the answers as text, no form controls.
	await page.emulateMedia({ media: 'print' });
	await expect(first.locator('.answers').getByText('Wij volgen leerlingen op in de klas.')).toBeVisible();
	await expect(page.locator('textarea:visible, input:visible, button:visible')).toHaveCount(0);
	await expect(page.getByText(/Vertrouwelijk — beroepsgeheim; afgedrukt door Sofie Coördinator/)).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	const last = stepSection(page, 'samen-terugkijken');
	await last.getByRole('link', { name: 'Doel' }).click();
	await expect(page).toHaveURL(`${partnership.url}/doel`);
	await visit(page, `${partnership.url}/werkbladen`);
	await expect(page.getByText('2 van 6 stappen ingevuld')).toBeVisible();
	await expect(page.getByText(/laatst gewijzigd op .* door Sofie Coördinator/).first()).toBeVisible();
});

test("a second member sees the first one's answer and a conflict when both save", async ({ page, world, db }) => {
	const { partnership, coordinator } = await world.partnership();
	const partner = await world.member(partnership, { name: 'Jan Partner' });
	await world.logIn(page, coordinator);
	const other = await world.pageFor(partner);
	await makeMethodAnswer(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		method: METHOD,
		step: 'elkaars-kader',
		answers: { frameOwn: 'De school volgt leerlingen op.' }
	});

	// Both open the step; the partner sees what the coordinator wrote.
	await visit(page, `${partnership.url}/werkbladen/${METHOD}`);
	await visit(other, `${partnership.url}/werkbladen/${METHOD}`);
	const theirs = stepSection(other, 'elkaars-kader');
	await expect(theirs.getByRole('textbox', { name: 'Mijn opdracht en mijn kader' })).toHaveValue(
		'De school volgt leerlingen op.'
	);

	const mine = stepSection(page, 'elkaars-kader');
	await mine.getByRole('textbox', { name: 'Hier kijken we anders' }).fill('De school werkt per schooljaar.');
	await mine.getByRole('button', { name: /Stap bewaren/ }).click();
	await expect(mine.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

	const text = 'Het CAW werkt met een wachtlijst.';
	await theirs.getByRole('textbox', { name: 'Hier kijken we anders' }).fill(text);
	await theirs.getByRole('button', { name: /Stap bewaren/ }).click();
	const conflict = theirs.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit deel intussen opgeslagen' });
	await expect(conflict).toBeVisible();
	await expect(conflict).toContainText('De school werkt per schooljaar.');
	await expect(conflict).toContainText(text);
	await expect(conflict).toContainText('Bewaard door Sofie Coördinator');
	await expect(theirs.getByRole('textbox', { name: 'Hier kijken we anders' })).toHaveValue(text);
	await expectAxeClean(other);

	// Saving again after reading both wins; the history holds three versions by two people.
	await theirs.getByRole('button', { name: /Stap bewaren/ }).click();
	await expect(theirs.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
	await expect(theirs.getByText('Schreven mee: Sofie Coördinator, Jan Partner')).toBeVisible();
	await theirs.getByText('Geschiedenis (3 versies)').click();
	await expect(theirs.locator('.record-history li')).toHaveCount(3);
});

test('a step runs as a live reflection moment with its questions', async ({ page, world }) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/werkbladen/communicatie`);
	const step = stepSection(page, 'gedeelde-woordenlijst');
	await step.getByRole('button', { name: /Bespreek live/ }).click();
	await expect(page).toHaveURL(new RegExp(`${partnership.url}/reflectie/[0-9a-f-]{36}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/woordenlijst/i);
	await expect(page.getByRole('heading', { level: 3, name: /Vraag 1/ })).toBeVisible();
	const questions = await page.locator('.question-text').allTextContents();
	expect(questions.length).toBeGreaterThan(3);
	await expectAxeClean(page);
	await page.getByRole('link', { name: /Terug naar stap 2 van het werkblad/ }).click();
	await expect(page).toHaveURL(`${partnership.url}/werkbladen/communicatie#stap-gedeelde-woordenlijst`);
});

test('an observer reads the answers without a form, and an unknown method is not found', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	const observer = await world.member(partnership, { role: 'observer', name: 'Wim Waarnemer' });
	await makeMethodAnswer(db, { partnershipId: partnership.id, userId: coordinator.id, method: 'communicatie' });
	await world.logIn(page, observer);
	await visit(page, `${partnership.url}/werkbladen/communicatie`);
	const step = stepSection(page, 'wie-moet-wat-weten');
	await expect(step.locator('.answers').getByText(/De klasleerkracht weet wat het kind nodig heeft/)).toBeVisible();
	await expect(page.locator('textarea')).toHaveCount(0);
	await expect(page.getByRole('button', { name: /Stap bewaren|Bespreek live/ })).toHaveCount(0);
	await expectAxeClean(page);
	const response = await page.goto(`${partnership.url}/werkbladen/bestaat-niet`);
	expect(response?.status()).toBe(404);
});
