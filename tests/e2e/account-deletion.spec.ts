// Deleting one's account (ADR 0022): a person without partnerships confirms with their password,
// lands on the home page with a notice, gets a last mail, and cannot log in with that address again.

import { expect, expectAxeClean, test, visit } from './fixtures';
import { waitForMail } from './outbox';

test('a person without partnerships deletes their account and cannot log in again', async ({ page, world }) => {
	const user = await world.user();
	await world.logIn(page, user);
	await visit(page, '/account');
	await page.getByRole('link', { name: 'Account verwijderen' }).last().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Account verwijderen' })).toBeVisible();
	await expect(page.getByText('Dit kun je niet ongedaan maken.')).toBeVisible();
	await expectAxeClean(page);

	await page.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
	await page.getByRole('button', { name: 'Mijn account definitief verwijderen' }).click();
	await expect(page.getByText('Dit is niet je huidige wachtwoord.')).toBeVisible();
	await expectAxeClean(page);

	await page.getByLabel('Huidig wachtwoord').fill(user.password);
	await page.getByRole('button', { name: 'Mijn account definitief verwijderen' }).click();
	await expect(page).toHaveURL(/\/\?account=verwijderd$/);
	await expect(page.getByRole('status')).toContainText('Je account is verwijderd.');
	await expectAxeClean(page);
	await waitForMail(user, 'Je account bij Brugwerk is verwijderd');

	await visit(page, '/account');
	await expect(page).toHaveURL(/\/inloggen/);
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
	await page.getByLabel('Wachtwoord').fill(user.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('alert')).toContainText('horen niet bij elkaar');
});
