// The phone is first-class (390×844, and 320 wide for the case's contents). The site's menu and the
// partnership's menu are one closed "Menu" at the top, so the page's own heading is near the top;
// opened, it shows both groups of links under their headings, the current page marked, reachable
// with the keyboard, and Escape closes it; without JavaScript it opens too; print hides it; a wide
// screen keeps both menus as they were. A partner who follows the reflection QR code, logged out,
// logs in and finds the answer box on the first screen. The case's contents never overlap their
// numbers. Geometry is compared, never pixels.

import type { BrowserContextOptions, Page } from '@playwright/test';
import { makeCase, makeMoment } from '../factories';
import { expect, expectAxeClean, expectNothingSticksOut, openMenu, test, visit } from './fixtures';

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
test.use(PHONE);

/** The one disclosure at the top of a page on a phone. */
const menuToggle = (page: Page) => page.getByRole('banner').locator('summary', { hasText: 'Menu' });
const menu = (page: Page) =>
	page
		.getByRole('banner')
		.locator('details')
		.filter({ has: page.locator('summary', { hasText: 'Menu' }) });
const partnershipNav = (page: Page) => page.getByRole('navigation', { name: 'Menu van de samenwerking' });
const siteNav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** The top of the page's h1, in pixels from the top of the page. */
async function headingTop(page: Page): Promise<number> {
	const box = await page.getByRole('heading', { level: 1 }).boundingBox();
	expect(box).not.toBeNull();
	return box!.y;
}

