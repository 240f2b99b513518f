// Nothing typed is lost: a half-filled role card is kept as a draft (saved automatically while
// typing, or with "Concept bewaren" when JavaScript is off) and comes back after a reload.
// Without JavaScript, the account forms work too (SvelteKit form actions).

import { createPartnership, expect, expectAxeClean, fillRoleCard, logIn, newUser, register, test, visit } from './fixtures';

test('a half-filled role card is saved as a draft while typing and survives a reload', async ({ page }) => {
	await register(page);
	const partnership = await createPartnership(page);
	await visit(page, `${partnership.url}/rolkaart`);

	await fillRoleCard(page, {
		coreTask: 'Ik ben de brugfiguur tussen school en gezin',
		choices: { 'Dit kan ik doen': ['Gesprekken'] },
		texts: { 'Zo zeg ik het met respect': 'Dat kan ik niet opnemen, maar het CLB wel.' }
	});
	// Autosave: a moment after the last change, the draft is stored and the status says so.
	await expect(page.getByRole('status').filter({ hasText: /^Concept bewaard om \d{1,2}[:.]\d{2}/ })).toBeVisible();
	await expectAxeClean(page);

	await page.reload();
	await expect(page.getByText(/teruggezet/)).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Mijn kerntaak' })).toHaveValue('Ik ben de brugfiguur tussen school en gezin');
	await expect(page.getByRole('group', { name: 'Dit kan ik doen' }).getByRole('checkbox', { name: 'Gesprekken' })).toBeChecked();
	await expect(page.getByRole('group', { name: 'Dit kan ik doen' }).getByRole('checkbox', { name: 'Overleg' })).not.toBeChecked();
	await expect(page.getByRole('textbox', { name: 'Zo zeg ik het met respect' })).toHaveValue('Dat kan ik niet opnemen, maar het CLB wel.');
	await expectAxeClean(page);

	// The overview shows the card as in progress, and the draft is not yet visible to partners.
	await visit(page, partnership.url);
	await expect(page.getByText('Je rolkaart is half ingevuld.')).toBeVisible();
	await visit(page, `${partnership.url}/wie-biedt-wat`);
	await expect(page.getByText('Nog niemand heeft een rolkaart ingevuld.')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('registration, logging out and in, and "Concept bewaren" work', async ({ page }) => {
		// A validation error keeps the input without JavaScript too.
		const user = newUser();
		await visit(page, '/registreren');
		await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(user.name);
		await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
		await page.getByLabel('Wachtwoord').fill('kort');
		await page.getByRole('button', { name: 'Account maken' }).click();
		await expect(page.getByLabel('Wachtwoord')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue(user.email);
		await expectAxeClean(page);
		await page.getByLabel('Wachtwoord').fill(user.password);
		await page.getByRole('button', { name: 'Account maken' }).click();
		await expect(page).toHaveURL('/s');
		await expectAxeClean(page);

		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await expect(page).toHaveURL('/');
		await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen' })).toBeVisible();
		await expectAxeClean(page);
		await logIn(page, user);
		await expectAxeClean(page);

		const partnership = await createPartnership(page);
		await visit(page, `${partnership.url}/rolkaart`);
		await fillRoleCard(page, {
			coreTask: 'Half af: ik werk in de buitenschoolse opvang',
			choices: { 'Mijn expertise': ['Pedagogisch'] }
		});
		await page.getByRole('button', { name: 'Concept bewaren' }).click();
		await expect(page).toHaveURL(`${partnership.url}/rolkaart?/draft`);
		await expect(page.getByText(/teruggezet/)).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Mijn kerntaak' })).toHaveValue('Half af: ik werk in de buitenschoolse opvang');
		await expectAxeClean(page);

		// Opened again later: the draft is back.
		await visit(page, `${partnership.url}/rolkaart`);
		await expect(page.getByText(/teruggezet/)).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Mijn kerntaak' })).toHaveValue('Half af: ik werk in de buitenschoolse opvang');
		await expect(page.getByRole('group', { name: 'Mijn expertise' }).getByRole('checkbox', { name: 'Pedagogisch' })).toBeChecked();

		// And saving it for real works without JavaScript as well.
		await page.getByRole('button', { name: 'Rolkaart opslaan' }).click();
		await expect(page.getByText('Je rolkaart is opgeslagen.')).toBeVisible();
		await expect(page.getByText(/teruggezet/)).toHaveCount(0);
		await expectAxeClean(page);
	});
});
