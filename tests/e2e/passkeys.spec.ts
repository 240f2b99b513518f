// Passkeys, one thing a person does per test, in Chromium with its virtual authenticator (CDP
// WebAuthn.*: a platform authenticator that holds discoverable passkeys, verifies the user and
// answers at once). Someone adds a passkey on /account/passkeys and sees it listed; someone whose
// passkey the world made (handed to the virtual authenticator) logs in with it on /inloggen
// without an e-mail address or password and lands where they were going; stopping the browser's
// question gives a clear message, not an error; without JavaScript, a passkey is renamed and
// removed after a second, explicit step, and the page says why it cannot add one.

import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { passkeys } from '$lib/server/db/schema';
import { userHandleOf } from '$lib/domain/auth/passkeys.server';
import { makePasskey } from '../factories';
import { virtualCredential } from '../soft-authenticator';
import { expect, expectAxeClean, postForm, test, visit, type User } from './fixtures';

/** Chromium's virtual authenticator in `page`'s browser, optionally holding some passkeys already. */
async function virtualAuthenticator(page: Page, { userVerified = true } = {}) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: true,
			isUserVerified: userVerified,
			automaticPresenceSimulation: true
		}
	});
	return {
		credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
		add: (credential: ReturnType<typeof virtualCredential>) =>
			cdp.send('WebAuthn.addCredential', { authenticatorId, credential })
	};
}

/** A passkey of `user` made by the world for this site, and the same key in the browser's authenticator. */
async function passkeyInBrowser(page: Page, db: Parameters<typeof makePasskey>[0], user: User, baseURL: string) {
	const made = await makePasskey(db, { user, origin: baseURL, name: 'Gsm van het werk' });
	const authenticator = await virtualAuthenticator(page);
	await authenticator.add(
		virtualCredential(made.auth, { rpId: new URL(baseURL).hostname, userHandle: userHandleOf(user.id) })
	);
	return { ...made, authenticator };
}

const myPasskeys = (page: Page) => page.getByRole('list', { name: 'Mijn passkeys' }).getByRole('listitem');
const passkeyItem = (page: Page, name: string) =>
	myPasskeys(page).filter({ has: page.getByRole('heading', { level: 3, name }) });

test('someone adds a passkey on “Passkeys” and sees it listed', async ({ page, world }) => {
	const user = await world.user({ name: 'Ann Passkey' });
	await world.logIn(page, user);
	const authenticator = await virtualAuthenticator(page);
	await visit(page, '/account/meldingen');
	await page
		.getByRole('navigation', { name: 'Mijn account: onderdelen' })
		.getByRole('link', { name: 'Passkeys' })
		.click();
	await expect(page).toHaveURL(/\/account\/passkeys$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Passkeys' })).toBeVisible();
	await expect(page.getByText('Je hebt nog geen passkey.')).toBeVisible();
	await expectAxeClean(page);

	await page.getByRole('textbox', { name: 'Naam voor de passkey (niet verplicht)' }).fill('Laptop van het werk');
	await page.getByRole('button', { name: 'Passkey toevoegen' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'De passkey ‘Laptop van het werk’ is toegevoegd.' })
	).toBeVisible();
	const item = passkeyItem(page, 'Laptop van het werk');
	await expect(item).toContainText('Nog niet gebruikt');
	await expect(page.getByText('Je hebt nog geen passkey.')).toHaveCount(0);
	// The browser holds it as a discoverable passkey for this site and this account.
	const credentials = await authenticator.credentials();
	expect(credentials).toHaveLength(1);
	expect(credentials[0]).toMatchObject({
		isResidentCredential: true,
		rpId: 'localhost',
		userHandle: Buffer.from(userHandleOf(user.id)).toString('base64')
	});
	await expectAxeClean(page);

	// A second time, without a name: the browser already holds one for this account (excluded).
	await page.getByRole('button', { name: 'Passkey toevoegen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Deze passkey is al toegevoegd.' })).toBeVisible();
	await expect(myPasskeys(page)).toHaveCount(1);
});

