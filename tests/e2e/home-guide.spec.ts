// The home guides a new partnership and fills a projector. A coordinator alone is sent to invite
// partners first, with that as the page's one primary button, and no word that the voice of
// children and parents is heard; with three partners and no scan yet, the next step is the scan.
// On a 1920×1080 projector the home and the scan results use the width, with a large radar whose
// labels read from the back of the room; at 1280 px the compass table under the radar fits.

import type { Page } from '@playwright/test';
import type { Db } from '$lib/server/db/client';
import { closeScanRound } from '$lib/domain/scan/scan.server';
import { answerScanRound, makeCase, makeGoal, makeRoleCard, makeScanRound } from '../factories';
import { expect, expectNothingSticksOut, test, visit, type World } from './fixtures';

const PROJECTOR = { width: 1920, height: 1080 };
const LAPTOP = { width: 1280, height: 800 };

const card = (page: Page, name: string) =>
	page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
/** The buttons of the page's content that are not secondary: there must be one at most. */
const primaryButtons = (page: Page) => page.locator('main').locator('.button:not(.secondary)');

/** The page scrolls nowhere sideways: neither the page nor any of its scrolling tables. */
async function expectNoSidewaysScroll(page: Page) {
	await expect
		.poll(() =>
			page.evaluate(() =>
				[document.documentElement, ...document.querySelectorAll('.table-wrap')]
					.filter((el) => el.scrollWidth > el.clientWidth + 1)
					.map(
						(el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${el.scrollWidth} > ${el.clientWidth}`
					)
			)
		)
		.toEqual([]);
}

/** The radar's width on screen and the size its block labels are drawn at (the SVG is scaled). */
function radarSize(page: Page) {
	return page.getByRole('img', { name: /^Radar van de zes bouwstenen/ }).evaluate((svg) => {
		const s = svg as SVGSVGElement;
		const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
		const label = s.querySelector('.labels text')!;
		return { width: s.getBoundingClientRect().width, label: parseFloat(getComputedStyle(label).fontSize) * scale };
	});
}

/** The width of the column the page's heading stands in. */
const contentWidth = (page: Page) =>
	page
		.getByRole('heading', { level: 1 })
		.locator('..')
		.evaluate((el) => el.getBoundingClientRect().width);

/** A partnership with three partners, two closed scan rounds (the second compared with the first). */
async function twoRounds(world: World, db: Db) {
	const { partnership, coordinator } = await world.partnership();
	const partners = [
		await world.member(partnership, { name: 'Partner Een' }),
		await world.member(partnership, { name: 'Partner Twee' }),
		await world.member(partnership, { name: 'Partner Drie' })
	];
	let last = '';
	for (const [title, value] of [
		// Long titles, as the form proposes them: the table's column headers must still fit.
		['Samenwerkingsscan september 2025', '2'],
		['Samenwerkingsscan maart 2026', '4']
	] as const) {
		const round = await makeScanRound(db, { partnershipId: partnership.id, userId: coordinator.id, title });
		for (const p of partners)
			await answerScanRound(db, { partnershipId: partnership.id, roundId: round.id, userId: p.id, value });
		await closeScanRound(db, { partnershipId: partnership.id, roundId: round.id });
		last = round.id;
	}
	return { partnership, coordinator, resultsUrl: `${partnership.url}/scan/${last}/resultaten` };
}

test('a coordinator alone is sent to invite partners, the one primary button, with no claim about the voice', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	const next = card(page, 'Volgende stap');
	await expect(next).toContainText('Je bent nog alleen in deze samenwerking.');
	await expect(primaryButtons(page)).toHaveCount(1);
	await expect(primaryButtons(page)).toHaveText('Partners uitnodigen');
	await expect(next.getByRole('link', { name: 'Partners uitnodigen' })).toHaveAttribute(
		'href',
		`${partnership.url}/uitnodigen`
	);
	const voice = card(page, 'Stem van kinderen en ouders');
	await expect(voice).toContainText('Er zijn nog geen casussen.');
	await expect(voice).not.toContainText('Overal');
	await next.getByRole('link', { name: 'Partners uitnodigen' }).click();
	await expect(page).toHaveURL(`${partnership.url}/uitnodigen`);
});

test('with three partners, a goal, a role card and a case but no scan, the next step is the scan', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	const partner = await world.member(partnership, { name: 'Partner Een' });
	await world.member(partnership, { name: 'Partner Twee' });
	await makeGoal(db, { partnershipId: partnership.id, userId: coordinator.id });
	await makeRoleCard(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		answers: { coreTask: 'Leerlingenbegeleiding op school.', workingStyle: ['preventief'] }
	});
	await makeCase(db, { partnershipId: partnership.id, userId: coordinator.id });
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	await expect(card(page, 'Volgende stap')).toContainText('Jullie zijn met genoeg om de samenwerkingsscan te doen.');
	await expect(primaryButtons(page)).toHaveCount(1);
	await expect(primaryButtons(page)).toHaveText('Scanronde starten');

	// A partner may not open a round: their next step is their own role card.
	const theirs = await world.pageFor(partner);
	await visit(theirs, partnership.url);
	await expect(card(theirs, 'Volgende stap')).toContainText('rolkaart');
	await expect(primaryButtons(theirs)).toHaveText('Rolkaart invullen');
	await expect(card(theirs, 'Volgende stap')).not.toContainText('samenwerkingsscan');
});

test('on a projector the home and the scan results fill the screen with a large radar', async ({ page, world, db }) => {
	const { partnership, coordinator, resultsUrl } = await twoRounds(world, db);
	await world.logIn(page, coordinator);
	await page.setViewportSize(PROJECTOR);

	await visit(page, partnership.url);
	await expect(card(page, 'Kompas: hoe staat onze samenwerking ervoor?').getByRole('img')).toBeVisible();
	expect(await contentWidth(page)).toBeGreaterThanOrEqual(1400);
	const home = await radarSize(page);
	expect(home.width).toBeGreaterThanOrEqual(700);
	expect(home.label).toBeGreaterThanOrEqual(20);
	await expectNoSidewaysScroll(page);
	await expectNothingSticksOut(page);

	await visit(page, resultsUrl);
	expect(await contentWidth(page)).toBeGreaterThanOrEqual(1400);
	const results = await radarSize(page);
	expect(results.width).toBeGreaterThanOrEqual(700);
	expect(results.label).toBeGreaterThanOrEqual(20);
	// The radar stays on the screen: a projector shows it whole, without scrolling within it.
	const box = (await page.getByRole('img', { name: /^Radar van de zes bouwstenen/ }).boundingBox())!;
	expect(box.height).toBeLessThanOrEqual(PROJECTOR.height);
	await expectNoSidewaysScroll(page);
	await expectNothingSticksOut(page);
});

test('at 1280 px the compass table under the radar shows every column', async ({ page, world, db }) => {
	const { partnership, coordinator } = await twoRounds(world, db);
	await world.logIn(page, coordinator);
	await page.setViewportSize(LAPTOP);
	await visit(page, partnership.url);
	const table = card(page, 'Kompas: hoe staat onze samenwerking ervoor?').getByRole('table');
	await expect(table.getByRole('columnheader')).toHaveCount(4);
	await expectNoSidewaysScroll(page);
	await expectNothingSticksOut(page);
});
