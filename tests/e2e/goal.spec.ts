// The common goal, one thing a person does per test: the coordinator finds the goal page through the
// menu; an empty goal is refused with Dutch errors and nothing typed is lost; a vague goal gets the
// SMART hints while typing and is saved; improving it letter by letter, the guard stops a national
// register number; the history shows both versions with what changed. A partner finds the goal in
// the welcome pack and reads it without the goal form (but with agreements for it). Without
// JavaScript, a second coordinator's stale save shows both versions and keeps their text.

import type { Page } from '@playwright/test';
import type { Db } from '$lib/server/db/client';
import { makeGoal } from '../factories';
import { expect, expectAxeClean, openMenu, test, visit, type Partnership, type User, type World } from './fixtures';

const WHY = 'Gezinnen in de wijk vertellen hun verhaal aan school, CLB en OCMW telkens opnieuw.';
const VAGUE = 'We willen de samenwerking tussen de scholen en de hulp in onze wijk verbeteren.';
const YEAR = new Date().getFullYear() + 2;
/** The goal made SMART, as the coordinator writes it letter by letter. */
const SMART = {
	specific:
		'Elk gezin dat een school doorverwijst naar het CLB of het OCMW heeft binnen tien schooldagen een eerste gesprek.',
	measurable: 'We tellen per trimester het aantal doorverwijzingen en de wachttijd tot het eerste gesprek.',
	active: 'De zorgcoördinatoren melden aan, het CLB en het OCMW plannen het gesprek.',
	realistic: 'Elke dienst heeft al een vast aanspreekpunt per school, dus dit vraagt geen extra overleg.',
	timeBound: `${YEAR}-06-30`,
	involved: 'Drie scholen, het CLB en het OCMW. Twee ouders gaven feedback.',
	familiesInvolved: 'partly' as const,
	reviewDate: `${YEAR}-01-31`
};

/** A partnership whose coordinator is logged in on `page`. */
async function goalTeam(world: World, page: Page) {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	return { partnership, coordinator };
}

/** The first, vague version of the goal (saved as the form does with only the why and the specific filled). */
function vagueGoal(db: Db, partnership: Partnership, coordinator: User) {
	return makeGoal(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		why: WHY,
		specific: VAGUE,
		familiesInvolved: 'no'
	});
}

/** The goal's history: the vague first version, then the SMART second one. */
async function smartGoal(db: Db, partnership: Partnership, coordinator: User) {
	const first = await vagueGoal(db, partnership, coordinator);
	await makeGoal(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		version: first.version,
		why: WHY,
		...SMART
	});
}

test('the coordinator finds the goal page through the menu; there is no goal yet', async ({ page, world }) => {
	const { partnership } = await goalTeam(world, page);
	await visit(page, partnership.url);
	await openMenu(page, 'Doel');
	await expect(page).toHaveURL(`${partnership.url}/doel`);
	await expect(page.getByRole('heading', { level: 1, name: 'Ons gemeenschappelijk doel' })).toBeVisible();
	await expect(page.getByText('Er is nog geen gemeenschappelijk doel.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Geschiedenis van het doel' })).toBeVisible();
	await expectAxeClean(page);
});

test('a goal without enough text is refused with Dutch errors next to the fields, the typed text kept', async ({
	page,
	world
}) => {
	const { partnership } = await goalTeam(world, page);
	await visit(page, `${partnership.url}/doel`);
	const why = page.getByRole('textbox', { name: 'Waarom we samenwerken' });
	await why.fill('Kort');
	await page.getByRole('button', { name: 'Doel bewaren' }).click();
	await expect(page.getByText('Schrijf in een paar zinnen waarom jullie samenwerken')).toBeVisible();
	await expect(page.getByText('Beschrijf wat jullie samen willen bereiken.')).toBeVisible();
	await expect(why).toHaveValue('Kort');
	await expectAxeClean(page);
});