test('someone logs in with a passkey, without an e-mail address or password, and lands where they were going', async ({
	page,
	world,
	db,
	baseURL
}) => {
	const user = await world.user({ name: 'Bert Passkey' });
	await passkeyInBrowser(page, db, user, baseURL!);
	await page.goto('/account/passkeys');
	await expect(page).toHaveURL(/\/inloggen\?next=%2Faccount%2Fpasskeys$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Inloggen met een passkey' })).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Passkey gebruiken' }).click();

	await expect(page).toHaveURL(/\/account\/passkeys$/);
	await expect(
		page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Uitloggen' })
	).toBeVisible();
	const item = passkeyItem(page, 'Gsm van het werk');
	await expect(item).toContainText('Laatst gebruikt');
	await expect(item).not.toContainText('Nog niet gebruikt');
});

test('stopping the browser’s question gives a clear message on the login page, not an error', async ({ page }) => {
	// The device cannot verify the person (as when they cancel): the browser refuses.
	await virtualAuthenticator(page, { userVerified: false });
	await visit(page, '/inloggen');
	await page.getByRole('button', { name: 'Passkey gebruiken' }).click();
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: 'Het inloggen met een passkey is gestopt. Probeer het opnieuw, of log in met je wachtwoord.' })
	).toBeVisible();
	await expect(page).toHaveURL(/\/inloggen$/);
	// The password form is still there and works as before.
	await expect(page.getByRole('button', { name: 'Inloggen', exact: true })).toBeVisible();
	await expectAxeClean(page);
});

