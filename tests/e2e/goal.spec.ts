// The common goal: a coordinator writes a vague goal and sees the SMART hints while typing, saves it,
// improves it letter by letter (the guard stops a national register number), and the history shows
// both versions with what changed. A partner reads the goal (no goal form, but agreements for it), and
// the welcome pack shows it. Without JavaScript, a second coordinator's stale save shows both versions.

import { createInviteLink, createPartnership, expect, expectAxeClean, fillRegistration, newUser, openMenu, register, submitJoin, test, visit } from './fixtures';

test('a common goal, from vague to SMART, with its history, read by a partner and in the welcome pack', async ({ page, newContext }) => {
	test.setTimeout(120_000);
	await register(page, { name: 'Sofie Coördinator' });
	const partnership = await createPartnership(page);

	// Through the menu, right after the overview.
	await openMenu(page, 'Doel');
	await expect(page).toHaveURL(`${partnership.url}/doel`);
	await expect(page.getByRole('heading', { level: 1, name: 'Ons gemeenschappelijk doel' })).toBeVisible();
	await expect(page.getByText('Er is nog geen gemeenschappelijk doel.')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Geschiedenis van het doel' })).toBeVisible();
	await expectAxeClean(page);

	// Nothing filled: Dutch errors next to the fields, the typed text kept.
	const why = page.getByRole('textbox', { name: 'Waarom we samenwerken' });
	const specific = page.getByRole('textbox', { name: /Specifiek/ });
	await why.fill('Kort');
	await page.getByRole('button', { name: 'Doel bewaren' }).click();
	await expect(page.getByText('Schrijf in een paar zinnen waarom jullie samenwerken')).toBeVisible();
	await expect(page.getByText('Beschrijf wat jullie samen willen bereiken.')).toBeVisible();
	await expect(why).toHaveValue('Kort');
	await expectAxeClean(page);

	// A vague goal: the hints appear while typing.
	await why.fill('Gezinnen in de wijk vertellen hun verhaal aan school, CLB en OCMW telkens opnieuw.');
	await specific.fill('We willen betere samenwerking.');
	await expect(page.getByTestId('check-specific')).toContainText('Nog wat kort');
	await expect(page.getByTestId('check-measurable')).toContainText('Noem iets wat je kunt tellen of zien');
	await expect(page.getByTestId('check-timeBound')).toContainText('Kies een datum');
	await specific.fill('We willen de samenwerking tussen de scholen en de hulp in onze wijk verbeteren.');
	await expect(page.getByTestId('check-specific')).toContainText('‘beter’ of ‘meer’');
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Doel bewaren' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	// After saving, the checks stay next to each letter, and the goal shows above the form.
	await expect(page.getByTestId('check-measurable')).toContainText('Tip');
	await expect(page.locator('section.current')).toContainText('We willen de samenwerking tussen de scholen');
	await expect(page.locator('details.version')).toHaveCount(1);
	await expectAxeClean(page);

	// Improved letter by letter; a national register number is stopped by the guard.
	const year = new Date().getFullYear() + 2;
	await specific.fill('Elk gezin dat een school doorverwijst naar het CLB of het OCMW heeft binnen tien schooldagen een eerste gesprek.');
	await page.getByRole('textbox', { name: /Meetbaar/ }).fill('We tellen per trimester het aantal doorverwijzingen en de wachttijd tot het eerste gesprek.');
	await page.getByRole('textbox', { name: /Actief/ }).fill('De zorgcoördinatoren melden aan, het CLB en het OCMW plannen het gesprek.');
	await page.getByRole('textbox', { name: /Realistisch/ }).fill('Elke dienst heeft al een vast aanspreekpunt per school, dus dit vraagt geen extra overleg.');
	await page.getByLabel(/Tijdsgebonden/).fill(`${year}-06-30`);
	await page.getByRole('textbox', { name: 'Wie was betrokken bij het opstellen?' }).fill('Drie scholen, het CLB en het OCMW. Vraag van ouder 15.03.12-123.76.');
	await page.getByRole('combobox', { name: 'Waren gezinnen betrokken?' }).selectOption({ label: 'Gedeeltelijk' });
	await page.getByLabel('Evaluatiedatum').fill(`${year}-01-31`);
	for (const letter of ['specific', 'measurable', 'active', 'realistic', 'timeBound']) await expect(page.getByTestId(`check-${letter}`)).toContainText('In orde');
	await page.getByRole('button', { name: 'Doel bewaren' }).click();
	const warning = page.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' });
	await expect(warning).toBeVisible();
	await expect(page.getByRole('textbox', { name: /Meetbaar/ })).toHaveValue(/per trimester/); // nothing lost
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'Wie was betrokken bij het opstellen?' }).fill('Drie scholen, het CLB en het OCMW. Twee ouders gaven feedback.');
	await page.getByRole('button', { name: 'Doel bewaren' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	await expect(page.locator('section.current')).toContainText('binnen tien schooldagen');
	await expect(page.locator('section.current')).toContainText('Gedeeltelijk');

	// The history: two versions, newest first, with what changed.
	const versions = page.locator('details.version');
	await expect(versions).toHaveCount(2);
	await expect(versions.nth(0).locator('summary')).toContainText('Versie 2');
	await expect(versions.nth(0).locator('summary')).toContainText('Sofie Coördinator');
	await expect(versions.nth(0).locator('summary')).toContainText('Gewijzigd: Specifiek, Meetbaar, Actief, Realistisch, Tijdsgebonden');
	await expect(versions.nth(1).locator('summary')).toContainText('Eerste versie');
	await versions.nth(1).locator('summary').click();
	await expect(versions.nth(1)).toContainText('We willen de samenwerking tussen de scholen');
	await expectAxeClean(page);

	// A partner joins: the welcome pack shows the why and the SMART goal; the goal page has no form.
	const link = await createInviteLink(page, partnership, { role: 'Partner' });
	const partnerContext = await newContext();
	const partner = await partnerContext.newPage();
	await visit(partner, link);
	await partner.locator('#main').getByRole('link', { name: 'Account maken' }).click();
	await fillRegistration(partner, newUser({ name: 'Tom Partner' }));
	await partner.getByRole('button', { name: 'Account maken' }).click();
	await submitJoin(partner, { organisationName: 'CAW Oost', organisationType: 'CAW', function: 'Welzijnswerker' });
	const whySection = partner.locator('section').filter({ has: partner.getByRole('heading', { level: 2, name: 'Waarom we samenwerken' }) });
	await expect(whySection).toContainText('telkens opnieuw');
	await expect(whySection).toContainText('binnen tien schooldagen');
	await expect(whySection).toContainText('Meetbaar');
	await visit(partner, `${partnership.url}/doel`);
	await expect(partner.locator('section.current')).toContainText('binnen tien schooldagen');
	await expect(partner.getByRole('button', { name: 'Doel bewaren' })).toHaveCount(0);
	await expect(partner.getByRole('textbox', { name: 'Waarom we samenwerken' })).toHaveCount(0);
	// Partners do make agreements to reach the goal.
	await expect(partner.getByRole('textbox', { name: 'Wat spreken we af?' })).toBeVisible();
	await expect(partner.locator('details.version')).toHaveCount(2);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('two coordinators edit the goal at once: the second sees both versions and keeps their text', async ({ page }) => {
		await register(page, { name: 'Sofie Coördinator' });
		const partnership = await createPartnership(page);
		await visit(page, `${partnership.url}/doel`);
		await page.getByRole('textbox', { name: 'Waarom we samenwerken' }).fill('Gezinnen vertellen hun verhaal telkens opnieuw aan school, CLB en OCMW.');
		await page.getByRole('textbox', { name: /Specifiek/ }).fill('Elk doorverwezen gezin heeft binnen tien schooldagen een eerste gesprek.');
		await page.getByRole('button', { name: 'Doel bewaren' }).click();
		await expect(page.getByText('Opgeslagen.')).toBeVisible();

		// A second window opens the goal; the first saves a change in the meantime.
		const other = await page.context().newPage();
		await visit(other, `${partnership.url}/doel`);
		await page.getByRole('textbox', { name: /Specifiek/ }).fill('Elk doorverwezen gezin heeft binnen acht schooldagen een eerste gesprek.');
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
