// Organisations, expertise overview and mandates (step 3 of the method for "relatie"), one thing a
// person does per test: the coordinator adds an organisation a partner named with one click, and one
// by hand (after a validation error that keeps the input); a name already in the directory is
// refused; the directory filters by sector; the expertise a partner ticks on the role card shows in
// the expertise overview, which shows each tick with its source and the gaps, and scrolls inside its
// region on a phone; the coordinator adds a mandate (after a refusal); a partner sees all of it. Axe
// runs on every page state visited.

import type { Page } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { memberships } from '$lib/server/db/schema';
import { makeMandate, makeOrganisation, makeRoleCard } from '../factories';
import { expect, expectAxeClean, fillRoleCard, openMenu, test, visit, type World } from './fixtures';

type Db = Parameters<typeof makeOrganisation>[0];

/**
 * A partnership whose coordinator (Sofie, logged in on `page`) works at Basisschool De Brug, and a
 * partner from CAW Oost whose role card (unless `roleCard` is false) names his expertise and what he
 * decides alone.
 */
async function team(world: World, db: Db, page: Page, { roleCard = true } = {}) {
	const { partnership, coordinator } = await world.partnership({
		organisationName: 'Basisschool De Brug',
		organisationType: 'school',
		function: 'zorgcoordinator'
	});
	const partner = await world.member(partnership, {
		name: 'Tom Partner',
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	if (roleCard)
		await makeRoleCard(db, {
			partnershipId: partnership.id,
			userId: partner.id,
			answers: {
				coreTask: 'Gezinnen helpen met vragen over wonen en geld.',
				expertise: ['wonen', 'armoede_en_schulden'],
				mandateAlone: 'Een intake en een kort traject.'
			}
		});
	await world.logIn(page, coordinator);
	return { partnership, coordinator, partner };
}

/** Both organisations in the directory, each with its people linked, as the coordinator made them. */
async function directory(db: Db, { partnership, coordinator, partner }: Awaited<ReturnType<typeof team>>) {
	const [own] = await db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnership.id), eq(memberships.userId, coordinator.id)));
	const caw = await makeOrganisation(db, {
		partnershipId: partnership.id,
		name: 'CAW Oost',
		type: 'caw',
		sector: 'welfare',
		level: 'meso',
		members: [partner.membershipId]
	});
	const school = await makeOrganisation(db, {
		partnershipId: partnership.id,
		name: 'Basisschool De Brug',
		type: 'school',
		sector: 'education',
		level: 'meso',
		contactPerson: 'Sofie, zorgcoördinator',
		expertise: ['pedagogisch'],
		members: [own!.id]
	});
	return { cawId: caw.id, schoolId: school.id };
}

test('the coordinator adds an organisation a partner named with one click, with a guessed sector and level', async ({
	page,
	world,
	db
}) => {
	const { partnership } = await team(world, db, page);
	// Through the menu: both organisations the members named are suggested.
	await visit(page, partnership.url);
	await openMenu(page, 'Netwerk', 'Organisaties');
	await expect(page.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible();
	const suggestions = page.getByRole('region', { name: 'Voorstellen' });
	await expect(suggestions).toContainText('genoemd door Tom Partner');
	await expect(suggestions.getByRole('button', { name: 'Basisschool De Brug toevoegen' })).toBeVisible();
	await expectAxeClean(page);

	// One click adds the CAW, with a guessed sector and level, and links the partner.
	await suggestions.getByRole('button', { name: 'CAW Oost toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'CAW Oost' })).toBeVisible();
	await expect(page.getByRole('status')).toContainText('Kijk de sector en het niveau na');
	await expect(page.getByRole('radio', { name: 'Welzijn' })).toBeChecked();
	await expect(page.getByRole('radio', { name: /^Meso/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^Tom Partner/ })).toBeChecked();
	await expectAxeClean(page);

	// It is no longer suggested.
	await page.getByRole('link', { name: 'Alle organisaties' }).click();
	await expect(page.getByRole('region', { name: 'Voorstellen' })).not.toContainText('CAW Oost');
});

test('the coordinator adds an organisation by hand; without sector and level it is refused and nothing typed is lost', async ({
	page,
	world,
	db
}) => {
	const { partnership } = await team(world, db, page);
	await visit(page, `${partnership.url}/organisaties`);
	await page.getByRole('link', { name: 'Organisatie toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Organisatie toevoegen' })).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'Naam van de organisatie' }).fill('Basisschool De Brug');
	await page.getByRole('combobox', { name: 'Soort organisatie' }).selectOption({ label: 'School' });
	await page.getByRole('textbox', { name: 'Contactpersoon' }).fill('Sofie, zorgcoördinator');
	await page.getByRole('checkbox', { name: /^Pedagogisch/ }).check();
	await page.getByRole('checkbox', { name: /^Sofie Coördinator/ }).check();
	await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
	// The messages sit next to the fields.
	await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld');
	const sector = page.getByRole('group', { name: 'Sector' });
	await expect(sector).toContainText('Kies de sector.');
	await expect(page.getByRole('group', { name: 'Niveau' })).toContainText('Kies het niveau.');
	await expect(page.getByRole('textbox', { name: 'Naam van de organisatie' })).toHaveValue('Basisschool De Brug');
	await expect(page.getByRole('textbox', { name: 'Contactpersoon' })).toHaveValue('Sofie, zorgcoördinator');
	await expect(page.getByRole('checkbox', { name: /^Pedagogisch/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^Sofie Coördinator/ })).toBeChecked();
	await expectAxeClean(page);
	await sector.getByRole('radio', { name: 'Onderwijs' }).check();
	await page.getByRole('radio', { name: /^Meso/ }).check();
	await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Basisschool De Brug' })).toBeVisible();
	await expect(page.locator('.facts')).toContainText('Sofie Coördinator (Zorgcoördinator)');
	await expectAxeClean(page);
});

