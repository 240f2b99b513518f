// The second step at login with an authenticator app, one thing a person does per test. Someone
// turns the app on from Mijn account (scanning is replaced by reading the key shown on the page
// and computing the app's code with otpauth), sees the ten recovery codes once, and from then on
// logs in with password and code. Someone whose phone is gone logs in with a recovery code,
// without JavaScript, and that code does not work a second time. A coordinator requires the
// second step of everyone who reads cases, and a partner without one is led to set it up first,
// then back to the partnership; an observer, who reads no cases, is let in.

import type { Page } from '@playwright/test';
import { createSession } from '$lib/domain/auth/session.server';
import { PENDING_COOKIE } from '$lib/domain/auth/second-factor.server';
import { makeTotp, totpCode } from '../factories';
import { expect, expectAxeClean, postForm, test, visit, type User } from './fixtures';

/** Logs in through the form with the password; the second-step page opens. */
async function passwordStep(page: Page, user: User, path = '/inloggen') {
	await visit(page, path);
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
	await page.getByLabel('Wachtwoord').fill(user.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/\/inloggen\/tweede-stap/);
	await expect(page.getByRole('heading', { level: 1, name: 'Tweede stap' })).toBeVisible();
}

/** The key shown for typing over, without its spaces, as the app would store it. */
async function shownKey(page: Page): Promise<string> {
	const key = page.getByRole('listitem').filter({ hasText: 'Lukt scannen niet?' }).locator('code');
	return (await key.innerText()).replace(/\s/g, '');
}

/** Turns the app on from the account page, which must be open; returns the key. */
async function turnAppOn(page: Page): Promise<string> {
	await expect(page.getByRole('img', { name: 'QR-code om Brugwerk in je app te zetten' })).toBeVisible();
	const key = await shownKey(page);
	expect(key).toMatch(/^[A-Z2-7]{32}$/);
	await page.getByRole('textbox', { name: 'Code uit je app' }).fill(totpCode(key));
	await page.getByRole('button', { name: 'App aanzetten' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Je herstelcodes' })).toBeVisible();
	return key;
}

const recoveryCodesOnPage = (page: Page) =>
	page.getByRole('region', { name: 'Je herstelcodes' }).getByRole('listitem').allInnerTexts();

test('someone turns the app on, keeps the recovery codes, and logs in with password and code', async ({
	page,
	world
}) => {
	const user = await world.user({ name: 'Ann Twee Stappen' });
	await world.logIn(page, user);
	await visit(page, '/account/tweede-stap');
	await expect(page.getByRole('heading', { level: 1, name: 'Tweede stap bij inloggen' })).toBeVisible();
	await expect(page.getByRole('definition').first()).toHaveText('Uit');

	// A wrong code is refused next to the field, and the same QR code stays.
	const key = await shownKey(page);
	const wrong = String((Number(totpCode(key)) + 1) % 1_000_000).padStart(6, '0');
	await page.getByRole('textbox', { name: 'Code uit je app' }).fill(wrong);
	await page.getByRole('button', { name: 'App aanzetten' }).click();
	await expect(page.getByText('Deze code klopt niet. Typ de code die de app nu toont.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Code uit je app' })).toHaveValue('');
	expect(await shownKey(page)).toBe(key);
	await expectAxeClean(page);

	expect(await turnAppOn(page)).toBe(key);
	const codes = await recoveryCodesOnPage(page);
	expect(codes).toHaveLength(10);
	for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}$/);
	await expect(page.getByRole('status').first()).toContainText('De tweede stap staat aan.');
	await expect(page.getByRole('definition').first()).toHaveText('Aan');
	await expectAxeClean(page);

	// The codes are shown once: the page again does not show them.
	await page.goto('/account/tweede-stap');
	await expect(page.getByRole('heading', { level: 1, name: 'Tweede stap bij inloggen' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Je herstelcodes' })).toHaveCount(0);

	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page.getByRole('link', { name: 'Inloggen' })).toBeVisible();

	await passwordStep(page, user, '/inloggen?next=%2Faccount%2Ftweede-stap');
	await expectAxeClean(page);
	// Before the second step the account is still closed.
	await page.goto('/s');
	await expect(page).toHaveURL(/\/inloggen\?next=%2Fs$/);
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: 'Tweede stap' })).toBeVisible();
	const field = page.getByRole('textbox', { name: 'Code uit je app' });
	await expect(field).toHaveAttribute('inputmode', 'numeric');
	await expect(field).toHaveAttribute('autocomplete', 'one-time-code');
	await field.fill(wrong);
	await page.getByRole('button', { name: 'Verder' }).click();
	await expect(
		page.getByText('Deze code klopt niet. Kijk of de tijd op je telefoon juist staat. Pogingen over: 4.')
	).toBeVisible();
	await expectAxeClean(page);
	// The code typed when turning the app on is used up: the app's next code (one step ahead
	// counts) is one it has not seen yet.
	await field.fill(totpCode(key, Date.now() + 30_000));
	await page.getByRole('button', { name: 'Verder' }).click();
	await expect(page).toHaveURL(/\/account\/tweede-stap$/);
	await expect(page.getByRole('definition').first()).toHaveText('Aan');
});

