// A validation error never loses what the user typed: the message shows next to the field (in
// Dutch, linked to it for screen readers) and every other answer is still there. One form per test:
// registration (a too short password, a common password, an e-mail address that already has an
// account), starting a partnership without a region, and saving a role card without a core task.
// Only the registration tests start without an account; the others log in with a session cookie.

import type { Locator } from '@playwright/test';
import { expect, expectAxeClean, fillMemberProfile, fillRoleCard, newUser, test, visit } from './fixtures';
import { waitForMail } from './outbox';

/** The field is marked invalid and its message is linked through aria-describedby. */
async function expectFieldError(field: Locator, message: string | RegExp) {
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	// The description is the hint (if any) followed by the error.
	const text = typeof message === 'string' ? new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : message;
	await expect(field).toHaveAccessibleDescription(text);
	// The message is also visible next to the field, in the element the description points to.
	const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
	const errorId = ids.find((id) => id.endsWith('-error'));
	expect(errorId, 'aria-describedby names the error message').toBeTruthy();
	const error = field.page().locator(`[id="${errorId}"]`);
	await expect(error).toBeVisible();
	await expect(error).toHaveText(text);
}

test.describe('registration', () => {
	test('a too short password keeps name and e-mail and explains the rule next to the field', async ({ page }) => {
		const user = newUser({ password: 'kort' });
		await visit(page, '/registreren');
		await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(user.name);
		await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
		await page.getByLabel('Wachtwoord').fill(user.password);
		await page.getByRole('button', { name: 'Account maken' }).click();

		await expect(page.getByRole('alert')).toContainText('Niet alles is goed ingevuld');
		await expectFieldError(page.getByLabel('Wachtwoord'), /Kies een wachtwoord van minstens 8 tekens/);
		await expect(page).toHaveURL('/registreren');
		await expect(page.getByRole('textbox', { name: 'Naam', exact: true })).toHaveValue(user.name);
		await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue(user.email);
		await expect(page.getByRole('textbox', { name: 'E-mailadres' })).not.toHaveAttribute('aria-invalid', 'true');
		await expectAxeClean(page);

		// Corrected, the same form creates the account, whose address is then confirmed by mail.
		await page.getByLabel('Wachtwoord').fill('een veel langer wachtwoord als zin');
		await page.getByRole('button', { name: 'Account maken' }).click();
		await expect(page.getByRole('status')).toContainText(`We stuurden een mail naar ${user.email}.`);
	});

	test('a common password is refused with a Dutch explanation', async ({ page }) => {
		const user = newUser({ password: 'wachtwoord' });
		await visit(page, '/registreren');
		await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(user.name);
		await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
		await page.getByLabel('Wachtwoord').fill(user.password);
		await page.getByRole('button', { name: 'Account maken' }).click();

		await expectFieldError(page.getByLabel('Wachtwoord'), /staat op een lijst van veelgebruikte wachtwoorden/);
		await expect(page.getByRole('textbox', { name: 'Naam', exact: true })).toHaveValue(user.name);
		await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue(user.email);
		await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
		await expectAxeClean(page);
	});

	test('an address that already has an account gets the same answer, and its owner gets a mail', async ({
		page,
		world
	}) => {
		// Registration must not tell who has an account (issue 13): the form answers as for a new
		// address, and the mail to the owner says what happened.
		const existing = await world.user();
		await visit(page, '/registreren');
		await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Iemand Anders');
		await page.getByRole('textbox', { name: 'E-mailadres' }).fill(existing.email.toUpperCase());
		await page.getByLabel('Wachtwoord').fill('nog een ander lang wachtwoord');
		await page.getByRole('button', { name: 'Account maken' }).click();
		await expect(page.getByRole('status')).toContainText(`We stuurden een mail naar ${existing.email}.`);
		await expectAxeClean(page);
		const mail = await waitForMail(existing, 'Je hebt al een account bij Brugwerk');
		expect(mail.text).toContain('/wachtwoord-vergeten');
	});
});

