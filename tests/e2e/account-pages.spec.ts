// Every page and action of "Mijn account" (found from src/routes/account, tests/e2e/routes.ts):
// anonymous visitors are sent to the login page, and one account's requests never reach another
// account's sessions. (accessibility.spec.ts checks each page with axe.)
import { validateSession } from '$lib/domain/auth/session.server';
import { sha256 } from '$lib/server/crypto';
import { makeSession } from '../factories';
import { expect, postForm, test } from './fixtures';
import { actionUrl, discoverAccountRoutes } from './routes';

const routes = discoverAccountRoutes();
const urlOf = (segments: string[]) => ['/account', ...segments].join('/');

test('the account routes are found', () => {
	const dirs = routes.map((r) => r.dir);
	expect(dirs).toEqual(expect.arrayContaining(['account', 'account/sessies', 'account/logboek', 'account/meldingen']));
	expect(routes.find((r) => r.dir === 'account/sessies')!.actions).toEqual(['end', 'others']);
});

test('anonymous visitors are sent to the login page by every account route and action', async ({ world, baseURL }) => {
	const anonymous = await world.requestFor(null);
	for (const route of routes) {
		const url = urlOf(route.segments);
		if (route.get) {
			const response = await anonymous.get(url, { maxRedirects: 0 });
			expect.soft(response.status(), `GET ${url}`).toBe(303);
			expect.soft(response.headers()['location'], `GET ${url}`).toBe(`/inloggen?next=${encodeURIComponent(url)}`);
		}
		for (const action of route.actions) {
			const response = await postForm(
				anonymous,
				actionUrl(url, action),
				{ session: '0'.repeat(64) },
				{ origin: baseURL! }
			);
			expect.soft(response.status(), `POST ${action} ${url}`).toBe(303);
			expect.soft(response.headers()['location'] ?? '', `POST ${action} ${url}`).toMatch(/^\/inloggen\?next=/);
		}
		for (const method of route.endpointMethods) {
			const response = await anonymous.fetch(url, {
				method,
				headers: { origin: baseURL!, 'content-type': 'application/json' },
				data: '{}',
				maxRedirects: 0,
				failOnStatusCode: false
			});
			expect.soft([303, 401, 403], `${method} ${url}`).toContain(response.status());
		}
	}
});

test('ending a session by its id works only for the account that owns it', async ({ world, db, baseURL }) => {
	const [a, b] = await Promise.all([world.user(), world.user()]);
	const victim = await makeSession(db, b);
	const asA = await world.requestFor(a);
	const response = await postForm(
		asA,
		'/account/sessies?/end',
		{ session: sha256(victim.token) },
		{ origin: baseURL! }
	);
	expect(response.status()).toBe(200);
	expect(await validateSession(db, victim.token)).not.toBeNull();
	// "All others" of A leaves B's sessions alone too.
	await postForm(asA, '/account/sessies?/others', {}, { origin: baseURL! });
	expect(await validateSession(db, victim.token)).not.toBeNull();
});