/** The accessible text of the element that has the focus. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test('on a phone both menus are one closed “Menu”, and every page’s heading is near the top', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	for (const path of [
		partnership.url,
		`${partnership.url}/casussen`,
		`${partnership.url}/afspraken/mijn`,
		'/s',
		'/account',
		'/account/sessies'
	]) {
		await visit(page, path);
		await expect(menuToggle(page)).toHaveCount(1);
		await expect(menuToggle(page)).toBeVisible();
		await expect(menu(page)).not.toHaveAttribute('open');
		// Neither menu shows a link until the disclosure is opened.
		await expect(partnershipNav(page)).toHaveCount(0);
		await expect(siteNav(page)).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: /^Onderdelen van / })).toHaveCount(0);
		await expect(page.getByRole('navigation', { name: 'Mijn account: onderdelen' })).toHaveCount(0);
		expect(await headingTop(page), `the heading's top on ${path}`).toBeLessThanOrEqual(120);
		await expectNothingSticksOut(page);
	}
	// On the account pages their own links are a group in the menu, the current one marked.
	await visit(page, '/account/sessies');
	await menuToggle(page).click();
	const accountNav = page.getByRole('navigation', { name: 'Mijn account: onderdelen' });
	await expect(accountNav.getByRole('link', { name: 'Tweede stap bij inloggen' })).toBeVisible();
	await expect(accountNav.locator('a[aria-current="page"]')).toHaveAttribute('href', '/account/sessies');
	// The journeys' way through the partnership's menu works on a phone too.
	await visit(page, partnership.url);
	await openMenu(page, 'Evalueren', 'Reflectiemomenten');
	await expect(page.getByRole('heading', { level: 1, name: 'Reflectiemomenten' })).toBeVisible();
	expect(await headingTop(page)).toBeLessThanOrEqual(120);
});

test('opened, “Menu” shows the partnership’s and the site’s links under their headings, the current page marked, reachable with the keyboard; Escape closes it', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await page.goto(`${partnership.url}/afspraken`);
	await menuToggle(page).focus();
	await page.keyboard.press('Enter');
	await expect(menu(page)).toHaveAttribute('open');
	await expect(page.getByRole('banner').getByRole('heading', { level: 2, name: partnership.name })).toBeVisible();
	await expect(page.getByRole('banner').getByRole('heading', { level: 2, name: 'Algemeen' })).toBeVisible();
	const own = partnershipNav(page);
	await expect(own.getByRole('link', { name: 'Casussen', exact: true })).toBeVisible();
	await expect(own.getByRole('link', { name: 'Netwerkkaart', exact: true })).toBeVisible();
	await expect(own.getByRole('link', { name: 'Alle afspraken', exact: true })).toHaveAttribute('aria-current', 'page');
	await expect(own.getByRole('link', { name: 'Casussen', exact: true })).not.toHaveAttribute('aria-current');
	await expect(siteNav(page).getByRole('link', { name: 'Mijn account' })).toBeVisible();
	await expect(siteNav(page).getByRole('button', { name: 'Uitloggen' })).toBeVisible();
	await expect(page.getByRole('banner').getByRole('combobox', { name: 'Taal' })).toBeVisible();
	await expectAxeClean(page);

	// With Tab from the toggle: the partnership's links, then the site's.
	const reached: string[] = [];
	for (let i = 0; i < 40 && !reached.includes('Mijn account'); i++) {
		await page.keyboard.press('Tab');
		reached.push(await focused(page));
	}
	expect(reached).toContain('Casussen');
	expect(reached).toContain('Alle afspraken');
	expect(reached).toContain('Mijn account');
	expect(reached.indexOf('Casussen')).toBeLessThan(reached.indexOf('Mijn account'));

	// Escape closes it and gives the focus back to the toggle.
	await page.keyboard.press('Escape');
	await expect(menu(page)).not.toHaveAttribute('open');
	await expect(menuToggle(page)).toBeFocused();

	// A link opens its page; the menu is closed there.
	await page.keyboard.press('Enter');
	await own.getByRole('link', { name: 'Casussen', exact: true }).click();
	await expect(page).toHaveURL(`${partnership.url}/casussen`);
	await expect(page.getByRole('heading', { level: 1, name: 'Casussen' })).toBeVisible();
	await expect(menu(page)).not.toHaveAttribute('open');
});

test('on a wide screen both menus stay as they were, without “Menu”; on paper neither shows', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await page.setViewportSize({ width: 1280, height: 800 });
	await visit(page, `${partnership.url}/casussen`);
	await expect(menuToggle(page)).toBeHidden();
	await expect(partnershipNav(page).getByRole('link', { name: 'Casussen', exact: true })).toBeVisible();
	await expect(siteNav(page).getByRole('link', { name: 'Mijn account' })).toBeVisible();

	await page.setViewportSize(PHONE.viewport!);
	await expect(menuToggle(page)).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(menuToggle(page)).toBeHidden();
	await expect(partnershipNav(page)).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('“Menu” opens and its links work', async ({ page, world }) => {
		const { partnership, coordinator } = await world.partnership();
		await world.logIn(page, coordinator);
		await page.goto(`${partnership.url}/casussen`);
		expect(await headingTop(page)).toBeLessThanOrEqual(120);
		await menuToggle(page).click();
		await expect(menu(page)).toHaveAttribute('open');
		await expect(siteNav(page).getByRole('link', { name: 'Mijn samenwerkingen' })).toBeVisible();
		await partnershipNav(page).getByRole('link', { name: 'Partners', exact: true }).click();
		await expect(page).toHaveURL(`${partnership.url}/leden`);
		await expect(menu(page)).not.toHaveAttribute('open');
	});
});

test('a partner who is logged out follows the reflection QR code, logs in and finds the answer box on the first screen', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	const partner = await world.member(partnership, { name: 'Lies Partner' });
	const moment = await makeMoment(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		block: 'communicatie',
		questions: ['0', '6'],
		title: 'Hoe praten we met ouders?',
		allowAnonymous: '1'
	});
	await page.goto(`/r/${moment.code}`);
	await expect(page).toHaveURL(/\/inloggen\?next=/);
	expect(await headingTop(page)).toBeLessThanOrEqual(120);
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(partner.email);
	await page.getByLabel('Wachtwoord').fill(partner.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(`${partnership.url}/reflectie/${moment.id}/meedoen`);
	const answer = page.getByRole('form', { name: 'Vraag 1' }).getByRole('textbox');
	await expect(answer).toBeVisible();
	const box = await answer.boundingBox();
	expect(box!.y, 'the top of the first answer box').toBeLessThan(400);
	await expect(answer).toBeInViewport();
	// The explanation is still there, after the questions.
	await expect(page.getByText(/Schrijf geen namen van kinderen of gezinnen/)).toBeVisible();
	await expectNothingSticksOut(page);
	await expectAxeClean(page);
});

for (const width of [320, 390]) {
	test(`the case’s contents never overlap their numbers at ${width} px wide`, async ({ page, world, db }) => {
		const { partnership, coordinator } = await world.partnership();
		const made = await makeCase(db, { partnershipId: partnership.id, userId: coordinator.id });
		await world.logIn(page, coordinator);
		await page.setViewportSize({ width, height: 844 });
		await visit(page, `${partnership.url}/casussen/${made.id}`);
		const toc = page.getByRole('navigation', { name: 'Delen van de casus' });
		await expect(toc.getByRole('listitem')).toHaveCount(8);
		const items = await toc.getByRole('listitem').evaluateAll((lis) =>
			lis.map((li) => {
				const box = li.getBoundingClientRect();
				const link = li.querySelector('a')!;
				const first = link.getClientRects()[0]!;
				const list = li.parentElement!.getBoundingClientRect();
				return { box, first: { left: first.left, top: first.top }, listLeft: list.left, text: link.textContent };
			})
		);
		for (const [i, item] of items.entries()) {
			// The number sits inside the item's own box, before its text, and the box stays in the list.
			expect(item.first.left - item.box.left, `room for the number of “${item.text}”`).toBeGreaterThanOrEqual(12);
			expect(item.box.left, `“${item.text}” inside the list`).toBeGreaterThanOrEqual(item.listLeft - 0.5);
			expect(item.box.right, `“${item.text}” inside the screen`).toBeLessThanOrEqual(width);
			// No two items' boxes overlap.
			for (const other of items.slice(i + 1)) {
				const apart =
					other.box.left >= item.box.right - 0.5 ||
					other.box.right <= item.box.left + 0.5 ||
					other.box.top >= item.box.bottom - 0.5 ||
					other.box.bottom <= item.box.top + 0.5;
				expect(apart, `“${item.text}” and “${other.text}” apart`).toBe(true);
			}
		}
		await expectNothingSticksOut(page);
	});
}
