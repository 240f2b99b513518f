// The network map (step 3 of the method for "relatie"), one thing a person does per test. With the
// keyboard only: a first node (after a message next to the empty name), a person by role, a weak
// link that the analysis names, a third actor the analysis names as isolated, and a node moved
// outwards with Shift+arrows; the map exports as SVG and PNG. With the mouse: a dragged node keeps
// its place after a reload, and a click selects. The page and its edit forms fit a phone and a
// projector; the forms work without JavaScript (a stale form gets a conflict); observers see the
// map but cannot change it.

import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { makeNetworkLink, makeNetworkNode } from '../factories';
import { expect, expectAxeClean, postForm, test, visit, type World } from './fixtures';

type Db = Parameters<typeof makeNetworkNode>[0];

/** Presses Tab (or Shift+Tab, when the target comes earlier in the page) until `target` has the focus, as a keyboard user does. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	const handle = await target.elementHandle();
	if (!handle) throw new Error(`No element for ${target}`);
	const backwards = await handle.evaluate((el) => {
		const active = document.activeElement;
		return Boolean(
			active && active !== document.body && el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING
		);
	});
	for (let i = 0; i < max; i++) {
		if (await handle.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`The keyboard did not reach ${target}`);
}

/** Goes to a part of the page through the page's own jump links, with the keyboard. */
async function jumpTo(page: Page, linkName: string): Promise<void> {
	await page.getByRole('navigation', { name: 'Netwerkkaart' }).getByRole('link', { name: linkName }).focus();
	await page.keyboard.press('Enter');
}

const mapNodes = (page: Page) => page.locator('.map-figure svg [data-node-id]');
/** A node's item in the list under the map, found by its heading (other items name it among their links). */
const listItem = (page: Page, label: string) =>
	page.locator('#lijst li.item').filter({ has: page.getByRole('heading', { level: 4, name: label, exact: true }) });
const field = (scope: Locator, label: string) => scope.getByLabel(label, { exact: true });

/** A partnership whose coordinator is logged in on `page`; the URL of its network map. */
async function mapOf(world: World, page: Page) {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	return { partnership, coordinator, mapUrl: `${partnership.url}/netwerkkaart` };
}

/** The school and the neighbourhood officer of the keyboard journey, optionally with their weak link and the sports club. */
async function smallMap(db: Db, partnershipId: string, { link = false, club = false } = {}) {
	const school = await makeNetworkNode(db, {
		partnershipId,
		kind: 'organisation',
		label: 'Buurtschool De Kei',
		level: 'micro',
		sector: 'education',
		role: 'Eerste aanspreekpunt voor ouders'
	});
	const agent = await makeNetworkNode(db, {
		partnershipId,
		kind: 'person',
		label: 'Wijkagent',
		level: 'meso',
		sector: 'local_government'
	});
	if (link)
		await makeNetworkLink(db, {
			partnershipId,
			fromNodeId: school.id,
			toNodeId: agent.id,
			type: 'consultation',
			strength: 'weak',
			note: 'Een praatje aan de schoolpoort'
		});
	if (club)
		await makeNetworkNode(db, {
			partnershipId,
			kind: 'organisation',
			label: 'Sportclub De Kroon',
			level: 'meso',
			sector: 'civil_society'
		});
}

test('a first node with the keyboard only: without a name the message appears next to the field', async ({
	page,
	world
}) => {
	const { mapUrl } = await mapOf(world, page);
	await visit(page, mapUrl);
	await expect(page.getByRole('heading', { level: 1, name: 'Netwerkkaart' })).toBeVisible();
	await expect(page.locator('#analyse')).toContainText('De kaart is nog leeg.');
	const addNode = page.locator('#toevoegen');

	await jumpTo(page, 'Iets op de kaart zetten');
	await tabTo(page, field(addNode, 'Wat zet je op de kaart?'));
	await tabTo(page, field(addNode, 'Niveau'));
	await page.keyboard.type('mic');
	await tabTo(page, field(addNode, 'Rol of taak'));
	await page.keyboard.type('Eerste aanspreekpunt voor ouders');
	await page.keyboard.press('Enter');
	await expect(addNode.getByText('Geef de naam van de organisatie, of kies er een uit de lijst')).toBeVisible();
	await expect(field(addNode, 'Rol of taak')).toHaveValue('Eerste aanspreekpunt voor ouders');
	await expect(field(addNode, 'Niveau')).toHaveValue('micro');
	await expectAxeClean(page);
	await tabTo(page, field(addNode, 'Naam'));
	await page.keyboard.type('Buurtschool De Kei');
	await tabTo(page, field(addNode, 'Sector'));
	await page.keyboard.type('onde');
	await expect(field(addNode, 'Sector')).toHaveValue('education');
	await tabTo(page, addNode.getByRole('button', { name: 'Op de kaart zetten' }));
	await page.keyboard.press('Enter');
	await expect(addNode.getByRole('status')).toHaveText('Buurtschool De Kei staat op de kaart.');
	await expect(mapNodes(page)).toHaveCount(1);
});