test('a vague goal gets the SMART hints while typing and is saved as the first version', async ({ page, world }) => {
	const { partnership } = await goalTeam(world, page);
	await visit(page, `${partnership.url}/doel`);
	const specific = page.getByRole('textbox', { name: /Specifiek/ });
	await page.getByRole('textbox', { name: 'Waarom we samenwerken' }).fill(WHY);
	await specific.fill('We willen betere samenwerking.');
	await expect(page.getByTestId('check-specific')).toContainText('Nog wat kort');
	await expect(page.getByTestId('check-measurable')).toContainText('Noem iets wat je kunt tellen of zien');
	await expect(page.getByTestId('check-timeBound')).toContainText('Kies een datum');
	await specific.fill(VAGUE);
	await expect(page.getByTestId('check-specific')).toContainText('‘beter’ of ‘meer’');
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Doel bewaren' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	// After saving, the checks stay next to each letter, and the goal shows above the form.
	await expect(page.getByTestId('check-measurable')).toContainText('Tip');
	await expect(page.locator('section.current')).toContainText('We willen de samenwerking tussen de scholen');
	await expect(page.locator('details.version')).toHaveCount(1);
	await expectAxeClean(page);
});

test('the goal is improved letter by letter; the guard stops a national register number first', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await goalTeam(world, page);
	await vagueGoal(db, partnership, coordinator);
	await visit(page, `${partnership.url}/doel`);
	await page.getByRole('textbox', { name: /Specifiek/ }).fill(SMART.specific);
	await page.getByRole('textbox', { name: /Meetbaar/ }).fill(SMART.measurable);
	await page.getByRole('textbox', { name: /Actief/ }).fill(SMART.active);
	await page.getByRole('textbox', { name: /Realistisch/ }).fill(SMART.realistic);
	await page.getByLabel(/Tijdsgebonden/).fill(SMART.timeBound);
	await page
		.getByRole('textbox', { name: 'Wie was betrokken bij het opstellen?' })
		.fill('Drie scholen, het CLB en het OCMW. Vraag van ouder 15.03.12-123.76.');
	await page.getByRole('combobox', { name: 'Waren gezinnen betrokken?' }).selectOption({ label: 'Gedeeltelijk' });
	await page.getByLabel('Evaluatiedatum').fill(SMART.reviewDate);
	for (const letter of ['specific', 'measurable', 'active', 'realistic', 'timeBound'])
		await expect(page.getByTestId(`check-${letter}`)).toContainText('In orde');
	await page.getByRole('button', { name: 'Doel bewaren' }).click();
	const warning = page.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' });
	await expect(warning).toBeVisible();
	await expect(page.getByRole('textbox', { name: /Meetbaar/ })).toHaveValue(/per trimester/); // nothing lost
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'Wie was betrokken bij het opstellen?' }).fill(SMART.involved);
	await page.getByRole('button', { name: 'Doel bewaren' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	await expect(page.locator('section.current')).toContainText('binnen tien schooldagen');
	await expect(page.locator('section.current')).toContainText('Gedeeltelijk');
	await expect(page.locator('details.version')).toHaveCount(2);
});

test('the history shows both versions, newest first, with what changed', async ({ page, world, db }) => {
	const { partnership, coordinator } = await goalTeam(world, page);
	await smartGoal(db, partnership, coordinator);
	await visit(page, `${partnership.url}/doel`);
	const versions = page.locator('details.version');
	await expect(versions).toHaveCount(2);
	await expect(versions.nth(0).locator('summary')).toContainText('Versie 2');
	await expect(versions.nth(0).locator('summary')).toContainText(coordinator.name);
	await expect(versions.nth(0).locator('summary')).toContainText(
		'Gewijzigd: Specifiek, Meetbaar, Actief, Realistisch, Tijdsgebonden'
	);
	await expect(versions.nth(1).locator('summary')).toContainText('Eerste versie');
	await versions.nth(1).locator('summary').click();
	await expect(versions.nth(1)).toContainText('We willen de samenwerking tussen de scholen');
	await expectAxeClean(page);
});

