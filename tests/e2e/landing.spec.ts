// The public landing page presents the product: what a partnership does in Brugwerk, the six
// building blocks with what each becomes in the app, and where to begin. Every link on it works;
// it reads on a phone and on a projector; a logged-in visitor is sent to their partnerships.

import { blocks } from '$lib/content/blocks';
import { expect, expectNothingSticksOut, test, visit } from './fixtures';

const CAPABILITIES = [
	'Een samenwerking starten',
	'Rolkaarten',
	'Casussen met RASCI',
	'Een waarschuwing bij persoonsgegevens',
	'De netwerkkaart',
	'Overleg en opvolging',
	'De anonieme samenwerkingsscan',
	'Live reflectie',
	'Signalen naar beleid',
	'Het leerlogboek',
	'De stem van kinderen en ouders',
	'Privacy van bij het begin',
	'In drie talen'
];

test('the landing page lists what you do in Brugwerk and the six building blocks, and every link works', async ({
	page
}) => {
	await visit(page, '/');
	const main = page.getByRole('main');
	const features = main
		.locator('section')
		.filter({ has: page.getByRole('heading', { level: 2, name: 'Wat je doet in Brugwerk' }) });
	await expect(features.getByRole('heading', { level: 3 })).toHaveText(CAPABILITIES);
	await expect(features).toContainText('code in plaats van een naam');

	const blockList = main
		.locator('section')
		.filter({ has: page.getByRole('heading', { level: 2, name: 'Zes bouwstenen, elk met een plek in Brugwerk' }) });
	const blockLinks = blockList.getByRole('listitem').getByRole('link');
	await expect(blockLinks).toHaveCount(blocks.length);
	for (const [i, b] of blocks.entries())
		await expect(blockLinks.nth(i)).toHaveAttribute('href', `/bouwstenen/${b.slug}`);

	// Every link in the content answers.
	const hrefs = new Set(await main.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
	expect(hrefs).toEqual(
		new Set(['/registreren', '/inloggen', '/bouwstenen', ...blocks.map((b) => `/bouwstenen/${b.slug}`)])
	);
	for (const href of hrefs) expect((await page.request.get(href)).status(), href).toBe(200);

	// The three calls to action, followed like a visitor.
	await main.getByRole('link', { name: 'Maak een account' }).click();
	await expect(page).toHaveURL('/registreren');
	await page.goBack();
	await main.getByRole('link', { name: 'Log in', exact: true }).click();
	await expect(page).toHaveURL('/inloggen');
	await page.goBack();
	await main.getByRole('link', { name: 'Lees de kennisbank' }).click();
	await expect(page).toHaveURL('/bouwstenen');
});

test('the landing page reads on a phone and fills a projector', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await visit(page, '/');
	await expectNothingSticksOut(page);
	await page.setViewportSize({ width: 1920, height: 1080 });
	await expectNothingSticksOut(page);
	const width = await page
		.getByRole('heading', { level: 1 })
		.evaluate((h1) => h1.closest('.container')!.getBoundingClientRect().width);
	expect(width).toBeGreaterThanOrEqual(1400);
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(
		true
	);
});

test('a logged-in visitor is sent on to their partnerships, not to make an account', async ({ page, world }) => {
	const user = await world.user();
	await world.logIn(page, user);
	await visit(page, '/');
	const main = page.getByRole('main');
	await expect(main.getByRole('link', { name: 'Naar mijn samenwerkingen' })).toHaveAttribute('href', '/s');
	await expect(main.getByRole('link', { name: 'Maak een account' })).toHaveCount(0);
});