test('a person, by role only, is put on the meso ring with the keyboard only', async ({ page, world, db }) => {
	const { partnership, mapUrl } = await mapOf(world, page);
	await makeNetworkNode(db, {
		partnershipId: partnership.id,
		label: 'Buurtschool De Kei',
		level: 'micro',
		sector: 'education'
	});
	await visit(page, mapUrl);
	const addNode = page.locator('#toevoegen');
	await jumpTo(page, 'Iets op de kaart zetten');
	await tabTo(page, field(addNode, 'Wat zet je op de kaart?'));
	await page.keyboard.type('pe');
	await expect(field(addNode, 'Wat zet je op de kaart?')).toHaveValue('person');
	await tabTo(page, field(addNode, 'Naam'));
	await page.keyboard.type('Wijkagent');
	await tabTo(page, field(addNode, 'Niveau'));
	await page.keyboard.type('me');
	await tabTo(page, field(addNode, 'Sector'));
	await page.keyboard.type('lok');
	await tabTo(page, addNode.getByRole('button', { name: 'Op de kaart zetten' }));
	await page.keyboard.press('Space');
	await expect(addNode.getByRole('status')).toHaveText('Wijkagent staat op de kaart.');
	await expect(mapNodes(page)).toHaveCount(2);
	await expect(page.getByRole('button', { name: 'Wijkagent: Persoon, Meso' })).toBeVisible();
});

test('a weak consultation link is added with the keyboard only; the analysis names it', async ({ page, world, db }) => {
	const { partnership, mapUrl } = await mapOf(world, page);
	await smallMap(db, partnership.id);
	await visit(page, mapUrl);
	const addLink = page.locator('#band-toevoegen');
	await jumpTo(page, 'Een band toevoegen');
	await tabTo(page, field(addLink, 'Van'));
	await page.keyboard.type('buu');
	await tabTo(page, field(addLink, 'Naar'));
	await page.keyboard.type('wij');
	await tabTo(page, field(addLink, 'Soort band'));
	await page.keyboard.type('ov');
	await tabTo(page, field(addLink, 'Sterkte'));
	await page.keyboard.type('zw');
	await tabTo(page, field(addLink, 'Toelichting'));
	await page.keyboard.type('Een praatje aan de schoolpoort');
	await page.keyboard.press('Enter');
	await expect(addLink.getByRole('status')).toHaveText('De band is toegevoegd.');
	const linkItem = page
		.locator('#lijst')
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 4, name: 'Buurtschool De Kei – Wijkagent' }) });
	await expect(linkItem).toContainText('Overleg');
	await expect(linkItem).toContainText('Zwak');
	await expect(page.locator('#analyse')).toContainText(
		'De band tussen Buurtschool De Kei en Wijkagent is zwak (overleg).'
	);
	await expectAxeClean(page);
});

test('a third actor without links is added with the keyboard only; the analysis names it and the missing sectors and levels', async ({
	page,
	world,
	db
}) => {
	const { partnership, mapUrl } = await mapOf(world, page);
	await smallMap(db, partnership.id, { link: true });
	await visit(page, mapUrl);
	const addNode = page.locator('#toevoegen');
	await jumpTo(page, 'Iets op de kaart zetten');
	await tabTo(page, field(addNode, 'Naam'));
	await page.keyboard.type('Sportclub De Kroon');
	await tabTo(page, field(addNode, 'Sector'));
	await page.keyboard.type('mid');
	await tabTo(page, addNode.getByRole('button', { name: 'Op de kaart zetten' }));
	await page.keyboard.press('Enter');
	await expect(addNode.getByRole('status')).toHaveText('Sportclub De Kroon staat op de kaart.');
	const analysis = page.locator('#analyse');
	await expect(analysis).toContainText('Sportclub De Kroon heeft geen band met iemand op de kaart.');
	await expect(analysis).toContainText('Wie kent Sportclub De Kroon al?');
	await expect(analysis).toContainText('Niemand uit de sector Welzijn staat op de kaart.');
	await expect(analysis).toContainText('Op het niveau Macro (het beleid) staat niemand.');
	await expectAxeClean(page);
});

