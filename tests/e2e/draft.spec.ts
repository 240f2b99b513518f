// Nothing typed is lost, one thing a person does per test: a half-filled role card is kept as a
// draft while typing and comes back after a reload; a draft shows as half-filled on the overview and
// stays off "Wie biedt wat"; what is typed before the scripts have loaded survives hydration. Without JavaScript (SvelteKit form actions): registering (a refused
// password keeps the input), logging out, logging in, "Concept bewaren" (the half-filled card is
// back when opened again), and saving a draft for real.

import { makeRoleCardDraft } from '../factories';
import { expect, expectAxeClean, fillRoleCard, logIn, newUser, test, visit } from './fixtures';

test('a half-filled role card is saved as a draft while typing and survives a reload', async ({ page, world }) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
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
	await expect(page.getByRole('textbox', { name: 'Mijn kerntaak' })).toHaveValue(
		'Ik ben de brugfiguur tussen school en gezin'
	);
	await expect(
		page.getByRole('group', { name: 'Dit kan ik doen' }).getByRole('checkbox', { name: 'Gesprekken' })
	).toBeChecked();
	await expect(
		page.getByRole('group', { name: 'Dit kan ik doen' }).getByRole('checkbox', { name: 'Overleg' })
	).not.toBeChecked();
	await expect(page.getByRole('textbox', { name: 'Zo zeg ik het met respect' })).toHaveValue(
		'Dat kan ik niet opnemen, maar het CLB wel.'
	);
	await expectAxeClean(page);
});

test('a draft role card shows as half-filled on the overview and not yet on “Wie biedt wat”', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	await makeRoleCardDraft(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		draft: {
			coreTask: 'Ik ben de brugfiguur tussen school en gezin',
			offer: ['gesprekken'],
			limitsHowISay: 'Dat kan ik niet opnemen, maar het CLB wel.'
		}
	});
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	await expect(page.getByText('Je rolkaart is half ingevuld.')).toBeVisible();
	await visit(page, `${partnership.url}/wie-biedt-wat`);
	await expect(page.getByText('Nog niemand heeft een rolkaart ingevuld.')).toBeVisible();
});

test('what is typed while the page still loads its scripts is kept, and saved', async ({ page, world }) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	// Hold the app's scripts, as a slow connection does: the form is only the server's HTML.
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await released;
		await route.continue();
	});
	await page.goto(`${partnership.url}/signalen/nieuw`, { waitUntil: 'domcontentloaded' });
	const title = page.getByRole('textbox', { name: 'Titel' });
	const theme = page.getByRole('combobox', { name: 'Thema' });
	const meso = page.getByRole('radio', { name: /^Meso/ });
	await title.fill('Schoolrekeningen blijven open');
	await theme.selectOption({ label: 'Schoolkosten' });
	await page
		.getByRole('textbox', { name: 'Wat loopt er mis?' })
		.fill('Kinderen uit gezinnen met een laag inkomen gaan niet mee op uitstap.');
	await meso.check();
	await page.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Lokaal bestuur' });

	release();
	await expect(page.locator('html[data-hydrated]')).toBeAttached();
	await expect(title).toHaveValue('Schoolrekeningen blijven open');
	await expect(theme).toHaveValue('school_costs');
	await expect(meso).toBeChecked();
	await page.getByRole('button', { name: 'Signaal bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Schoolrekeningen blijven open' })).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('registering works, and a refused password keeps the other input', async ({ page }) => {
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
		await expect(page.getByRole('status')).toContainText(`We stuurden een mail naar ${user.email}.`);
		await expectAxeClean(page);
	});

	test('logging out works', async ({ page, world }) => {
		await world.logIn(page, await world.user());
		await visit(page, '/s');
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await expect(page).toHaveURL('/');
		await expect(
			page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inloggen' })
		).toBeVisible();
		await expectAxeClean(page);
	});

	test('logging in works', async ({ page, world }) => {
		await logIn(page, await world.user());
		await expectAxeClean(page);
	});

	test('“Concept bewaren” keeps a half-filled role card, also when it is opened again later', async ({
		page,
		world
	}) => {
		const { partnership, coordinator } = await world.partnership();
		await world.logIn(page, coordinator);
		await visit(page, `${partnership.url}/rolkaart`);
		await fillRoleCard(page, {
			coreTask: 'Half af: ik werk in de buitenschoolse opvang',
			choices: { 'Mijn expertise': ['Pedagogisch'] }
		});
		await page.getByRole('button', { name: 'Concept bewaren' }).click();
		await expect(page).toHaveURL(`${partnership.url}/rolkaart?/draft`);
		await expect(page.getByText(/teruggezet/)).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Mijn kerntaak' })).toHaveValue(
			'Half af: ik werk in de buitenschoolse opvang'
		);
		await expectAxeClean(page);

		// Opened again later: the draft is back.
		await visit(page, `${partnership.url}/rolkaart`);
		await expect(page.getByText(/teruggezet/)).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Mijn kerntaak' })).toHaveValue(
			'Half af: ik werk in de buitenschoolse opvang'
		);
		await expect(
			page.getByRole('group', { name: 'Mijn expertise' }).getByRole('checkbox', { name: 'Pedagogisch' })
		).toBeChecked();
	});

	test('a draft role card is saved for real', async ({ page, world, db }) => {
		const { partnership, coordinator } = await world.partnership();
		await makeRoleCardDraft(db, {
			partnershipId: partnership.id,
			userId: coordinator.id,
			draft: { coreTask: 'Half af: ik werk in de buitenschoolse opvang', expertise: ['pedagogisch'] }
		});
		await world.logIn(page, coordinator);
		await visit(page, `${partnership.url}/rolkaart`);
		await expect(page.getByText(/teruggezet/)).toBeVisible();
		await page.getByRole('button', { name: 'Rolkaart opslaan' }).click();
		await expect(page.getByText('Je rolkaart is opgeslagen.')).toBeVisible();
		await expect(page.getByText(/teruggezet/)).toHaveCount(0);
		await expectAxeClean(page);
	});
});
