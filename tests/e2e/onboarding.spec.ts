// The onboarding pack, one thing a person does per test: a newcomer who just joined finds the
// partnership's purpose, members, what each offers, the mandates, the information-sharing
// agreements, the network map and the next meetings on the welcome pack; finds it again later
// through the menu; reads it on a phone; prints it cleanly. (Joining itself: newcomer.spec.ts.)

import type { Page } from '@playwright/test';
import type { Db } from '$lib/server/db/client';
import { makeMandate, makeMeeting } from '../factories';
import { expect, expectAxeClean, expectNothingSticksOut, openMenu, test, visit, type World } from './fixtures';

/**
 * A partnership with a description, a mandate and a meeting the coordinator planned before anyone
 * joined, and a partner from the CAW who then joined (logged in on `page`).
 */
async function welcomeTeam(world: World, db: Db, page: Page) {
	const { partnership, coordinator } = await world.partnership({
		description: 'Samen zorgen dat geen kind tussen school en hulp valt.'
	});
	await makeMandate(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		organisationId: '',
		role: 'Coördinator',
		decidesAlone: 'De agenda van het structureel overleg.'
	});
	await makeMeeting(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		kind: 'structural',
		title: 'Kennismaking met de nieuwe partners',
		date: `${new Date().getUTCFullYear() + 1}-02-09`,
		startTime: '09:00',
		endTime: '10:30',
		place: 'Refter van de school'
	});
	const partner = await world.member(partnership, {
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	await world.logIn(page, partner);
	return { partnership, partner };
}

test('a newcomer who just joined finds the partnership explained in the welcome pack', async ({ page, world, db }) => {
	const { partnership, partner } = await welcomeTeam(world, db, page);
	// Where joining lands a newcomer.
	await visit(page, `${partnership.url}/welkom?nieuw`);
	await expect(page.getByRole('heading', { level: 1, name: `Welkom bij ${partnership.name}` })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(/Je bent aangesloten als Partner\./);

	const part = (name: string) => page.getByRole('region', { name });
	await expect(part('Waarom we samenwerken')).toContainText('Samen zorgen dat geen kind tussen school en hulp valt.');
	await expect(part('Wie doet mee')).toContainText(partner.name);
	await expect(part('Wie doet mee')).toContainText('CAW Oost');
	await expect(part('Wie beslist wat')).toContainText('De agenda van het structureel overleg.');
	await expect(part('Afspraken over het delen van informatie')).toContainText(
		'Er zijn nog geen afspraken over het delen van informatie.'
	);
	await expect(part('Ons netwerk')).toContainText('De netwerkkaart is nog leeg.');
	await expect(
		part('Volgende overleggen').getByRole('link', { name: 'Kennismaking met de nieuwe partners' })
	).toBeVisible();
	await expect(part('Jouw eerste stappen').getByRole('link', { name: /Vul je rolkaart in/ })).toBeVisible();
});

test('the welcome pack is found again through the menu, without the “you joined” message', async ({
	page,
	world,
	db
}) => {
	const { partnership } = await welcomeTeam(world, db, page);
	await visit(page, partnership.url);
	await openMenu(page, 'Partners', 'Welkomstpakket');
	await expect(page).toHaveURL(`${partnership.url}/welkom`);
	await expect(page.getByRole('status')).toHaveCount(0);
	await expectAxeClean(page);
});

test('on a phone, nothing of the welcome pack sticks out sideways', async ({ page, world, db }) => {
	const { partnership } = await welcomeTeam(world, db, page);
	await page.setViewportSize({ width: 360, height: 780 });
	await visit(page, `${partnership.url}/welkom`);
	await expectNothingSticksOut(page);
});

test('the welcome pack prints its content without menus, buttons or the first steps', async ({ page, world, db }) => {
	const { partnership } = await welcomeTeam(world, db, page);
	await visit(page, `${partnership.url}/welkom`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Menu van de samenwerking' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(page.getByRole('region', { name: 'Wie beslist wat' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Jouw eerste stappen' })).toBeHidden();
});