test('a node is selected with Enter and moved outwards with Shift+arrows', async ({ page, world, db }) => {
	const { partnership, mapUrl } = await mapOf(world, page);
	await smallMap(db, partnership.id, { link: true, club: true });
	await visit(page, mapUrl);
	const agent = page.getByRole('button', { name: 'Wijkagent: Persoon, Meso' });
	await tabTo(page, agent, 120);
	await page.keyboard.press('Enter');
	await expect(agent).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByText('Geselecteerd: Wijkagent')).toBeVisible();
	await expectAxeClean(page);
	const before = await agent.getAttribute('transform');
	for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
	await expect(page.locator('.map-figure').getByRole('status')).toHaveText(
		'Wijkagent staat nu op niveau Macro. Opgeslagen.'
	);
	await expect(page.getByRole('button', { name: 'Wijkagent: Persoon, Macro' })).toBeFocused();
	expect(await page.getByRole('button', { name: 'Wijkagent: Persoon, Macro' }).getAttribute('transform')).not.toBe(
		before
	);
	await expect(listItem(page, 'Wijkagent')).toContainText('Macro');
	await page.keyboard.press('Escape');
});

test('the map downloads with the keyboard as a standalone SVG with its labels, title and legend', async ({
	page,
	world,
	db
}) => {
	const { partnership, mapUrl } = await mapOf(world, page);
	await smallMap(db, partnership.id, { link: true, club: true });
	await visit(page, mapUrl);
	const svgLink = page.getByRole('link', { name: 'Kaart downloaden (SVG)' });
	await svgLink.focus();
	const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(svgDownload.suggestedFilename()).toMatch(/^netwerkkaart-.*\.svg$/);
	const svgFile = path.join(tmpdir(), `netwerkkaart-${Date.now()}-${Math.random().toString(36).slice(2)}.svg`);
	await svgDownload.saveAs(svgFile);
	const svg = await readFile(svgFile, 'utf8');
	expect(svg.startsWith('<?xml') || svg.startsWith('<svg')).toBe(true);
	for (const text of [
		'Buurtschool De',
		'Kei',
		'Wijkagent',
		'Sportclub De',
		'Kroon',
		'Legende',
		'Kind en',
		partnership.name
	])
		expect(svg).toContain(text);
	expect(svg).not.toContain('<!--');
	// It opens on its own in the browser, as an SVG document without parse errors.
	const viewer = await page.context().newPage();
	await viewer.goto(pathToFileURL(svgFile).href);
	expect(await viewer.evaluate(() => document.documentElement.localName)).toBe('svg');
	expect(await viewer.locator('parsererror').count()).toBe(0);
	await expect(viewer.locator('svg > title')).toHaveText(`Netwerkkaart van ${partnership.name}`);
	await viewer.close();
});

test('the map downloads with the keyboard as a PNG drawn in the browser', async ({ page, world, db }) => {
	const { partnership, mapUrl } = await mapOf(world, page);
	await smallMap(db, partnership.id, { link: true, club: true });
	await visit(page, mapUrl);
	const pngButton = page.getByRole('button', { name: 'Kaart downloaden (PNG)' });
	await pngButton.focus();
	const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(pngDownload.suggestedFilename()).toMatch(/^netwerkkaart-.*\.png$/);
	const png = await readFile((await pngDownload.path())!);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(png.readUInt32BE(16)).toBe(2000); // width: twice the SVG's 1000
	expect(png.length).toBeGreaterThan(20_000);
	await expect(page.getByText('De PNG kon niet gemaakt worden')).toHaveCount(0);
	await expectAxeClean(page);
});

