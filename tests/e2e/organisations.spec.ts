// Organisations, expertise overview and mandates (step 3 of the method for "relatie"): the
// coordinator adds an organisation from a suggestion and one by hand (after a validation error that
// keeps the input), links herself, sees the expertise overview with the partner's role card and a
// gap, and adds a mandate; a partner sees all of it. Axe runs on every page state visited.

import { createInviteLink, createPartnership, expect, expectAxeClean, fillRegistration, fillRoleCard, newUser, openMenu, register, submitJoin, test, visit } from './fixtures';

test('the organisations directory, expertise overview and mandates', async ({ page, newContext }) => {
	test.setTimeout(150_000);
	await register(page, { name: 'Sofie Coördinator' });
	const partnership = await createPartnership(page, { organisationName: 'Basisschool De Brug', organisationType: 'School', function: 'Zorgcoördinator' });

	// A partner joins from the CAW and fills in a role card with expertise and a mandate.
	const link = await createInviteLink(page, partnership, { role: 'Partner' });
	const partner = await (await newContext()).newPage();
	await visit(partner, link);
	await partner.locator('#main').getByRole('link', { name: 'Account maken' }).click();
	await fillRegistration(partner, newUser({ name: 'Tom Partner' }));
	await partner.getByRole('button', { name: 'Account maken' }).click();
	await submitJoin(partner, { organisationName: 'CAW Oost', organisationType: 'CAW', function: 'Welzijnswerker' });
	await visit(partner, `${partnership.url}/rolkaart`);
	await fillRoleCard(partner, {
		coreTask: 'Gezinnen helpen met vragen over wonen en geld.',
		choices: { 'Mijn expertise': ['Wonen', 'Armoede en schulden'] },
		texts: { 'Dit beslis ik zelf': 'Een intake en een kort traject.' }
	});
	await partner.getByRole('button', { name: 'Rolkaart opslaan' }).click();
	await expect(partner.getByText('Je rolkaart is opgeslagen.')).toBeVisible();

	// The coordinator opens the directory through the menu: both organisations are suggested.
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

	// By hand: the school, first without sector and level. The message sits next to the field and
	// nothing typed is lost.
	await page.getByRole('link', { name: 'Alle organisaties' }).click();
	await expect(page.getByRole('region', { name: 'Voorstellen' })).not.toContainText('CAW Oost');
	await page.getByRole('link', { name: 'Organisatie toevoegen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Organisatie toevoegen' })).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'Naam van de organisatie' }).fill('Basisschool De Brug');
	await page.getByRole('combobox', { name: 'Soort organisatie' }).selectOption({ label: 'School' });
	await page.getByRole('textbox', { name: 'Contactpersoon' }).fill('Sofie, zorgcoördinator');
	await page.getByRole('checkbox', { name: /^Pedagogisch/ }).check();
	await page.getByRole('checkbox', { name: /^Sofie Coördinator/ }).check();
	await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
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

	// The same name again, in other letters: refused next to the name field.
	await visit(page, `${partnership.url}/organisaties/nieuw`);
	await page.getByRole('textbox', { name: 'Naam van de organisatie' }).fill('caw oost');
	await page.getByRole('combobox', { name: 'Soort organisatie' }).selectOption({ label: 'CAW' });
	await page.getByRole('radio', { name: 'Welzijn' }).check();
	await page.getByRole('radio', { name: /^Meso/ }).check();
	await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
	await expect(page.locator('#f-name-error')).toHaveText(/Er staat al een organisatie met deze naam/);
	await expect(page.getByRole('textbox', { name: 'Naam van de organisatie' })).toHaveValue('caw oost');
	await expectAxeClean(page);

	// The list: both organisations with sector, level and members; nothing left to suggest.
	await visit(page, `${partnership.url}/organisaties`);
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

	// The expertise overview: ticks with their source, and the gaps.
	await openMenu(page, 'Netwerk', 'Expertise');
	await expect(page.getByRole('heading', { level: 1, name: 'Expertise in de samenwerking' })).toBeVisible();
	const table = page.getByRole('table');
	const cawRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /CAW Oost/ }) });
	const columnIndex = async (name: string) =>
		(await table.getByRole('columnheader').allInnerTexts()).findIndex((t) => t.replace(/\s+/g, ' ').startsWith(name));
	await expect(cawRow.getByRole('cell').nth((await columnIndex('Wonen')) - 1)).toContainText('Rolkaart van Tom Partner');
	const schoolRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Basisschool De Brug/ }) });
	await expect(schoolRow.getByRole('cell').nth((await columnIndex('Pedagogisch')) - 1)).toContainText('Fiche');
	await expect(table.getByRole('columnheader', { name: /Juridisch\s*ontbreekt/ })).toBeVisible();
	const gaps = page.getByRole('region', { name: 'Wat ontbreekt' });
	await expect(gaps.getByRole('listitem').filter({ hasText: 'Juridisch' })).toBeVisible();
	await expect(gaps).toContainText('Elke partner is aan een organisatie gekoppeld.');
	await expectAxeClean(page);
	// On a phone the table scrolls sideways inside its labelled region.
	await page.setViewportSize({ width: 360, height: 740 });
	const region = page.getByRole('region', { name: 'Expertise per organisatie' });
	await expect(region).toBeVisible();
	expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
	await expectAxeClean(page);
	await page.setViewportSize({ width: 1280, height: 720 });

	// A mandate for the school; first without a role.
	await openMenu(page, 'Netwerk', 'Mandaten');
	await expect(page.getByRole('heading', { level: 1, name: 'Mandaten' })).toBeVisible();
	await expectAxeClean(page);
	const add = page.locator('#mandate-new');
	await add.getByRole('combobox', { name: 'Voor wie geldt dit mandaat?' }).selectOption({ label: 'Basisschool De Brug' });
	await add.getByRole('textbox', { name: 'Wat beslist deze rol zelf?' }).fill('Een gesprek met ouders plannen.');
	await add.getByRole('button', { name: 'Mandaat toevoegen' }).click();
	await expect(add.locator('#new-role-error')).toContainText('Vul de rol of functie in');
	await expect(add.getByRole('textbox', { name: 'Wat beslist deze rol zelf?' })).toHaveValue('Een gesprek met ouders plannen.');
	await expectAxeClean(page);
	await add.getByRole('textbox', { name: 'Rol of functie' }).fill('Zorgcoördinator');
	await add.getByRole('textbox', { name: 'Wanneer is eerst afstemming nodig?' }).fill('Een partner van buiten de school betrekken.');
	await add.getByRole('textbox', { name: 'Met wie wordt er afgestemd?' }).fill('Directie');
	await add.getByRole('button', { name: 'Mandaat toevoegen' }).click();
	await expect(add.getByRole('status')).toHaveText('Het mandaat is toegevoegd.');
	const school = page.getByRole('region', { name: 'Basisschool De Brug' });
	await expect(school.getByRole('heading', { level: 3, name: 'Zorgcoördinator' })).toBeVisible();
	await expect(school).toContainText('Een partner van buiten de school betrekken.');
	await expect(add.getByRole('textbox', { name: 'Rol of functie' })).toHaveValue('');
	await expect(page.getByRole('region', { name: 'Wat partners schreven op hun rolkaart' })).toContainText('Een intake en een kort traject.');
	await expectAxeClean(page);

	// The partner sees the directory, the overview and the mandates.
	await visit(partner, `${partnership.url}/organisaties`);
	await expect(partner.getByRole('heading', { level: 2, name: 'Basisschool De Brug' })).toBeVisible();
	await expect(partner.getByRole('heading', { level: 2, name: 'CAW Oost' })).toBeVisible();
	await visit(partner, `${partnership.url}/expertise`);
	await expect(partner.getByRole('table')).toContainText('Rolkaart van Tom Partner');
	await visit(partner, `${partnership.url}/mandaten`);
	await expect(partner.getByRole('region', { name: 'Basisschool De Brug' })).toContainText('Een gesprek met ouders plannen.');
});
