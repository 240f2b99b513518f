// The shared glossary, the journey of the method "communicatie": two members build a term (one adds
// it, the other adds their sector's meaning, and both show as contributors); the same word again is
// refused next to the field with a link; the list searches without JavaScript and filters by
// sector; a starter term is adopted in one click; a stale meaning gets a conflict; the public
// glossary has an anchor per term and is linked from the knowledge base.

import type { Locator, Page } from '@playwright/test';
import { createTerm } from '$lib/domain/glossary/glossary.server';
import { expect, expectAxeClean, test, visit } from './fixtures';

/** Opens the `<details>` whose summary reads `summary`, unless it is open already. */
async function openDetails(page: Page, summary: string): Promise<Locator> {
	const details = page.locator('details').filter({ has: page.getByText(summary, { exact: true }) });
	if ((await details.getAttribute('open')) === null) await page.getByText(summary, { exact: true }).click();
	await expect(details).toHaveAttribute('open', '');
	return details;
}

test("two members build a term: one adds it, the other adds their sector's meaning; both show as contributors", async ({
	page,
	world
}) => {
	const coordinator = await world.user({ name: 'Sara School' });
	const { partnership } = await world.partnership({ coordinator });
	const partner = await world.member(partnership, {
		name: 'Tom Welzijn',
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	await world.logIn(page, coordinator);

	// The coordinator adds the word from the glossary page.
	await visit(page, `${partnership.url}/woordenlijst`);
	await expect(page.getByRole('heading', { level: 1, name: 'Woordenlijst' })).toBeVisible();
	await expect(page.getByText('Er staan nog geen woorden in jullie woordenlijst.')).toBeVisible();
	await page.getByRole('textbox', { name: 'Woord', exact: true }).fill('Brugfiguur');
	await page
		.getByRole('textbox', { name: 'In gewone woorden' })
		.fill('Iemand op school bij wie je als ouder terecht kunt met vragen.');
	await page.getByRole('button', { name: 'Toevoegen aan de woordenlijst' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Brugfiguur' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Het woord staat in de woordenlijst.' })).toBeVisible();
	await expectAxeClean(page);

	// …and what it means at school.
	const school = await openDetails(page, 'Betekenis voor Onderwijs toevoegen');
	await school
		.getByRole('textbox', { name: 'Wat het betekent in Onderwijs' })
		.fill('Een medewerker die het contact tussen school en gezin makkelijker maakt.');
	await school.getByRole('button', { name: 'Bewaar de betekenis voor Onderwijs' }).click();
	await expect(
		page.getByText('Een medewerker die het contact tussen school en gezin makkelijker maakt.').first()
	).toBeVisible();
	await expect(page.getByText('Meegeschreven door: Sara School')).toBeVisible();
	const termUrl = new URL(page.url()).pathname;

	// The partner from the CAW adds the meaning in welfare, at another computer.
	const other = await world.pageFor(partner);
	await visit(other, `${partnership.url}/woordenlijst`);
	await other.getByRole('link', { name: 'Brugfiguur' }).click();
	await expect(other.getByRole('heading', { level: 1, name: 'Brugfiguur' })).toBeVisible();
	await expect(other.getByRole('region', { name: 'In gewone woorden' })).toContainText(
		'Iemand op school bij wie je als ouder terecht kunt met vragen.'
	);
	const welfare = await openDetails(other, 'Betekenis voor Welzijn toevoegen');
	await welfare
		.getByRole('textbox', { name: 'Wat het betekent in Welzijn' })
		.fill('Iemand die ouders de weg wijst naar hulp buiten de school.');
	await welfare.getByRole('button', { name: 'Bewaar de betekenis voor Welzijn' }).click();
	await expect(other.getByText('Meegeschreven door: Sara School, Tom Welzijn')).toBeVisible();
	await expectAxeClean(other);

	// The coordinator sees both meanings, both contributors and three versions in the history.
	await visit(page, termUrl);
	await expect(page.getByText('Iemand die ouders de weg wijst naar hulp buiten de school.').first()).toBeVisible();
	await expect(page.getByText('Meegeschreven door: Sara School, Tom Welzijn')).toBeVisible();
	const history = page.getByRole('region', { name: 'Geschiedenis' });
	await expect(history.getByRole('listitem')).toHaveCount(3);

	// The list shows the term with both meanings.
	await visit(page, `${partnership.url}/woordenlijst`);
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Brugfiguur' }) });
	await expect(card).toContainText('Onderwijs');
	await expect(card).toContainText('Welzijn');
});

test('the same word again is refused next to the field, with a link to the word', async ({ page, world, db }) => {
	const { partnership, coordinator } = await world.partnership();
	const made = await createTerm(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		input: { term: 'Casusoverleg', plainWords: '' }
	});
	if (!made.ok) throw new Error('setup refused');
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/woordenlijst`);
	await page.getByRole('textbox', { name: 'Woord', exact: true }).fill('  casusOVERLEG ');
	await page.getByRole('textbox', { name: 'In gewone woorden' }).fill('Een gesprek over je kind.');
	await page.getByRole('button', { name: 'Toevoegen aan de woordenlijst' }).click();
	const field = page.getByRole('textbox', { name: 'Woord', exact: true });
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Dit woord staat al in de woordenlijst.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'In gewone woorden' })).toHaveValue('Een gesprek over je kind.');
	await expectAxeClean(page);
	await page.getByRole('link', { name: 'Open ‘Casusoverleg’' }).click();
	await expect(page).toHaveURL(`${partnership.url}/woordenlijst/${made.id}`);
});

test('the list searches without JavaScript and filters by sector; a starter term is adopted in one click', async ({
	newContext,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	for (const [term, plainWords] of [
		['Huisbezoek', 'Iemand komt bij je thuis.'],
		['Aanmelding', 'De eerste stap om hulp te vragen.']
	])
		await createTerm(db, {
			partnershipId: partnership.id,
			userId: coordinator.id,
			input: { term, plainWords },
			meanings: term === 'Huisbezoek' ? { welfare: 'Een gesprek thuis, altijd vrijwillig.' } : {}
		});
	const context = await newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await world.logIn(context, coordinator);
	await page.goto(`${partnership.url}/woordenlijst`);
	const terms = page.locator('.terms').getByRole('heading', { level: 3 });
	await expect(terms).toHaveText(['Aanmelding', 'Huisbezoek']);

	await page.getByRole('searchbox', { name: 'Zoek een woord' }).fill('vrijwillig');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page).toHaveURL(/q=vrijwillig/);
	await expect(terms).toHaveText(['Huisbezoek']);
	await page.getByRole('link', { name: 'Alles tonen' }).click();
	await page.getByRole('combobox', { name: 'Met een betekenis in' }).selectOption({ label: 'Onderwijs' });
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page.getByText('Geen woorden gevonden.')).toBeVisible();

	// One click takes over a term of the general glossary, with its meanings.
	await page.goto(`${partnership.url}/woordenlijst`);
	const starters = page.getByRole('region', { name: 'Uit de algemene woordenlijst' });
	await starters.getByRole('button', { name: 'Neem ‘CLB’ over' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'CLB' })).toBeVisible();
	await expect(page.getByText('Overgenomen uit de algemene woordenlijst.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'In gewone woorden' })).toContainText(
		'Een dienst die naast de school staat.'
	);
	await page.goto(`${partnership.url}/woordenlijst`);
	await expect(terms).toHaveText(['Aanmelding', 'CLB', 'Huisbezoek']);
	await expect(starters.getByRole('button', { name: 'Neem ‘CLB’ over' })).toHaveCount(0);
	await context.close();
});

test('a second tab that still shows the old meaning of a sector gets a conflict and keeps its text', async ({
	page,
	world,
	db,
	context
}) => {
	const { partnership, coordinator } = await world.partnership();
	const made = await createTerm(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		input: { term: 'Spijbelen', plainWords: 'Niet naar school gaan zonder goede reden.' },
		meanings: { education: 'Afwezig zonder geldige reden.' }
	});
	if (!made.ok) throw new Error('setup refused');
	const url = `${partnership.url}/woordenlijst/${made.id}`;
	await world.logIn(page, coordinator);
	await visit(page, url);
	const stale = await context.newPage();
	await visit(stale, url);

	const fresh = await openDetails(page, 'Betekenis voor Onderwijs aanpassen');
	await fresh
		.getByRole('textbox', { name: 'Wat het betekent in Onderwijs' })
		.fill('Een signaal dat de school opvolgt met het CLB.');
	await fresh.getByRole('button', { name: 'Bewaar de betekenis voor Onderwijs' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();

	const old = await openDetails(stale, 'Betekenis voor Onderwijs aanpassen');
	await old.getByRole('textbox', { name: 'Wat het betekent in Onderwijs' }).fill('Mijn eigen versie.');
	await old.getByRole('button', { name: 'Bewaar de betekenis voor Onderwijs' }).click();
	const conflict = stale
		.getByRole('alert')
		.filter({ hasText: 'Iemand anders heeft deze betekenis intussen aangepast' });
	await expect(conflict).toContainText('Een signaal dat de school opvolgt met het CLB.');
	await expect(old.getByRole('textbox', { name: 'Wat het betekent in Onderwijs' })).toHaveValue('Mijn eigen versie.');
	await expectAxeClean(stale);
});

test('the public glossary lists every term with an anchor, linked from the knowledge base', async ({ page }) => {
	await visit(page, '/bouwstenen');
	await page.getByRole('link', { name: 'Woordenlijst', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Woordenlijst' })).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('navigation', { name: 'Woorden in deze lijst' }).getByRole('link', { name: 'OCMW' }).click();
	await expect(page).toHaveURL(/\/woordenlijst#ocmw$/);
	await expect(page.locator('#ocmw')).toHaveText('OCMW');
	await visit(page, '/bouwstenen/communicatie');
	await expect(page.getByRole('link', { name: 'Woordenlijst', exact: true })).toHaveAttribute('href', '/woordenlijst');
});