test('creating a partnership without a region keeps every other answer', async ({ page, world }) => {
	await world.logIn(page, await world.user());
	await visit(page, '/s/nieuw');
	await page.getByRole('textbox', { name: 'Naam van de samenwerking' }).fill('Brugteam Wijk Noord');
	await page
		.getByRole('textbox', { name: 'Korte beschrijving' })
		.fill('We willen dat elk kind in de wijk goed opgevolgd wordt.');
	await fillMemberProfile(page, {
		organisationName: 'Huis van het Kind Noord',
		organisationType: 'Huis van het Kind',
		function: 'Brugfiguur'
	});
	await page.getByRole('button', { name: 'Samenwerking starten' }).click();

	await expectFieldError(page.getByRole('textbox', { name: 'Gemeente of regio' }), 'Vul de gemeente of regio in.');
	await expect(page).toHaveURL('/s/nieuw');
	await expect(page.getByRole('textbox', { name: 'Naam van de samenwerking' })).toHaveValue('Brugteam Wijk Noord');
	await expect(page.getByRole('textbox', { name: 'Korte beschrijving' })).toHaveValue(
		'We willen dat elk kind in de wijk goed opgevolgd wordt.'
	);
	await expect(page.getByRole('textbox', { name: 'Naam van je organisatie of school' })).toHaveValue(
		'Huis van het Kind Noord'
	);
	await expect(page.getByRole('combobox', { name: 'Soort organisatie' })).toHaveValue('huis_van_het_kind');
	await expect(page.getByRole('combobox', { name: 'Je functie' })).toHaveValue('brugfiguur');
	await expectAxeClean(page);

	await page.getByRole('textbox', { name: 'Gemeente of regio' }).fill('Antwerpen');
	await page.getByRole('button', { name: 'Samenwerking starten' }).click();
	await expect(page).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Brugteam Wijk Noord' })).toBeVisible();
});

test('saving a role card without a core task keeps the other answers', async ({ page, world }) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/rolkaart`);
	await fillRoleCard(page, {
		choices: { 'Zo werk ik vooral': ['Preventief'], 'Mijn grenzen liggen vooral bij': ['Tijd', 'Rol'] },
		texts: {
			'Met wie overleg ik intern?': 'Met de directie en het zorgteam.',
			'Dit wil ik graag samen verkennen': 'Een gezamenlijk onthaal voor nieuwe gezinnen.'
		}
	});
	await page.getByRole('button', { name: 'Rolkaart opslaan' }).click();

	await expectFieldError(page.getByRole('textbox', { name: 'Mijn kerntaak' }), "Vul 'Mijn kerntaak' in.");
	await expect(page.getByText('Je rolkaart is opgeslagen.')).toHaveCount(0);
	const workingStyle = page.getByRole('group', { name: 'Zo werk ik vooral' });
	await expect(workingStyle.getByRole('checkbox', { name: 'Preventief' })).toBeChecked();
	await expect(workingStyle.getByRole('checkbox', { name: 'Begeleidend' })).not.toBeChecked();
	const limits = page.getByRole('group', { name: 'Mijn grenzen liggen vooral bij' });
	await expect(limits.getByRole('checkbox', { name: 'Tijd' })).toBeChecked();
	await expect(limits.getByRole('checkbox', { name: 'Rol' })).toBeChecked();
	await expect(limits.getByRole('checkbox', { name: 'Expertise' })).not.toBeChecked();
	await expect(page.getByRole('textbox', { name: 'Met wie overleg ik intern?' })).toHaveValue(
		'Met de directie en het zorgteam.'
	);
	await expect(page.getByRole('textbox', { name: 'Dit wil ik graag samen verkennen' })).toHaveValue(
		'Een gezamenlijk onthaal voor nieuwe gezinnen.'
	);
	await expectAxeClean(page);

	// With the core task filled in, the same form saves.
	await page.getByRole('textbox', { name: 'Mijn kerntaak' }).fill('Ik coördineer de leerlingenzorg.');
	await page.getByRole('button', { name: 'Rolkaart opslaan' }).click();
	await expect(page.getByText('Je rolkaart is opgeslagen.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Mijn kerntaak' })).not.toHaveAttribute('aria-invalid', 'true');
	await expect(limits.getByRole('checkbox', { name: 'Rol' })).toBeChecked();
});