test('without JavaScript, someone renames a passkey and removes it after a second step', async ({
	world,
	db,
	baseURL
}) => {
	test.slow(); // axe checks without JavaScript, each on a copy of the page in a helper browser
	const user = await world.user({ name: 'Cas Passkey' });
	await makePasskey(db, { user, origin: baseURL!, name: 'Oude sleutel' });
	const page = await world.pageFor(user, { javaScriptEnabled: false });
	await visit(page, '/account/passkeys');
	// No dead button: the page says why a passkey cannot be added here.
	await expect(page.getByText('Om een passkey toe te voegen, heeft je browser JavaScript nodig.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Passkey toevoegen' })).toHaveCount(0);

	const old = passkeyItem(page, 'Oude sleutel');
	await old.getByRole('textbox', { name: 'Nieuwe naam' }).fill('Sleutel in de lade');
	await old.getByRole('button', { name: 'Naam opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De nieuwe naam is opgeslagen.' })).toBeVisible();
	const renamed = passkeyItem(page, 'Sleutel in de lade');
	await expect(renamed).toBeVisible();

	await renamed.getByRole('link', { name: 'Verwijderen: Sleutel in de lade' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Passkey verwijderen?' })).toBeVisible();
	await expect(page.getByText('Wil je de passkey ‘Sleutel in de lade’ verwijderen?')).toBeVisible();
	await expectAxeClean(page);
	// "No" keeps it.
	await page.getByRole('link', { name: 'Nee, niet verwijderen' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Passkey verwijderen?' })).toHaveCount(0);
	await expect(renamed).toBeVisible();

	await renamed.getByRole('link', { name: 'Verwijderen: Sleutel in de lade' }).click();
	await page.getByRole('button', { name: 'Ja, verwijder deze passkey' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'De passkey is verwijderd. Je kunt er niet meer mee inloggen.' })
	).toBeVisible();
	await expect(page.getByText('Je hebt nog geen passkey.')).toBeVisible();
	await expectAxeClean(page);
});

test('the passkey endpoints answer only the site’s own JSON posts, and bad bodies with a 400 and a message', async ({
	world,
	baseURL
}) => {
	const user = await world.user();
	const client = await world.requestFor(user);
	const json = { 'content-type': 'application/json', origin: baseURL! };
	for (const url of [
		'/account/passkeys/opties',
		'/account/passkeys/toevoegen',
		'/inloggen/passkey/opties',
		'/inloggen/passkey'
	]) {
		const elsewhere = await client.post(url, { headers: { ...json, origin: 'https://elders.test' }, data: '{}' });
		expect(elsewhere.status(), `${url} from another origin`).toBe(403);
		const form = await client.post(url, { headers: { origin: baseURL! }, form: { response: 'x' } });
		expect(form.status(), `${url} as a form`).toBe(403);
		const broken = await client.post(url, { headers: json, data: '{"response": ' });
		expect(broken.status(), `${url} with broken JSON`).toBe(400);
		expect(await broken.json()).toEqual({ message: 'Deze vraag begrijpen we niet.' });
	}
	const noChallenge = await client.post('/inloggen/passkey', { headers: json, data: { response: { id: 'abc' } } });
	expect(noChallenge.status()).toBe(400);
	expect((await noChallenge.json()).message).toBe(
		'Dit duurde te lang, of deze vraag is al gebruikt. Probeer het opnieuw.'
	);
	const longName = await client.post('/account/passkeys/toevoegen', {
		headers: json,
		data: { name: 'x'.repeat(61), response: {} }
	});
	expect(longName.status()).toBe(400);
	expect((await longName.json()).message).toBe('Een naam is hoogstens 60 tekens lang.');
	const anonymous = await world.requestFor(null);
	const loggedOut = await anonymous.post('/account/passkeys/opties', { headers: json, data: {} });
	expect(loggedOut.status()).toBe(401);
	expect((await loggedOut.json()).message).toBe('Je bent niet meer ingelogd. Laad de pagina opnieuw en log in.');
});

test('someone else’s passkey cannot be renamed or removed, and bad form values are refused next to the field', async ({
	world,
	db,
	baseURL
}) => {
	const owner = await world.user();
	const stranger = await world.user();
	const { auth } = await makePasskey(db, { user: owner, origin: baseURL!, name: 'Van de eigenaar' });
	const asStranger = await world.requestFor(stranger);
	const origin = baseURL!;
	for (const [action, form] of [
		['rename', { id: auth.id, name: 'Overgenomen' }],
		['remove', { id: auth.id }]
	] as const) {
		const response = await postForm(asStranger, `/account/passkeys?/${action}`, form, { origin, enhanced: true });
		expect(await response.json(), action).toMatchObject({ type: 'failure', status: 404 });
	}
	const [row] = await db.select({ name: passkeys.name }).from(passkeys).where(eq(passkeys.id, auth.id));
	expect(row?.name).toBe('Van de eigenaar');

	const asOwner = await world.requestFor(owner);
	for (const [form, status] of [
		[{ id: auth.id, name: '' }, 400],
		[{ id: auth.id, name: 'x'.repeat(61) }, 400],
		[{ id: 'geen id!', name: 'Goed' }, 400],
		[{ name: 'Goed' }, 400]
	] as const) {
		const response = await postForm(asOwner, '/account/passkeys?/rename', form, { origin, enhanced: true });
		expect(await response.json(), JSON.stringify(form)).toMatchObject({ type: 'failure', status });
	}
	const removeBad = await postForm(asOwner, '/account/passkeys?/remove', { id: '' }, { origin, enhanced: true });
	expect(await removeBad.json()).toMatchObject({ type: 'failure', status: 400 });
	const [still] = await db.select({ name: passkeys.name }).from(passkeys).where(eq(passkeys.id, auth.id));
	expect(still?.name).toBe('Van de eigenaar');
});

test('after the password, the second login step is done with the passkey', async ({ page, world, db, baseURL }) => {
	const user = await world.user({ name: 'Carla Passkey' });
	await passkeyInBrowser(page, db, user, baseURL!);
	await page.goto('/account/sessies');
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
	await page.getByLabel('Wachtwoord').fill(user.password);
	await page.getByRole('button', { name: 'Inloggen', exact: true }).click();

	await expect(page).toHaveURL(/\/inloggen\/tweede-stap\?next=%2Faccount%2Fsessies$/);
	await expect(page.getByRole('heading', { level: 2, name: 'Of gebruik een passkey' })).toBeVisible();
	await expectAxeClean(page);
	// Without the second step, the password alone opens nothing.
	const meanwhile = await page.context().request.get('/s', { maxRedirects: 0 });
	expect(meanwhile.headers()['location']).toMatch(/^\/inloggen\?next=/);

	await page.getByRole('button', { name: 'Passkey gebruiken' }).click();
	await expect(page).toHaveURL(/\/account\/sessies$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Waar ik ben ingelogd' })).toBeVisible();
});
