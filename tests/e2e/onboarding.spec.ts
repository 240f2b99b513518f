// The onboarding pack: a newcomer who joins lands on the welcome pack and finds the partnership's
// purpose, members, what each offers, the mandates, the information-sharing agreements, the
// network map and the next meetings, on a page that works on a phone and prints cleanly.

import { createInviteLink, createPartnership, expect, expectAxeClean, expectNothingSticksOut, joinThroughLink, newUser, openMenu, register, test, visit } from './fixtures';

test('a newcomer finds the partnership explained in the welcome pack, on a phone and on paper', async ({ page, newContext }) => {
	await register(page);
	const partnership = await createPartnership(page, { description: 'Samen zorgen dat geen kind tussen school en hulp valt.' });

	// The coordinator describes a mandate and plans a meeting before anyone joins.
	await visit(page, `${partnership.url}/mandaten`);
	const add = page.locator('#mandate-new');
	await add.getByRole('combobox', { name: 'Voor wie geldt dit mandaat?' }).selectOption({ label: 'De samenwerking als geheel' });
	await add.getByRole('textbox', { name: 'Rol of functie' }).fill('Coördinator');
	await add.getByRole('textbox', { name: 'Wat beslist deze rol zelf?' }).fill('De agenda van het structureel overleg.');
	await add.getByRole('button', { name: 'Mandaat toevoegen' }).click();
	await expect(add.getByRole('status')).toHaveText('Het mandaat is toegevoegd.');

	await visit(page, `${partnership.url}/overleg/nieuw`);
	await page.getByRole('radio', { name: 'Structureel overleg' }).check();
	await page.getByRole('textbox', { name: 'Titel' }).fill('Kennismaking met de nieuwe partners');
	const nextYear = new Date().getUTCFullYear() + 1;
	await page.getByLabel(/^Datum/).fill(`${nextYear}-02-09`);
	await page.getByLabel('Beginuur').fill('09:00');
	await page.getByLabel('Einduur').fill('10:30');
	await page.getByRole('textbox', { name: 'Plaats' }).fill('Refter van de school');
	await page.getByRole('button', { name: 'Overleg plannen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kennismaking met de nieuwe partners' })).toBeVisible();

	// A partner joins and lands on the welcome pack.
	const link = await createInviteLink(page, partnership);
	const partnerPage = await (await newContext()).newPage();
	const partner = newUser();
	await register(partnerPage, partner);
	await joinThroughLink(partnerPage, link, { organisationName: 'CAW Oost', organisationType: 'CAW', function: 'Welzijnswerker' });
	await expect(partnerPage.getByRole('heading', { level: 1, name: `Welkom bij ${partnership.name}` })).toBeVisible();
	await expect(partnerPage.getByRole('status')).toHaveText(/Je bent aangesloten als Partner\./);

	const part = (name: string) => partnerPage.getByRole('region', { name });
	await expect(part('Waarom we samenwerken')).toContainText('Samen zorgen dat geen kind tussen school en hulp valt.');
	await expect(part('Wie doet mee')).toContainText(partner.name);
	await expect(part('Wie doet mee')).toContainText('CAW Oost');
	await expect(part('Wie beslist wat')).toContainText('De agenda van het structureel overleg.');
	await expect(part('Afspraken over het delen van informatie')).toContainText('Er zijn nog geen afspraken over het delen van informatie.');
	await expect(part('Ons netwerk')).toContainText('De netwerkkaart is nog leeg.');
	await expect(part('Volgende overleggen').getByRole('link', { name: 'Kennismaking met de nieuwe partners' })).toBeVisible();
	await expect(part('Jouw eerste stappen').getByRole('link', { name: /Vul je rolkaart in/ })).toBeVisible();
	await expectAxeClean(partnerPage);

	// Found again later through the menu, without the "you joined" message.
	await visit(partnerPage, partnership.url);
	await openMenu(partnerPage, 'Partners', 'Welkomstpakket');
	await expect(partnerPage).toHaveURL(`${partnership.url}/welkom`);
	await expect(partnerPage.getByRole('status')).toHaveCount(0);
	await expectAxeClean(partnerPage);

	// On a phone: nothing sticks out sideways.
	await partnerPage.setViewportSize({ width: 360, height: 780 });
	await expectNothingSticksOut(partnerPage);
	await expectAxeClean(partnerPage);

	// On paper: the content, without menus, buttons or the first steps.
	await partnerPage.setViewportSize({ width: 1280, height: 720 });
	await partnerPage.emulateMedia({ media: 'print' });
	await expect(partnerPage.getByRole('navigation', { name: 'Menu van de samenwerking' })).toBeHidden();
	await expect(partnerPage.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(part('Wie beslist wat')).toBeVisible();
	await expect(partnerPage.getByRole('heading', { name: 'Jouw eerste stappen' })).toBeHidden();
});