test('a node dragged with the mouse lands on a new ring and keeps its place after a reload', async ({
	page,
	world,
	db
}) => {
	const { partnership, mapUrl } = await mapOf(world, page);
	await makeNetworkNode(db, { partnershipId: partnership.id, label: 'CLB Noord', level: 'micro' });
	await makeNetworkNode(db, { partnershipId: partnership.id, label: 'OCMW Noord', level: 'meso' });
	await visit(page, mapUrl);
	const clb = page.getByRole('button', { name: 'CLB Noord: Organisatie, Micro' });
	await expect(clb).toBeVisible();

	// From the micro ring to (200, 200) in map coordinates: the macro ring.
	const toScreen = (x: number, y: number) =>
		page.evaluate(
			([x, y]) => {
				const svg = document.querySelector<SVGSVGElement>('.map-figure svg')!;
				const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
				return { x: p.x, y: p.y };
			},
			[x, y] as const
		);
	const position = async (locator: Locator) => {
		const [, x, y] = /translate\(([\d.]+) ([\d.]+)\)/.exec((await locator.getAttribute('transform')) ?? '') ?? [];
		return { x: Number(x), y: Number(y) };
	};
	// The whole map in view.
	await page.locator('.map-figure svg').evaluate((el) => el.scrollIntoView({ block: 'start' }));
	const start = await position(clb);
	const from = await toScreen(start.x, start.y);
	const to = await toScreen(200, 200);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(to.x, to.y, { steps: 12 });
	await page.mouse.up();
	await expect(page.locator('.map-figure').getByRole('status')).toHaveText(
		'CLB Noord staat nu op niveau Macro. Opgeslagen.'
	);
	const moved = page.getByRole('button', { name: 'CLB Noord: Organisatie, Macro' });
	const dropped = await position(moved);
	expect(Math.abs(dropped.x - 200)).toBeLessThanOrEqual(3);
	expect(Math.abs(dropped.y - 200)).toBeLessThanOrEqual(3);
	await expectAxeClean(page);

	await page.reload();
	await expect(moved).toBeVisible();
	expect(await position(moved)).toEqual(dropped);
	await expect(listItem(page, 'CLB Noord')).toContainText('Macro');
});

test('a click on a node without moving it selects it', async ({ page, world, db }) => {
	const { partnership, mapUrl } = await mapOf(world, page);
	await makeNetworkNode(db, { partnershipId: partnership.id, label: 'CLB Noord', level: 'micro' });
	await makeNetworkNode(db, { partnershipId: partnership.id, label: 'OCMW Noord', level: 'meso' });
	await visit(page, mapUrl);
	await page.getByRole('button', { name: 'OCMW Noord: Organisatie, Meso' }).click();
	await expect(page.getByText('Geselecteerd: OCMW Noord')).toBeVisible();
	// A click is no move: the node stays on its ring.
	await expect(page.getByRole('button', { name: 'OCMW Noord: Organisatie, Meso' })).toBeVisible();
});

for (const viewport of [
	{ width: 390, height: 844, device: 'a phone' },
	{ width: 1920, height: 1080, device: 'a projector' }
]) {
	test(`the map and its edit forms fit ${viewport.device} (${viewport.width}×${viewport.height}) without scrolling sideways`, async ({
		world,
		db
	}) => {
		const { partnership, coordinator } = await world.partnership();
		const mapUrl = `${partnership.url}/netwerkkaart`;
		await makeNetworkNode(db, { partnershipId: partnership.id, label: 'CLB Noord', level: 'macro' });
		await makeNetworkNode(db, { partnershipId: partnership.id, label: 'OCMW Noord', level: 'meso' });
		const page = await world.pageFor(coordinator, { viewport: { width: viewport.width, height: viewport.height } });
		await visit(page, mapUrl);
		await expect(page.getByRole('button', { name: 'CLB Noord: Organisatie, Macro' })).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `horizontal overflow at ${viewport.width}×${viewport.height}`).toBeLessThanOrEqual(0);
		const box = await page.locator('.map-figure svg').boundingBox();
		expect(box!.width).toBeGreaterThan(viewport.width > 1000 ? 700 : 300);
		// The edit forms open and fit too.
		await page.getByText('CLB Noord wijzigen').click();
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
		).toBeLessThanOrEqual(0);
		await expectAxeClean(page);
	});
}

