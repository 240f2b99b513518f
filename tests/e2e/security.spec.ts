// Security basics as a browser sees them, one per test: strict headers, the session cookie the login
// form sets, the origin check on form posts, login rate limiting and the owner's known browser,
// redirects that stay on the site, logout and language only from the site's own forms, logging in
// and out (back to where the visitor was going), the Dutch error page, the remembered language, and no registration form
// for someone logged in. The accounts come from the database (with the fixtures' PASSWORD); the
// tests about logging in use the login form, the others a session cookie.

import { expect, expectAxeClean, logIn, postForm, test, visit } from './fixtures';

/** Splits a Content-Security-Policy header into directive → sources. */
function parseCsp(header: string): Map<string, string[]> {
	return new Map(
		header
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...sources]) => [name!.toLowerCase(), sources])
	);
}

test('pages are served with strict security headers', async ({ page, request, world }) => {
	await world.logIn(page, await world.user());
	const pages = [
		// Logged in
		...['/', '/bouwstenen/relatie', '/s', '/s/nieuw'].map((path) => ({ path, client: page.request })),
		// Anonymous
		...['/inloggen', '/registreren', '/bouwstenen'].map((path) => ({ path, client: request }))
	];
	for (const { path, client } of pages) {
		const response = await client.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		const csp = headers['content-security-policy'];
		expect(csp, `${path}: Content-Security-Policy`).toBeTruthy();
		const directives = parseCsp(csp!);
		expect(directives.get('frame-ancestors'), `${path}: frame-ancestors`).toEqual(["'none'"]);
		const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
		expect(scriptSrc, `${path}: script-src`).toBeTruthy();
		expect(scriptSrc, `${path}: script-src`).not.toContain("'unsafe-inline'");
		expect(scriptSrc, `${path}: script-src`).not.toContain("'unsafe-eval'");
		expect(directives.get('object-src'), `${path}: object-src`).toEqual(["'none'"]);
		expect(headers['x-content-type-options'], `${path}: X-Content-Type-Options`).toBe('nosniff');
		expect(headers['referrer-policy'], `${path}: Referrer-Policy`).toMatch(
			/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/
		);
		expect(headers['permissions-policy'], `${path}: Permissions-Policy`).toMatch(/camera=\(\)/);
		expect(headers['cross-origin-resource-policy'], `${path}: Cross-Origin-Resource-Policy`).toBe('same-origin');
	}
	// The pages work under that policy: the console guard of every test fails on a CSP violation.
	await visit(page, '/bouwstenen');
});

test('static files carry the security headers too', async ({ page, request }) => {
	// adapter-node serves these before the hooks run (scripts/start.js adds the headers).
	await page.goto('/inloggen');
	const script = await page.locator('link[rel="modulepreload"], script[src]').first().getAttribute('href');
	const asset = script ?? (await page.locator('script[src]').first().getAttribute('src'));
	for (const path of ['/favicon.svg', asset!]) {
		const response = await request.get(path);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		expect(headers['x-content-type-options'], `${path}: X-Content-Type-Options`).toBe('nosniff');
		expect(headers['cross-origin-resource-policy'], `${path}: Cross-Origin-Resource-Policy`).toBe('same-origin');
		expect(headers['x-frame-options'], `${path}: X-Frame-Options`).toBe('DENY');
		expect(headers['referrer-policy'], `${path}: Referrer-Policy`).toBe('same-origin');
	}
});