test('a partner finds the why and the SMART goal in the welcome pack', async ({ page, world, db }) => {
	const { partnership, coordinator } = await world.partnership();
	await smartGoal(db, partnership, coordinator);
	const partner = await world.member(partnership, {
		name: 'Tom Partner',
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	await world.logIn(page, partner);
	await visit(page, `${partnership.url}/welkom`);
	const whySection = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { level: 2, name: 'Waarom we samenwerken' }) });
	await expect(whySection).toContainText('telkens opnieuw');
	await expect(whySection).toContainText('binnen tien schooldagen');
	await expect(whySection).toContainText('Meetbaar');
});

test('a partner reads the goal without its form, and can make agreements to reach it', async ({ page, world, db }) => {
	const { partnership, coordinator } = await world.partnership();
	await smartGoal(db, partnership, coordinator);
	const partner = await world.member(partnership, {
		name: 'Tom Partner',
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	await world.logIn(page, partner);
	await visit(page, `${partnership.url}/doel`);
	await expect(page.locator('section.current')).toContainText('binnen tien schooldagen');
	await expect(page.getByRole('button', { name: 'Doel bewaren' })).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: 'Waarom we samenwerken' })).toHaveCount(0);
	// Partners do make agreements to reach the goal.
	await expect(page.getByRole('textbox', { name: 'Wat spreken we af?' })).toBeVisible();
	await expect(page.locator('details.version')).toHaveCount(2);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('two coordinators edit the goal at once: the second sees both versions and keeps their text', async ({
		page,
		world
	}) => {
		// Two people and three axe checks without JavaScript (each serves a copy of the page to a helper context).
		test.slow();
		const { partnership } = await goalTeam(world, page);
		const second = await world.member(partnership, { role: 'coordinator', name: 'Jan Coördinator' });
		// The first version, written without JavaScript.
		await visit(page, `${partnership.url}/doel`);
		await page
			.getByRole('textbox', { name: 'Waarom we samenwerken' })
			.fill('Gezinnen vertellen hun verhaal telkens opnieuw aan school, CLB en OCMW.');
		await page
			.getByRole('textbox', { name: /Specifiek/ })
			.fill('Elk doorverwezen gezin heeft binnen tien schooldagen een eerste gesprek.');
		await page.getByRole('button', { name: 'Doel bewaren' }).click();
		await expect(page.getByText('Opgeslagen.')).toBeVisible();

		// The second coordinator opens the goal; the first saves a change in the meantime.
		const other = await world.pageFor(second);
		await visit(other, `${partnership.url}/doel`);
		await page
			.getByRole('textbox', { name: /Specifiek/ })
			.fill('Elk doorverwezen gezin heeft binnen acht schooldagen een eerste gesprek.');
		await page.getByRole('button', { name: 'Doel bewaren' }).click();
		await expect(page.getByText('Opgeslagen.')).toBeVisible();

		const mine = 'Elk doorverwezen gezin krijgt binnen twee weken een vaste contactpersoon.';
		await other.getByRole('textbox', { name: /Specifiek/ }).fill(mine);
		await other.getByRole('button', { name: 'Doel bewaren' }).click();
		const conflict = other.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit deel intussen opgeslagen' });
		await expect(conflict).toBeVisible();
		await expect(conflict).toContainText('binnen acht schooldagen');
		await expect(other.getByRole('textbox', { name: /Specifiek/ })).toHaveValue(mine);
		await expectAxeClean(other);

		// Saving again after reading both versions wins, and the history holds three versions.
		await other.getByRole('button', { name: 'Doel bewaren' }).click();
		await expect(other.getByText('Opgeslagen.')).toBeVisible();
		await expect(other.locator('section.current')).toContainText(mine);
		await expect(other.locator('details.version')).toHaveCount(3);
	});
});
