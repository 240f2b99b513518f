// Search in the knowledge base (/zoeken), as a visitor without an account. Without JavaScript: the
// search box of the list of blocks leads to the results, a hit opens its page at its anchor, the
// kind filter and the pages are links and a GET form. An empty result says so with tips; a query
// that is too long gets a message next to the field with the text kept; a word start finds whole
// words. The site's menu has "Zoeken", and a block page has its own search box. Axe on each page.

import type { Page } from '@playwright/test';
import { expect, expectAxeClean, test, visit } from './fixtures';

const searchForm = (page: Page) => page.getByRole('main').getByRole('search');
const hits = (page: Page) =>
	page
		.getByRole('main')
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 2 }) });

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a visitor searches the knowledge base without JavaScript and opens a hit', async ({ page }) => {
		await visit(page, '/bouwstenen');
		await searchForm(page).getByRole('searchbox', { name: 'Zoek in de kennisbank' }).fill('vertrouwen');
		await searchForm(page).getByRole('button', { name: 'Zoeken' }).click();
		await expect(page).toHaveURL('/zoeken?q=vertrouwen');
		await expect(page.getByRole('heading', { level: 1, name: 'Zoeken in de kennisbank' })).toBeVisible();
		await expect(page.getByRole('status')).toHaveText(/^\d+ resultaten? voor ‘vertrouwen’$/);
		await expect(page.getByRole('searchbox', { name: 'Waar zoek je naar?' })).toHaveValue('vertrouwen');
		// The matching words are marked in the snippets.
		await expect(page.locator('mark').first()).toHaveText(/^vertrouw/i);
		await expectAxeClean(page);

		const first = hits(page).first().getByRole('heading', { level: 2 }).getByRole('link');
		const title = (await first.textContent())!.trim();
		const href = (await first.getAttribute('href'))!;
		expect(href).toMatch(/^\/(bouwstenen|werkbladen|woordenlijst)/);
		await first.click();
		await expect(page).toHaveURL(href);
		const anchor = href.split('#')[1];
		if (anchor) await expect(page.locator(`[id="${anchor}"]`)).toBeVisible();
		await expect(page.getByRole('main')).toContainText(title);
	});

	test('the kind filter and the pages of the results are links and a form', async ({ page }) => {
		await visit(page, '/zoeken?q=ouders');
		await expect(page.getByRole('status')).toHaveText(/^\d+ resultaten voor ‘ouders’$/);
		const total = Number((await page.getByRole('status').textContent())!.match(/^\d+/)![0]);
		expect(total).toBeGreaterThan(10);
		await expect(hits(page)).toHaveCount(10);

		await page
			.getByRole('navigation', { name: 'Pagina’s met resultaten' })
			.getByRole('link', { name: 'Volgende' })
			.click();
		await expect(page).toHaveURL('/zoeken?q=ouders&pagina=2');
		await expect(page.getByRole('status')).toHaveText(`${total} resultaten voor ‘ouders’`);

		await page.getByRole('combobox', { name: 'Soort' }).selectOption({ label: 'Stap van een werkblad' });
		await searchForm(page).getByRole('button', { name: 'Zoeken' }).click();
		await expect(page).toHaveURL('/zoeken?q=ouders&soort=step');
		await expect(page.getByRole('combobox', { name: 'Soort' })).toHaveValue('step');
		const badges = await hits(page).locator('.badge').allTextContents();
		expect(badges.length).toBeGreaterThan(0);
		expect(new Set(badges.map((b) => b.trim()))).toEqual(new Set(['Stap van een werkblad']));
		await expectAxeClean(page);

		await page
			.getByRole('navigation', { name: 'Toon alleen één soort' })
			.getByRole('link', { name: `Alles (${total})` })
			.click();
		await expect(page).toHaveURL('/zoeken?q=ouders');
	});
});

test('a search without hits says so, with tips and examples', async ({ page }) => {
	await visit(page, '/zoeken?q=xyzzyqwerty');
	await expect(page.getByRole('heading', { level: 2, name: 'Niets gevonden voor ‘xyzzyqwerty’' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: 'Lees de zes bouwstenen' })).toBeVisible();
	await page.getByRole('main').getByRole('link', { name: 'beroepsgeheim' }).click();
	await expect(page).toHaveURL('/zoeken?q=beroepsgeheim');
	await expect(page.getByRole('status')).toHaveText(/resultaten? voor ‘beroepsgeheim’/);
});

test('a query that is too long gets a message next to the field, and the text stays', async ({ page }) => {
	const long = 'samenwerking met ouders '.repeat(6).trim();
	expect(long.length).toBeGreaterThan(100);
	await visit(page, `/zoeken?q=${encodeURIComponent(long)}`);
	const field = page.getByRole('searchbox', { name: 'Waar zoek je naar?' });
	await expect(field).toHaveValue(long);
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(/Gebruik hoogstens 100 tekens/);
	await expect(page.getByRole('status')).toHaveCount(0);
});

test('the start of a word finds whole words', async ({ page }) => {
	await visit(page, '/zoeken?q=woordenl');
	await expect(page.getByText('Geen tekst met precies deze woorden.')).toBeVisible();
	await expect(hits(page).first()).toContainText(/woordenlijst/i);
});

test('the site menu leads to the search, and a block page has a search box', async ({ page }) => {
	await visit(page, '/bouwstenen/relatie');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Zoeken' }).click();
	await expect(page).toHaveURL('/zoeken');
	await expect(page.getByRole('heading', { level: 1, name: 'Zoeken in de kennisbank' })).toBeVisible();
	await expectAxeClean(page);

	await visit(page, '/bouwstenen/relatie');
	await page.getByRole('searchbox', { name: 'Zoek in de kennisbank' }).fill('afspraken');
	await page.getByRole('searchbox', { name: 'Zoek in de kennisbank' }).press('Enter');
	await expect(page).toHaveURL('/zoeken?q=afspraken');
	await expect(page.getByRole('status')).toHaveText(/resultaten? voor ‘afspraken’/);
});
