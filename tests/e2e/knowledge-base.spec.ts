// The public knowledge base, without an account, one page a reader opens per test: the home page
// leads to the six building blocks; the list of blocks leads to each block's page; every block has
// insights, an inspiration example and reflection questions that end with the two recurring ones
// (one test per block); the worksheet of the method "relatie" shows its three steps; every other
// block page links to its own worksheet, which shows all its steps (one test per method); a block page
// and a worksheet print without header, navigation and buttons; an unknown block is a 404.

import { blocks, getBlock } from '$lib/content/blocks';
import { methods } from '$lib/content/methods';
import { expect, expectAxeClean, test, visit } from './fixtures';

test('the home page leads to the six building blocks', async ({ page }) => {
	await visit(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.getByRole('link', { name: 'Lees over de zes bouwstenen' }).click();
	await expect(page).toHaveURL('/bouwstenen');
	await expect(page.getByRole('heading', { level: 1, name: 'De zes bouwstenen' })).toBeVisible();
	await expectAxeClean(page);
});

test('the list of building blocks links to six different pages, the first one followed like a reader', async ({
	page
}) => {
	await visit(page, '/bouwstenen');
	const links = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 }).getByRole('link');
	await expect(links).toHaveCount(6);
	const listed = await Promise.all(
		(await links.all()).map(async (link) => ({
			title: (await link.textContent())!.trim(),
			href: (await link.getAttribute('href'))!
		}))
	);
	expect(new Set(listed.map((b) => b.href)).size).toBe(6);
	// The pages checked one by one below are the ones listed here.
	expect(listed).toEqual(blocks.map((b) => ({ title: b.title, href: `/bouwstenen/${b.slug}` })));
	const first = listed[0]!;
	await page.getByRole('link', { name: first.title, exact: true }).click();
	await expect(page).toHaveURL(first.href);
	await expect(page.getByRole('main').getByRole('heading', { level: 1, name: first.title })).toBeVisible();
});

for (const block of blocks) {
	test(`building block ${block.number} (${block.slug}) has insights, an inspiration and reflection questions ending with the recurring ones`, async ({
		page
	}) => {
		await visit(page, `/bouwstenen/${block.slug}`);
		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 1, name: block.title })).toBeVisible();

		await expect(main.getByRole('heading', { level: 2, name: 'Inzichten' })).toBeVisible();
		// Each insight is a titled section (h3) below "Inzichten"; at least three.
		expect(await main.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(3);

		const inspiration = main.getByRole('complementary');
		await expect(inspiration).toContainText('Inspiratie');
		await expect(inspiration.getByRole('heading', { level: 2 })).toBeVisible();
		expect((await inspiration.textContent())!.length).toBeGreaterThan(150);

		const questions = main.getByRole('region', { name: 'Vragen om samen over na te denken' }).getByRole('listitem');
		const texts = (await questions.allTextContents()).map((t) => t.trim());
		expect(texts.length).toBeGreaterThanOrEqual(5);
		expect(texts.at(-2)).toContain('stem van kinderen en ouders');
		expect(texts.at(-1)).toMatch(/^Welke andere bouwstenen kunnen .+ versterken\?$/);
	});
}

test('the worksheet of the method "relatie" shows its three steps', async ({ page }) => {
	await visit(page, '/bouwstenen/relatie');
	await page.getByRole('main').getByRole('link', { name: 'Werken aan relatie in drie stappen' }).click();
	await expect(page).toHaveURL('/werkbladen/relatie');
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1, name: 'Werken aan relatie in drie stappen' })).toBeVisible();
	await expect(main.getByRole('heading', { level: 2, name: /^Stap \d: / })).toHaveCount(3);
	await expect(main.getByRole('heading', { level: 2, name: 'Stap 1: Mijn rol en aanbod' })).toBeVisible();
	await expect(main.getByRole('heading', { level: 3, name: 'Wat doe je in deze stap?' })).toHaveCount(3);
	await expect(main.getByText('Doel:')).toHaveCount(3);
	await expectAxeClean(page);
});

for (const method of methods.filter((x) => x.slug !== 'relatie')) {
	test(`the block page ${method.block} leads to its worksheet "${method.slug}" with all its steps`, async ({
		page
	}) => {
		await visit(page, `/bouwstenen/${method.block}`);
		await page.getByRole('main').getByRole('link', { name: method.title, exact: true }).click();
		await expect(page).toHaveURL(`/werkbladen/${method.slug}`);
		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 1, name: method.title })).toBeVisible();
		await expect(main.getByRole('link', { name: getBlock(method.block)!.title })).toBeVisible();
		await expect(main.getByRole('heading', { level: 2, name: /^Stap \d: / })).toHaveCount(method.steps.length);
		await expect(main.getByRole('heading', { level: 2, name: `Stap 1: ${method.steps[0]!.title}` })).toBeVisible();
		await expect(main.getByText('Doel:')).toHaveCount(method.steps.length);
		await expectAxeClean(page);
	});
}

for (const path of ['/bouwstenen/relatie', '/werkbladen/relatie']) {
	test(`printing ${path} hides the site header, navigation and buttons`, async ({ page }) => {
		await visit(page, path);
		await expect(page.locator('header.site-header')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.site-header')).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});
}

test('an unknown building block is a 404', async ({ page }) => {
	const response = await page.goto('/bouwstenen/bestaat-niet');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
	await expectAxeClean(page);
});
