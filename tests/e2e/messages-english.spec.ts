// Bad input is explained in the reader's language, one form per test: the messages come from the
// catalogues, not from Dutch text in the schemas and routes (src/lib/messages-literal.test.ts
// keeps it that way). What was typed stays in the form.

import type { BrowserContext } from '@playwright/test';
import { expect, expectAxeClean, newUser, test, visit } from './fixtures';

/** The language cookie the language menu sets. */
async function speak(context: BrowserContext, baseURL: string | undefined, locale: 'en' | 'fr') {
	await context.addCookies([{ name: 'brugwerk_lang', value: locale, url: baseURL ?? 'http://localhost' }]);
}

test('registering in English with a short password explains the rule in English, the name kept', async ({
	page,
	baseURL
}) => {
	await speak(page.context(), baseURL, 'en');
	const user = newUser({ password: 'short' });
	await visit(page, '/registreren');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('textbox', { name: 'Name', exact: true }).fill(user.name);
	await page.getByRole('textbox', { name: 'Email address' }).fill(user.email);
	await page.getByLabel('Password').fill(user.password);
	await page.getByRole('button', { name: 'Create account' }).click();

	await expect(page.getByRole('alert')).toContainText('Not everything has been filled in correctly.');
	await expect(page.getByText(/Choose a password of at least 8 characters/)).toBeVisible();
	await expect(page.getByText(/Kies een wachtwoord/)).toHaveCount(0);
	await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue(user.name);
	await expectAxeClean(page);
});

test('a signal in English with a short title and no theme gets English messages, the text kept', async ({
	page,
	world,
	baseURL
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await speak(page.context(), baseURL, 'en');
	await visit(page, `${partnership.url}/signalen/nieuw`);
	const description = page.getByRole('textbox', { name: 'What goes wrong?' });
	await page.getByRole('textbox', { name: 'Title' }).fill('Ab');
	await description.fill('Children from families on a low income miss the school trip.');
	await page.getByRole('button', { name: 'Save signal' }).click();

	await expect(page.getByText('Give the signal a short title (at least 3 characters).')).toBeVisible();
	await expect(page.getByText('Choose the theme the signal is about.')).toBeVisible();
	await expect(description).toHaveValue('Children from families on a low income miss the school trip.');
	await expectAxeClean(page);
});

test('a learning-log entry in English without a kind and with a short description gets English messages', async ({
	page,
	world,
	baseURL
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await speak(page.context(), baseURL, 'en');
	await visit(page, `${partnership.url}/leerlogboek/nieuw`);
	const title = page.getByRole('textbox', { name: 'Title' });
	await title.fill('Parents evening in two languages');
	await page.getByRole('textbox', { name: 'What happened?' }).fill('Too short');
	await page.getByRole('button', { name: 'Save in the learning log' }).click();

	await expect(page.getByText('Choose: something that went well, or a bottleneck.')).toBeVisible();
	await expect(page.getByText('Describe in a few sentences what happened, without names.')).toBeVisible();
	await expect(title).toHaveValue('Parents evening in two languages');
	await expectAxeClean(page);
});

test('a new organisation in French without a name or type gets French messages', async ({ page, world, baseURL }) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await speak(page.context(), baseURL, 'fr');
	await visit(page, `${partnership.url}/organisaties/nieuw`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.getByRole('button', { name: 'Ajouter l’organisation' }).click();

	await expect(page.getByText("Saisissez le nom de l'organisation (au moins 2 caractères).")).toBeVisible();
	await expect(page.getByText("Choisissez le type d'organisation.")).toBeVisible();
	await expectAxeClean(page);
});