test('without JavaScript a node is put on the map', async ({ world }) => {
	const { partnership, coordinator } = await world.partnership();
	const noJs = await world.pageFor(coordinator, { javaScriptEnabled: false });
	await visit(noJs, `${partnership.url}/netwerkkaart`);
	const addNode = noJs.locator('#toevoegen');
	await addNode.getByLabel('Naam', { exact: true }).fill('Huis van het Kind');
	await addNode.getByLabel('Sector', { exact: true }).selectOption('welfare');
	await addNode.getByRole('button', { name: 'Op de kaart zetten' }).click();
	await expect(noJs.getByText('Huis van het Kind staat op de kaart.')).toBeVisible();
	await expect(noJs.locator('.map-figure svg[role="img"] [data-node-id]')).toHaveCount(1);
	await expectAxeClean(noJs);
});

test('two tabs edit the same node: the later save, without JavaScript, gets a conflict showing both versions', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator, mapUrl } = await mapOf(world, page);
	await makeNetworkNode(db, { partnershipId: partnership.id, label: 'Huis van het Kind', sector: 'welfare' });
	const noJs = await world.pageFor(coordinator, { javaScriptEnabled: false });
	await visit(page, mapUrl);
	await noJs.goto(mapUrl); // (the same page without JavaScript is checked with axe in the test above)
	const editIn = (p: Page) => p.locator('li.item').filter({ hasText: 'Huis van het Kind' }).first();
	// Both open the edit form; then the one with JavaScript saves first.
	await editIn(noJs).getByText('Huis van het Kind wijzigen').click();
	await editIn(page).getByText('Huis van het Kind wijzigen').click();
	await editIn(page).getByLabel('Rol of taak', { exact: true }).fill('Opvoedingsondersteuning');
	await editIn(page).getByRole('button', { name: 'Opslaan' }).click();
	await expect(editIn(page).getByText('Opgeslagen.')).toBeVisible();
	await editIn(noJs).getByLabel('Rol of taak', { exact: true }).fill('Consultatiebureau');
	await editIn(noJs).getByRole('button', { name: 'Opslaan' }).click();
	const conflict = editIn(noJs).getByRole('alert');
	await expect(conflict).toContainText('Iemand anders heeft deze knoop intussen gewijzigd');
	await expect(conflict).toContainText('Opvoedingsondersteuning');
	await expect(editIn(noJs).getByLabel('Rol of taak', { exact: true })).toHaveValue('Consultatiebureau');
	await expectAxeClean(noJs);
});

test('an observer sees the map and the analysis but cannot change anything', async ({ page, world, db, baseURL }) => {
	const { partnership } = await world.partnership();
	const mapUrl = `${partnership.url}/netwerkkaart`;
	await makeNetworkNode(db, { partnershipId: partnership.id, label: 'Huis van het Kind', sector: 'welfare' });
	const observer = await world.member(partnership, {
		role: 'observer',
		organisationName: 'Stad Gent',
		organisationType: 'lokaal_bestuur',
		function: 'beleidsmedewerker'
	});
	await world.logIn(page, observer);
	await visit(page, mapUrl);
	await expect(page.getByText('Je kunt de kaart bekijken, maar niet wijzigen.')).toBeVisible();
	await expect(page.locator('.map-figure svg[role="img"]')).toBeVisible();
	await expect(page.locator('#analyse')).toContainText('Huis van het Kind heeft geen band met iemand op de kaart.');
	await expect(page.locator('#lijst')).toContainText('Huis van het Kind');
	await expect(page.getByRole('button', { name: /Huis van het Kind:/ })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Op de kaart zetten' })).toHaveCount(0);
	await expect(page.getByText('Huis van het Kind wijzigen')).toHaveCount(0);
	// Asking the server directly is refused too; the SVG download is allowed.
	const nodeId = await page.locator('.map-figure svg [data-node-id]').first().getAttribute('data-node-id');
	const refused = await postForm(
		page.request,
		`${mapUrl}?/move`,
		{ nodeId: nodeId!, version: '1', x: '100', y: '100' },
		{ origin: baseURL!, enhanced: true }
	);
	expect(refused.status()).toBe(403);
	const svg = await page.request.get(`${mapUrl}/kaart.svg`);
	expect(svg.status()).toBe(200);
	expect(svg.headers()['content-disposition']).toMatch(/^attachment; filename="netwerkkaart-.*\.svg"$/);
	await expectAxeClean(page);
});