test('without JavaScript and without the phone, someone logs in with a recovery code, which then no longer works', async ({
	newContext,
	world,
	db
}) => {
	test.slow(); // axe on pages without JavaScript checks a copy in a helper browser
	const user = await world.user({ name: 'Bert Zonder Telefoon' });
	const { recoveryCodes } = await makeTotp(db, user);
	const page = await (await newContext({ javaScriptEnabled: false })).newPage();

	await passwordStep(page, user);
	await page.getByRole('link', { name: 'Geen telefoon bij de hand? Gebruik een herstelcode.' }).click();
	const field = page.getByRole('textbox', { name: 'Herstelcode' });
	await expect(field).toBeVisible();
	await expectAxeClean(page);
	await field.fill('nope');
	await page.getByRole('button', { name: 'Verder' }).click();
	await expect(page.getByText('Een herstelcode heeft 8 letters en cijfers, zoals k7f3-9q2m.')).toBeVisible();
	await page.getByRole('textbox', { name: 'Herstelcode' }).fill(recoveryCodes[0]!.toUpperCase());
	await page.getByRole('button', { name: 'Verder' }).click();
	await expect(page).toHaveURL(/\/s$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Mijn samenwerkingen' })).toBeVisible();

	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page.getByRole('link', { name: 'Inloggen' })).toBeVisible();
	await passwordStep(page, user);
	await page.getByRole('link', { name: 'Geen telefoon bij de hand? Gebruik een herstelcode.' }).click();
	await page.getByRole('textbox', { name: 'Herstelcode' }).fill(recoveryCodes[0]!);
	await page.getByRole('button', { name: 'Verder' }).click();
	await expect(
		page.getByText('Deze herstelcode klopt niet, of je hebt ze al gebruikt. Pogingen over: 4.')
	).toBeVisible();
	await expectAxeClean(page);
	// Another code still works, and the account page counts what is left.
	await page.getByRole('textbox', { name: 'Herstelcode' }).fill(recoveryCodes[1]!);
	await page.getByRole('button', { name: 'Verder' }).click();
	await expect(page).toHaveURL(/\/s$/);
	await page.goto('/account/tweede-stap');
	await expect(page.getByRole('definition').nth(1)).toHaveText('8');
});