test('a name already in the directory, in other letters, is refused next to the name field', async ({
	page,
	world,
	db
}) => {
	const { partnership } = await team(world, db, page);
	await makeOrganisation(db, { partnershipId: partnership.id, name: 'CAW Oost', type: 'caw' });
	await visit(page, `${partnership.url}/organisaties/nieuw`);
	await page.getByRole('textbox', { name: 'Naam van de organisatie' }).fill('caw oost');
	await page.getByRole('combobox', { name: 'Soort organisatie' }).selectOption({ label: 'CAW' });
	await page.getByRole('radio', { name: 'Welzijn' }).check();
	await page.getByRole('radio', { name: /^Meso/ }).check();
	await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
	await expect(page.locator('#f-name-error')).toHaveText(/Er staat al een organisatie met deze naam/);
	await expect(page.getByRole('textbox', { name: 'Naam van de organisatie' })).toHaveValue('caw oost');
	await expectAxeClean(page);
});

test('the directory lists each organisation with sector, level and members, and filters by sector', async ({
	page,
	world,
	db
}) => {
	const t = await team(world, db, page);
	await directory(db, t);
	await visit(page, `${t.partnership.url}/organisaties`);
	// Every named organisation is in the directory: nothing left to suggest.
	await expect(page.getByRole('region', { name: 'Voorstellen' })).toHaveCount(0);
	const caw = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'CAW Oost' }) });
	await expect(caw).toContainText('Welzijn');
	await expect(caw).toContainText('Tom Partner (Welzijnswerker)');
	await expect(caw).toContainText('Nog niet ingevuld');
	await page.getByRole('combobox', { name: 'Sector' }).selectOption({ label: 'Onderwijs' });
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page).toHaveURL(/sector=education/);
	await expect(page.getByRole('heading', { level: 2, name: 'CAW Oost' })).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 2, name: 'Basisschool De Brug' })).toBeVisible();
	await expectAxeClean(page);
});

test('a partner ticks expertise on the role card: the overview shows it under the partner’s organisation', async ({
	page,
	world,
	db
}) => {
	const t = await team(world, db, page, { roleCard: false });
	await directory(db, t);
	const partner = await world.pageFor(t.partner);
	await visit(partner, `${t.partnership.url}/rolkaart`);
	await fillRoleCard(partner, {
		coreTask: 'Gezinnen helpen met vragen over wonen en geld.',
		choices: { 'Mijn expertise': ['Wonen', 'Armoede en schulden'] },
		texts: { 'Dit beslis ik zelf': 'Een intake en een kort traject.' }
	});
	await partner.getByRole('button', { name: 'Rolkaart opslaan' }).click();
	await expect(partner.getByText('Je rolkaart is opgeslagen.')).toBeVisible();
	await visit(partner, `${t.partnership.url}/expertise`);
	const cawRow = partner
		.getByRole('table')
		.getByRole('row')
		.filter({ has: partner.getByRole('rowheader', { name: /CAW Oost/ }) });
	await expect(cawRow).toContainText('Rolkaart van Tom Partner');
});