test('pages and data go out gzip-compressed by the app itself, and plain to a client without gzip', async ({
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	const client = await world.requestFor(coordinator);
	for (const path of [partnership.url, `${partnership.url}/netwerkkaart`, `${partnership.url}/__data.json`, '/']) {
		const response = await client.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
		expect(response.status(), path).toBe(200);
		expect(response.headers()['content-encoding'], path).toBe('gzip');
		expect(response.headers()['vary'], path).toContain('Accept-Encoding');
	}
	// Without gzip on offer, the same page comes plain.
	const plain = await client.get(partnership.url, { headers: { 'Accept-Encoding': 'identity' } });
	expect(plain.headers()['content-encoding']).toBeUndefined();
	expect(await plain.text()).toContain('<html');
});

test('the session cookie set by logging in is HttpOnly and SameSite=Lax', async ({ page, context, world }) => {
	// Through the login form: the cookie is the one the app sets, not the fixtures'.
	await logIn(page, await world.user());
	const session = (await context.cookies()).find((c) => c.name === 'brugwerk_session');
	expect(session, 'the session cookie').toBeTruthy();
	expect(session!.httpOnly).toBe(true);
	expect(session!.sameSite).toBe('Lax');
	expect(session!.path).toBe('/');
	// Not readable by scripts in the page.
	expect(await page.evaluate(() => document.cookie)).not.toContain('brugwerk_session');
});

test('a form post from another site is refused', async ({ page, baseURL, world }) => {
	const user = await world.user();
	await world.logIn(page, user);
	const response = await postForm(
		page.request,
		'/s/nieuw',
		{ name: 'Vanaf een andere site', region: 'Gent' },
		{ origin: 'https://aanvaller.example' }
	);
	expect(response.status()).toBe(403);
	const login = await postForm(
		page.request,
		'/inloggen',
		{ email: user.email, password: user.password },
		{ origin: 'https://aanvaller.example' }
	);
	expect(login.status()).toBe(403);
	// The same post from the site itself is accepted (it fails validation, but is handled).
	const own = await postForm(page.request, '/s/nieuw', { name: 'Van de eigen site' }, { origin: baseURL! });
	expect(own.status()).toBe(400);
	await visit(page, '/s');
	await expect(page.getByText('Vanaf een andere site')).toHaveCount(0);
});

test('after 5 wrong passwords for one account, logging in is blocked with a Dutch message', async ({ page, world }) => {
	// A dedicated account; this page stays logged out.
	const user = await world.user();
	await visit(page, '/inloggen');
	for (let attempt = 1; attempt <= 5; attempt++) {
		await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
		await page.getByLabel('Wachtwoord').fill(`verkeerd wachtwoord ${attempt}`);
		await page.getByRole('button', { name: 'Inloggen' }).click();
		// Each refusal shows the same text; the refused password being cleared marks this attempt's answer.
		await expect(page.getByLabel('Wachtwoord')).toHaveValue('');
		await expect(page.getByRole('alert')).toHaveText(
			'Dit e-mailadres en wachtwoord horen niet bij elkaar. Probeer het opnieuw.'
		);
		await expect(page.getByRole('textbox', { name: 'E-mailadres' })).toHaveValue(user.email);
	}
	await expectAxeClean(page);
	// Now even the right password is refused for a while.
	await page.getByLabel('Wachtwoord').fill(user.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		/^Te veel mislukte pogingen om in te loggen\. Wacht \d+ minuten? en probeer het dan opnieuw\.$/
	);
	await expect(page).toHaveURL('/inloggen');
	await expectAxeClean(page);
});

test('the owner logs in from a browser that logged in before while a stranger is locked out', async ({
	page,
	world,
	newContext
}) => {
	const user = await world.user();
	await logIn(page, user);
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page).toHaveURL('/');
	// Someone else, in another browser, guesses five times and is then refused.
	const stranger = await (await newContext()).newPage();
	await visit(stranger, '/inloggen');
	for (let attempt = 1; attempt <= 6; attempt++) {
		await stranger.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
		await stranger.getByLabel('Wachtwoord').fill(`geraden ${attempt}`);
		await stranger.getByRole('button', { name: 'Inloggen' }).click();
		await expect(stranger.getByLabel('Wachtwoord')).toHaveValue('');
	}
	await expect(stranger.getByRole('alert')).toHaveText(/^Te veel mislukte pogingen/);
	// The owner's own browser is known: the right password still works there.
	await logIn(page, user);
});

