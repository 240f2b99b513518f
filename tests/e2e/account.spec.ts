// An account as its owner keeps it (issue 13): a forgotten password through the mailed link, which
// ends every other session; a new password and a new address from "Mijn account"; the sessions
// page that ends other sessions; the account's log.
import { expect, PASSWORD, test, visit } from './fixtures';
import { linkIn, waitForMail } from './outbox';

const NEW_PASSWORD = 'een nieuwe zin voor mijn account 2027';

test('a forgotten password is replaced through the mailed link, and the other session is gone', async ({
	page,
	world
}) => {
	const user = await world.user();
	const elsewhere = await world.pageFor(user);
	await visit(elsewhere, '/s');

	await visit(page, '/inloggen');
	await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
	await page.getByRole('button', { name: 'Link sturen' }).click();
	await expect(page.getByRole('status')).toContainText(`Heeft ${user.email} een account bij Brugwerk?`);

	const mail = await waitForMail(user, 'Kies een nieuw wachtwoord voor Brugwerk');
	const link = linkIn(mail, '/wachtwoord-herstellen/');
	await visit(page, link);
	await expect(page.getByText(`Kies een nieuw wachtwoord voor het account van ${user.email}.`)).toBeVisible();
	await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
	await page.getByRole('button', { name: 'Wachtwoord bewaren' }).click();
	await expect(page).toHaveURL(/\/inloggen\?wachtwoord=nieuw$/);
	await expect(page.getByRole('status').filter({ hasText: 'Je nieuwe wachtwoord is bewaard.' })).toBeVisible();

	// The old password no longer works; the new one does.
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
	await page.getByLabel('Wachtwoord').fill(PASSWORD);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('alert')).toContainText('horen niet bij elkaar');
	await page.getByLabel('Wachtwoord').fill(NEW_PASSWORD);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/\/s$/);

	// The session at the other computer ended with the reset.
	await elsewhere.goto('/s');
	await expect(elsewhere).toHaveURL(/\/inloggen\?next=/);

	// The link works once.
	await visit(page, link);
	await expect(page.getByText('Deze link werkt niet meer.')).toBeVisible();
});

test('the owner ends the session at another computer from the sessions page', async ({ page, world }) => {
	const user = await world.user();
	const elsewhere = await world.pageFor(user);
	await visit(elsewhere, '/s');
	await world.logIn(page, user);

	await visit(page, '/s');
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
	await page
		.getByRole('navigation', { name: 'Mijn account: onderdelen' })
		.getByRole('link', { name: 'Waar ik ben ingelogd' })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Waar ik ben ingelogd' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'deze sessie' })).toHaveCount(1);
	await expect(page.getByRole('button', { name: /^Afsluiten: / })).toHaveCount(1);
	await page.getByRole('button', { name: 'Alle andere sessies afsluiten' }).click();
	await expect(page.getByRole('status')).toHaveText('Eén sessie is afgesloten.');
	await expect(page.getByText('Je bent nergens anders ingelogd.')).toBeVisible();

	await elsewhere.goto('/s');
	await expect(elsewhere).toHaveURL(/\/inloggen\?next=/);

	await page
		.getByRole('navigation', { name: 'Mijn account: onderdelen' })
		.getByRole('link', { name: 'Logboek van mijn account' })
		.click();
	await expect(page.getByRole('cell', { name: 'Alle andere sessies afgesloten' })).toBeVisible();
});

test('a new password needs the current one, and ends the other sessions', async ({ page, world }) => {
	const user = await world.user();
	const elsewhere = await world.pageFor(user);
	await visit(elsewhere, '/s');
	await world.logIn(page, user);
	await visit(page, '/account');

	const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Wachtwoord wijzigen' }) });
	await form.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
	await form.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
	await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(form.getByText('Dit is niet je huidige wachtwoord.')).toBeVisible();

	await form.getByLabel('Huidig wachtwoord').fill(PASSWORD);
	await form.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
	await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Je nieuwe wachtwoord is bewaard. Eén andere sessie is afgesloten.'
	);
	await waitForMail(user, 'Je wachtwoord bij Brugwerk is gewijzigd');

	await elsewhere.goto('/s');
	await expect(elsewhere).toHaveURL(/\/inloggen\?next=/);
	await page.goto('/s');
	await expect(page).toHaveURL(/\/s$/);
});

test('a new e-mail address counts once it is confirmed from its own mailbox', async ({ page, world }) => {
	const user = await world.user();
	const newEmail = `nieuw-${user.email}`;
	await world.logIn(page, user);
	await visit(page, '/account');

	await page.getByRole('textbox', { name: 'Nieuw e-mailadres' }).fill(newEmail);
	const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Link sturen' }) });
	await form.getByLabel('Huidig wachtwoord').fill(PASSWORD);
	await form.getByRole('button', { name: 'Link sturen' }).click();
	await expect(page.getByRole('status')).toContainText(`We stuurden een link naar ${newEmail}.`);
	await expect(page.getByText(`Je logt in met ${user.email}.`)).toBeVisible();
	await waitForMail(user, 'Je e-mailadres bij Brugwerk wordt misschien gewijzigd');

	const mail = await waitForMail({ email: newEmail }, 'Bevestig je nieuwe e-mailadres voor Brugwerk');
	await visit(page, linkIn(mail, '/e-mail-bevestigen/'));
	await expect(page.getByText(`Bevestig dat je account voortaan ${newEmail} gebruikt.`)).toBeVisible();
	await page.getByRole('button', { name: 'Bevestigen' }).click();
	await expect(page).toHaveURL(/\/account$/);
	await expect(page.getByText(`Je logt in met ${newEmail}.`)).toBeVisible();
	await waitForMail(user, 'Je e-mailadres bij Brugwerk is gewijzigd');
});