test('the expertise overview shows each tick with its source, and the gaps', async ({ page, world, db }) => {
	const t = await team(world, db, page);
	await directory(db, t);
	await visit(page, t.partnership.url);
	await openMenu(page, 'Netwerk', 'Expertise');
	await expect(page.getByRole('heading', { level: 1, name: 'Expertise in de samenwerking' })).toBeVisible();
	const table = page.getByRole('table');
	const cawRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /CAW Oost/ }) });
	const columnIndex = async (name: string) =>
		(await table.getByRole('columnheader').allInnerTexts()).findIndex((text) =>
			text.replace(/\s+/g, ' ').startsWith(name)
		);
	await expect(cawRow.getByRole('cell').nth((await columnIndex('Wonen')) - 1)).toContainText(
		'Rolkaart van Tom Partner'
	);
	const schoolRow = table
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: /Basisschool De Brug/ }) });
	await expect(schoolRow.getByRole('cell').nth((await columnIndex('Pedagogisch')) - 1)).toContainText('Fiche');
	await expect(table.getByRole('columnheader', { name: /Juridisch\s*ontbreekt/ })).toBeVisible();
	const gaps = page.getByRole('region', { name: 'Wat ontbreekt' });
	await expect(gaps.getByRole('listitem').filter({ hasText: 'Juridisch' })).toBeVisible();
	await expect(gaps).toContainText('Elke partner is aan een organisatie gekoppeld.');
	await expectAxeClean(page);
});

test('on a phone the expertise table scrolls sideways inside its labelled region', async ({ page, world, db }) => {
	const t = await team(world, db, page);
	await directory(db, t);
	await page.setViewportSize({ width: 360, height: 740 });
	await visit(page, `${t.partnership.url}/expertise`);
	const region = page.getByRole('region', { name: 'Expertise per organisatie' });
	await expect(region).toBeVisible();
	expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('the coordinator adds a mandate for an organisation; without a role it is refused', async ({
	page,
	world,
	db
}) => {
	const t = await team(world, db, page);
	await directory(db, t);
	await visit(page, t.partnership.url);
	await openMenu(page, 'Netwerk', 'Mandaten');
	await expect(page.getByRole('heading', { level: 1, name: 'Mandaten' })).toBeVisible();
	await expectAxeClean(page);
	const add = page.locator('#mandate-new');
	await add
		.getByRole('combobox', { name: 'Voor wie geldt dit mandaat?' })
		.selectOption({ label: 'Basisschool De Brug' });
	await add.getByRole('textbox', { name: 'Wat beslist deze rol zelf?' }).fill('Een gesprek met ouders plannen.');
	await add.getByRole('button', { name: 'Mandaat toevoegen' }).click();
	await expect(add.locator('#new-role-error')).toContainText('Vul de rol of functie in');
	await expect(add.getByRole('textbox', { name: 'Wat beslist deze rol zelf?' })).toHaveValue(
		'Een gesprek met ouders plannen.'
	);
	await expectAxeClean(page);
	await add.getByRole('textbox', { name: 'Rol of functie' }).fill('Zorgcoördinator');
	await add
		.getByRole('textbox', { name: 'Wanneer is eerst afstemming nodig?' })
		.fill('Een partner van buiten de school betrekken.');
	await add.getByRole('textbox', { name: 'Met wie wordt er afgestemd?' }).fill('Directie');
	await add.getByRole('button', { name: 'Mandaat toevoegen' }).click();
	await expect(add.getByRole('status')).toHaveText('Het mandaat is toegevoegd.');
	const school = page.getByRole('region', { name: 'Basisschool De Brug' });
	await expect(school.getByRole('heading', { level: 3, name: 'Zorgcoördinator' })).toBeVisible();
	await expect(school).toContainText('Een partner van buiten de school betrekken.');
	await expect(add.getByRole('textbox', { name: 'Rol of functie' })).toHaveValue('');
	// Next to them: what partners wrote about their mandate on their role card.
	await expect(page.getByRole('region', { name: 'Wat partners schreven op hun rolkaart' })).toContainText(
		'Een intake en een kort traject.'
	);
	await expectAxeClean(page);
});

test('a partner sees the directory, the expertise overview and the mandates', async ({ page, world, db }) => {
	const t = await team(world, db, page);
	const { schoolId } = await directory(db, t);
	await makeMandate(db, {
		partnershipId: t.partnership.id,
		userId: t.coordinator.id,
		organisationId: schoolId,
		role: 'Zorgcoördinator',
		decidesAlone: 'Een gesprek met ouders plannen.',
		alignmentNeeded: 'Een partner van buiten de school betrekken.',
		alignsWith: 'Directie'
	});
	const partner = await world.pageFor(t.partner);
	await visit(partner, `${t.partnership.url}/organisaties`);
	await expect(partner.getByRole('heading', { level: 2, name: 'Basisschool De Brug' })).toBeVisible();
	await expect(partner.getByRole('heading', { level: 2, name: 'CAW Oost' })).toBeVisible();
	await visit(partner, `${t.partnership.url}/expertise`);
	await expect(partner.getByRole('table')).toContainText('Rolkaart van Tom Partner');
	await visit(partner, `${t.partnership.url}/mandaten`);
	await expect(partner.getByRole('region', { name: 'Basisschool De Brug' })).toContainText(
		'Een gesprek met ouders plannen.'
	);
});