test('a coordinator requires the second step; a partner without one sets it up first, an observer is let in', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/instellingen`);
	const rule = page.getByRole('checkbox', { name: 'Tweede stap verplicht voor wie casussen leest' });
	// Not before the coordinator has a second step of their own.
	await rule.check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Dit kan pas als je zelf een tweede stap hebt.')).toBeVisible();
	await expect(rule).toBeChecked();
	await expectAxeClean(page);
	await makeTotp(db, coordinator);
	await page.reload();
	await rule.check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status')).toHaveText('De gegevens zijn opgeslagen.');
	await page.reload();
	await expect(rule).toBeChecked();

	const partner = await world.member(partnership, { name: 'Chris Partner' });
	const partnerPage = await world.pageFor(partner);
	await partnerPage.goto(`${partnership.url}/casussen`);
	await expect(partnerPage).toHaveURL(
		new RegExp(`/account/tweede-stap\\?verplicht=1&next=${encodeURIComponent(`${partnership.url}/casussen`)}$`)
	);
	await expect(
		partnerPage.getByText('Een samenwerking waarin je casussen leest, vraagt een tweede stap')
	).toBeVisible();
	await expectAxeClean(partnerPage);
	await turnAppOn(partnerPage);
	await expectAxeClean(partnerPage);
	await partnerPage.getByRole('link', { name: 'Ik heb de codes bewaard. Verder' }).click();
	await expect(partnerPage).toHaveURL(new RegExp(`${partnership.url}/casussen$`));

	const observer = await world.member(partnership, { name: 'Dina Waarnemer', role: 'observer' });
	const observerPage = await world.pageFor(observer);
	await observerPage.goto(partnership.url);
	await expect(observerPage).toHaveURL(new RegExp(`${partnership.url}$`));
	await expect(observerPage.getByRole('heading', { level: 1, name: partnership.name })).toBeVisible();
});

test('bad values on the second-step forms get a 4xx or a form message, never a 500', async ({
	world,
	db,
	playwright,
	baseURL
}) => {
	const user = await world.user();
	await makeTotp(db, user);
	const fresh = await world.user();
	const origin = new URL(baseURL!).origin;
	const bodies: Record<string, string>[] = [
		{},
		{ code: '', password: '', secret: '', ticket: '', next: '' },
		{ code: 'x'.repeat(20_000), password: 'x'.repeat(20_000), secret: 'x'.repeat(20_000), ticket: 'x'.repeat(20_000) },
		{ code: '12\u00003456', secret: 'ABC\u0000', ticket: '1.\u0000', next: '//evil.example' },
		{ code: 'abcdef', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', ticket: `${Date.now() + 60_000}.${'0'.repeat(64)}` }
	];
	const problems: string[] = [];
	const probe = async (request: Awaited<ReturnType<typeof world.requestFor>>, url: string) => {
		for (const form of bodies)
			for (const enhanced of [false, true]) {
				const response = await postForm(request, url, form, { origin, enhanced });
				if (response.status() >= 500)
					problems.push(`${url} ${JSON.stringify(form).slice(0, 80)}: ${response.status()}`);
			}
	};
	for (const who of [user, fresh]) {
		const request = await world.requestFor(who);
		for (const action of ['enable', 'renew', 'disable']) await probe(request, `/account/tweede-stap?/${action}`);
	}
	// The second step of a login, with a pending session of its own.
	const { token } = await createSession(db, user.id, { ip: '', userAgent: 'probe' }, { secondFactorPending: true });
	const pending = await playwright.request.newContext({
		baseURL,
		storageState: {
			cookies: [
				{
					name: PENDING_COOKIE,
					value: token,
					domain: new URL(baseURL!).hostname,
					path: '/',
					expires: -1,
					httpOnly: true,
					secure: false,
					sameSite: 'Lax'
				}
			],
			origins: []
		}
	});
	try {
		// Fewer than five tries per action: the pending session lives on between them.
		for (const action of ['code', 'recovery']) {
			for (const form of bodies.slice(0, 4)) {
				const response = await postForm(pending, `/inloggen/tweede-stap?/${action}`, form, { origin });
				if (response.status() >= 500) problems.push(`tweede-stap ${action}: ${response.status()}`);
			}
		}
		const anonymous = await world.requestFor(null);
		const response = await postForm(anonymous, '/inloggen/tweede-stap?/code', { code: '123456' }, { origin });
		expect(response.status()).toBe(303);
		expect(response.headers()['location']).toBe('/inloggen');
	} finally {
		await pending.dispose();
	}
	expect(problems).toEqual([]);
});
