// The newcomer journey: a coordinator starts a partnership and invites a partner with a copied
// link; the partner registers through that link and joins; both fill in their role card and see
// each other's card side by side on "Wie biedt wat".

import {
	createInviteLink,
	createPartnership,
	expect,
	expectAxeClean,
	fillRegistration,
	fillRoleCard,
	newUser,
	openMenu,
	register,
	submitJoin,
	test,
	type Partnership,
	type RoleCardInput
} from './fixtures';
import type { Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

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

test('a coordinator invites a partner by link; both fill in a role card and see each other’s', async ({
	page,
	newContext
}) => {
	// The coordinator: account, partnership, invitation link.
	const coordinator = await register(page);
	const partnership = await createPartnership(page, { organisationName: 'Basisschool De Regenboog', organisationType: 'School', function: 'Zorgcoördinator' });
	const link = await createInviteLink(page, partnership, { role: 'Partner' });
	expect(new URL(link).origin).toBe(new URL(page.url()).origin);

	await page.getByRole('button', { name: 'Kopieer link' }).click();
	await expect(page.getByText('Gekopieerd', { exact: true })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	// The link is listed (without the token) as a valid, unused invitation.
	await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
	await expect(page.getByRole('table')).toContainText('Geldig');

	// The partner, at another computer: opens the link, makes an account, comes back and joins.
	const partnerPage = await (await newContext()).newPage();
	await partnerPage.goto(link);
	await expect(partnerPage.getByRole('heading', { level: 1, name: `Aansluiten bij ${partnership.name}` })).toBeVisible();
	await expectAxeClean(partnerPage);
	await partnerPage.getByRole('main').getByRole('link', { name: 'Account maken' }).click();
	await expect(partnerPage).toHaveURL(/\/registreren\?next=/);
	await expectAxeClean(partnerPage);
	const partner = newUser();
	await fillRegistration(partnerPage, partner);
	await partnerPage.getByRole('button', { name: 'Account maken' }).click();
	await expect(partnerPage).toHaveURL(new URL(link).pathname);
	await expect(partnerPage.getByRole('heading', { level: 1, name: `Aansluiten bij ${partnership.name}` })).toBeVisible();
	await expectAxeClean(partnerPage);
	const joined = await submitJoin(partnerPage, { organisationName: 'CAW Oost-Vlaanderen', organisationType: 'CAW', function: 'Welzijnswerker' });
	expect(joined.id).toBe(partnership.id);
	await expect(partnerPage.getByRole('status')).toHaveText(/Je bent aangesloten als Partner\./);

	// Both fill in their role card.
	const coordinatorText = 'Ik volg de zorg voor leerlingen op en stem af met het CLB.';
	const partnerText = 'Ik begeleid gezinnen bij vragen over wonen en inkomen.';
	await fillAndSaveRoleCard(page, partnership, {
		coreTask: coordinatorText,
		choices: { 'Zo werk ik vooral': ['Signalerend'], 'Dit kan ik doen': ['Gesprekken', 'Overleg'] },
		texts: { 'Dit beslis ik zelf': 'Een gesprek met ouders plannen.', 'Dit kan ik niet opnemen': 'Therapie of huisbezoeken.' }
	});
	await fillAndSaveRoleCard(partnerPage, partnership, {
		coreTask: partnerText,
		choices: { 'Zo werk ik vooral': ['Begeleidend', 'Doorverwijzend'], 'Mijn expertise': ['Psychosociaal'] },
		texts: { 'Hier kan ik flexibel zijn': 'Ik kom ook op school langs, na de schooluren.' }
	});

	// Each sees the other's card, side by side with their own.
	await expectCardOf(page, partnership, partner.name, [partnerText, 'Begeleidend, Doorverwijzend', 'Psychosociaal', 'CAW Oost-Vlaanderen']);
	await expectCardOf(partnerPage, partnership, coordinator.name, [coordinatorText, 'Gesprekken, Overleg', 'Therapie of huisbezoeken.']);
	await expect(page.getByRole('heading', { level: 2, name: coordinator.name, exact: true })).toBeVisible();
	await expect(partnerPage.getByRole('heading', { level: 2, name: partner.name, exact: true })).toBeVisible();

	// The coordinator's overview counts both cards.
	await page.getByRole('navigation', { name: 'Menu van de samenwerking' }).getByRole('link', { name: 'Overzicht' }).click();
	await expect(page.getByText('2 van 2 partners hebben hun rolkaart ingevuld.')).toBeVisible();
	await expectAxeClean(page);
});