test('a redirect after login, registration or the language switch stays on this site', async ({
	page,
	request,
	world,
	baseURL
}) => {
	const user = await world.user();
	for (const next of ['/\t/evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/', '/a\r\nx: 1']) {
		const login = await postForm(
			request,
			'/inloggen',
			{ email: user.email, password: user.password, next },
			{ origin: baseURL! }
		);
		expect(login.status(), `login with next=${JSON.stringify(next)}`).toBe(303);
		const location = login.headers()['location']!;
		expect(new URL(location, baseURL).origin, `login with next=${JSON.stringify(next)}`).toBe(new URL(baseURL!).origin);
		const language = await postForm(request, '/taal', { locale: 'nl', redirectTo: next }, { origin: baseURL! });
		expect(language.status()).toBe(303);
		expect(new URL(language.headers()['location']!, baseURL).origin).toBe(new URL(baseURL!).origin);
		const registration = await request.get(`/registreren?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
		expect(registration.status()).toBeLessThan(500);
	}
	// Logged in, the login page sends the user on, never away.
	await world.logIn(page, user);
	const away = await page.request.get(`/inloggen?next=${encodeURIComponent('/\t/evil.example')}`, { maxRedirects: 0 });
	expect(away.status()).toBe(303);
	expect(away.headers()['location']).toBe('/s');
});

test('logging out and the language switch accept only a form posted by the site itself', async ({
	page,
	world,
	baseURL
}) => {
	await world.logIn(page, await world.user());
	const json = await page.request.post('/uitloggen', {
		data: '{}',
		headers: { 'content-type': 'application/json', origin: 'https://aanvaller.example' },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	expect(json.status()).toBe(403);
	const ownJson = await page.request.post('/uitloggen', {
		data: '{}',
		headers: { 'content-type': 'application/json', origin: baseURL! },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	expect(ownJson.status()).toBe(403);
	expect((await page.request.get('/s', { maxRedirects: 0 })).status()).toBe(200);
	const language = await page.request.post('/taal', {
		data: '{"locale":"en"}',
		headers: { 'content-type': 'application/json', origin: baseURL! },
		maxRedirects: 0,
		failOnStatusCode: false
	});
	expect(language.status()).toBe(403);
});

test('logging in and out works, and the login page returns to where the visitor was going', async ({ page, world }) => {
	const user = await world.user();
	const response = await page.goto('/s/nieuw');
	expect(response?.status()).toBe(200);
	await expect(page).toHaveURL('/inloggen?next=%2Fs%2Fnieuw');
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email.toUpperCase());
	await page.getByLabel('Wachtwoord').fill(user.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL('/s/nieuw');
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Uitloggen' }).click();
	await expect(page).toHaveURL('/');
	const after = await page.request.get('/s', { maxRedirects: 0 });
	expect(after.status()).toBe(303);
	await logIn(page, user);
});

test('an unknown address shows the Dutch "not found" page', async ({ page }) => {
	const response = await page.goto('/deze-pagina-bestaat-echt-niet');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('link', { name: 'Terug naar de startpagina' })).toBeVisible();
	await expectAxeClean(page);
});

test('the chosen language changes the navigation and is remembered', async ({ page }) => {
	await visit(page, '/bouwstenen');
	const nav = page.getByRole('navigation').first();
	await expect(nav.getByRole('link', { name: 'Bouwstenen' })).toBeVisible();
	await expect(nav.getByRole('link', { name: 'Inloggen' })).toBeVisible();

	await page.getByRole('combobox', { name: 'Taal' }).selectOption({ label: 'English' });
	await page.getByRole('button', { name: 'Kies taal' }).click();
	await expect(page).toHaveURL('/bouwstenen');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const englishNav = page.locator('header nav');
	await expect(englishNav.getByRole('link', { name: /building blocks/i })).toBeVisible();
	await expect(englishNav.getByRole('link', { name: 'Bouwstenen' })).toHaveCount(0);
	await expect(englishNav.getByRole('link', { name: 'Inloggen' })).toHaveCount(0);
	await expectAxeClean(page);

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('header nav').getByRole('link', { name: /building blocks/i })).toBeVisible();
	await visit(page, '/registreren');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1, name: 'Account maken' })).toHaveCount(0);
});

test('the registration form is not offered to a logged-in user', async ({ page, world }) => {
	await world.logIn(page, await world.user());
	await page.goto('/registreren');
	await expect(page).toHaveURL('/s');
	await page.goto('/inloggen');
	await expect(page).toHaveURL('/s');
	await expect(page.getByRole('heading', { level: 1, name: 'Mijn samenwerkingen' })).toBeVisible();
});
