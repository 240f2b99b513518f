// The newcomer, one thing a person does per test: a coordinator makes an invitation link, copies it
// and sees it listed; a partner without an account opens a link the coordinator made, registers
// through it and joins; the coordinator and the partner each fill in their role card; each sees the
// other's card side by side with their own on "Wie biedt wat"; the coordinator's overview counts
// the cards.

import type { Page } from '@playwright/test';
import type { Db } from '$lib/server/db/client';
import { makeRoleCard } from '../factories';
import {
	createInviteLink,
	expect,
	expectAxeClean,
	fillRegistration,
	fillRoleCard,
	newUser,
	openMenu,
	submitJoin,
	test,
	visit,
	type Partnership,
	type RoleCardInput,
	type World
} from './fixtures';
import { linkIn, waitForMail } from './outbox';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** A partnership started by a coordinator of a school. */
function schoolPartnership(world: World) {
	return world.partnership({
		organisationName: 'Basisschool De Regenboog',
		organisationType: 'school',
		function: 'zorgcoordinator'
	});
}

/** …and a partner of the CAW who joined it. */
async function team(world: World) {
	const { partnership, coordinator } = await schoolPartnership(world);
	const partner = await world.member(partnership, {
		organisationName: 'CAW Oost-Vlaanderen',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	return { partnership, coordinator, partner };
}

async function fillAndSaveRoleCard(page: Page, partnership: Partnership, card: RoleCardInput) {
	await openMenu(page, 'Partners', 'Mijn rolkaart');
	await expect(page).toHaveURL(`${partnership.url}/rolkaart`);
	await expect(page.getByRole('heading', { level: 1, name: 'Mijn rolkaart' })).toBeVisible();
	await expectAxeClean(page);
	await fillRoleCard(page, card);
	await page.getByRole('button', { name: 'Rolkaart opslaan' }).click();
	await expect(page.getByText('Je rolkaart is opgeslagen.')).toBeVisible();
	await expectAxeClean(page);
}

async function expectCardOf(page: Page, partnership: Partnership, name: string, texts: string[]) {
	await openMenu(page, 'Partners', 'Wie biedt wat');
	await expect(page).toHaveURL(`${partnership.url}/wie-biedt-wat`);
	await expect(page.getByRole('heading', { level: 1, name: 'Wie biedt wat' })).toBeVisible();
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
	await expect(card).toHaveCount(1);
	for (const text of texts) await expect(card).toContainText(text);
	await expectAxeClean(page);
}

const coordinatorText = 'Ik volg de zorg voor leerlingen op en stem af met het CLB.';
const partnerText = 'Ik begeleid gezinnen bij vragen over wonen en inkomen.';

test('a coordinator makes an invitation link, copies it, and sees it listed as valid', async ({ page, world }) => {
	const { partnership, coordinator } = await schoolPartnership(world);
	await world.logIn(page, coordinator);
	const link = await createInviteLink(page, partnership, { role: 'Partner' });
	expect(new URL(link).origin).toBe(new URL(page.url()).origin);

	await page.getByRole('button', { name: 'Kopieer link' }).click();
	await expect(page.getByText('Gekopieerd', { exact: true })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	// The link is listed (without the token) as a valid, unused invitation.
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
	await expect(page.getByRole('table')).toContainText('Geldig');
});

test('a partner opens the coordinator’s link, makes an account through it and joins', async ({
	page,
	world,
	newContext
}) => {
	// Both in the browser: the coordinator makes the link, the partner walks the link, registration, join
	// and welcome pack (nine axe checks in all), with the address confirmed through the mailed link.
	test.slow();
	const { partnership, coordinator } = await schoolPartnership(world);
	await world.logIn(page, coordinator);
	const link = await createInviteLink(page, partnership, { role: 'Partner' });

	// The partner, at another computer: opens the link, makes an account, comes back and joins.
	const partnerPage = await (await newContext()).newPage();
	await partnerPage.goto(link);
	await expect(
		partnerPage.getByRole('heading', { level: 1, name: `Aansluiten bij ${partnership.name}` })
	).toBeVisible();
	await expectAxeClean(partnerPage);
	await partnerPage.getByRole('main').getByRole('link', { name: 'Account maken' }).click();
	await expect(partnerPage).toHaveURL(/\/registreren\?next=/);
	await expectAxeClean(partnerPage);
	const partner = newUser();
	await fillRegistration(partnerPage, partner);
	await partnerPage.getByRole('button', { name: 'Account maken' }).click();
	await expect(partnerPage.getByRole('status')).toContainText(`We stuurden een mail naar ${partner.email}.`);
	await expectAxeClean(partnerPage);

	// The address is confirmed through the mailed link, then the partner logs in and is back at the link.
	const mail = await waitForMail(partner, 'Bevestig je e-mailadres voor Brugwerk');
	await partnerPage.goto(linkIn(mail, '/e-mail-bevestigen/'));
	await expectAxeClean(partnerPage);
	await partnerPage.getByRole('button', { name: 'Bevestigen' }).click();
	await expect(
		partnerPage.getByRole('status').filter({ hasText: 'Je e-mailadres is bevestigd. Log in om verder te gaan.' })
	).toBeVisible();
	await partnerPage.getByRole('textbox', { name: 'E-mailadres' }).fill(partner.email);
	await partnerPage.getByLabel('Wachtwoord').fill(partner.password);
	await partnerPage.getByRole('button', { name: 'Inloggen' }).click();
	await expect(partnerPage).toHaveURL(new URL(link).pathname);
	await expect(
		partnerPage.getByRole('heading', { level: 1, name: `Aansluiten bij ${partnership.name}` })
	).toBeVisible();
	await expectAxeClean(partnerPage);
	const joined = await submitJoin(partnerPage, {
		organisationName: 'CAW Oost-Vlaanderen',
		organisationType: 'CAW',
		function: 'Welzijnswerker'
	});
	expect(joined.id).toBe(partnership.id);
	await expect(partnerPage.getByRole('status')).toHaveText(/Je bent aangesloten als Partner\./);
});

test('the coordinator fills in a role card, found through the menu', async ({ page, world }) => {
	const { partnership, coordinator } = await schoolPartnership(world);
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	await fillAndSaveRoleCard(page, partnership, {
		coreTask: coordinatorText,
		choices: { 'Zo werk ik vooral': ['Signalerend'], 'Dit kan ik doen': ['Gesprekken', 'Overleg'] },
		texts: {
			'Dit beslis ik zelf': 'Een gesprek met ouders plannen.',
			'Dit kan ik niet opnemen': 'Therapie of huisbezoeken.'
		}
	});
});

test('a partner fills in a role card, found through the menu', async ({ page, world }) => {
	const { partnership, partner } = await team(world);
	await world.logIn(page, partner);
	await visit(page, partnership.url);
	await fillAndSaveRoleCard(page, partnership, {
		coreTask: partnerText,
		choices: { 'Zo werk ik vooral': ['Begeleidend', 'Doorverwijzend'], 'Mijn expertise': ['Psychosociaal'] },
		texts: { 'Hier kan ik flexibel zijn': 'Ik kom ook op school langs, na de schooluren.' }
	});
});

/** Both role cards as the two fill them in above (answers by field name). */
async function bothCards(db: Db, partnershipId: string, coordinatorId: string, partnerId: string) {
	await makeRoleCard(db, {
		partnershipId,
		userId: coordinatorId,
		answers: {
			coreTask: coordinatorText,
			workingStyle: ['signalerend'],
			offer: ['gesprekken', 'overleg'],
			mandateAlone: 'Een gesprek met ouders plannen.',
			limitsDetail: 'Therapie of huisbezoeken.'
		}
	});
	await makeRoleCard(db, {
		partnershipId,
		userId: partnerId,
		answers: {
			coreTask: partnerText,
			workingStyle: ['begeleidend', 'doorverwijzend'],
			expertise: ['psychosociaal'],
			flexibility: 'Ik kom ook op school langs, na de schooluren.'
		}
	});
}

test('the coordinator and the partner each see the other’s role card next to their own on “Wie biedt wat”', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator, partner } = await team(world);
	await bothCards(db, partnership.id, coordinator.id, partner.id);
	await world.logIn(page, coordinator);
	const partnerPage = await world.pageFor(partner);
	await visit(page, partnership.url);
	await visit(partnerPage, partnership.url);

	await expectCardOf(page, partnership, partner.name, [
		partnerText,
		'Begeleidend, Doorverwijzend',
		'Psychosociaal',
		'CAW Oost-Vlaanderen'
	]);
	await expectCardOf(partnerPage, partnership, coordinator.name, [
		coordinatorText,
		'Gesprekken, Overleg',
		'Therapie of huisbezoeken.'
	]);
	await expect(page.getByRole('heading', { level: 2, name: coordinator.name, exact: true })).toBeVisible();
	await expect(partnerPage.getByRole('heading', { level: 2, name: partner.name, exact: true })).toBeVisible();
});

test('the coordinator’s overview counts the filled-in role cards', async ({ page, world, db }) => {
	const { partnership, coordinator, partner } = await team(world);
	await bothCards(db, partnership.id, coordinator.id, partner.id);
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/wie-biedt-wat`);
	await page
		.getByRole('navigation', { name: 'Menu van de samenwerking' })
		.getByRole('link', { name: 'Overzicht' })
		.click();
	await expect(page.getByText('Rolkaarten ingevuld: 2 van 2.')).toBeVisible();
	await expectAxeClean(page);
});
