// Every page of a partnership passes axe (WCAG 2.2 AA), found from src/routes (tests/e2e/routes.ts):
// a new page is checked without editing this file. Each page is opened as an observer (who reads
// everything but changes nothing, or gets the Dutch "not allowed" page), and as a coordinator when
// the observer may not see it, on a partnership with one record of every kind (isolation-world.ts),
// made once per worker. The pages of one's own account (src/routes/account/) are checked too, for
// someone with one record of each kind there (a passkey). The public search page is checked with
// results, without results and with a refused query.

import { SESSION_COOKIE } from '$lib/domain/auth/session.server';
import { makePasskey, makeSession } from '../factories';
import { expect, expectAxeClean, test as base, visit } from './fixtures';
import { buildProbeWorld, type ProbeWorld } from './isolation-world';
import { discoverAccountRoutes, discoverPartnershipRoutes, routeUrl } from './routes';

const test = base.extend<object, { probeWorld: ProbeWorld & { sessions: Record<'coordinator' | 'observer', string> } }>(
	{
		probeWorld: [
			async ({ db }, use) => {
				const world = await buildProbeWorld(db, 'axe');
				const [coordinator, observer] = await Promise.all([
					makeSession(db, world.coordinator),
					makeSession(db, world.observer)
				]);
				await use({ ...world, sessions: { coordinator: coordinator.token, observer: observer.token } });
			},
			{ scope: 'worker' }
		]
	}
);

test.describe.configure({ mode: 'parallel' });

for (const route of discoverPartnershipRoutes().filter((r) => r.page)) {
	test(`axe: /${route.dir.replace(/^s\/\[partnership\]/, 's/…')}`, async ({ page, probeWorld, baseURL }) => {
		const url = routeUrl(route, probeWorld.partnership.url, probeWorld.params);
		const as = async (who: 'coordinator' | 'observer') => {
			await page.context().clearCookies();
			await page
				.context()
				.addCookies([
					{ name: SESSION_COOKIE, value: probeWorld.sessions[who], url: baseURL!, httpOnly: true, sameSite: 'Lax' }
				]);
			const response = await page.goto(url);
			return response?.status() ?? 0;
		};
		const status = await as('observer');
		expect([200, 403], `observer: GET ${url}`).toContain(status);
		if (status === 403)
			await expect(page.getByRole('heading', { level: 1, name: 'Dit mag je niet doen' })).toBeVisible();
		await expectAxeClean(page, `${url} (observer)`);
		if (status === 403) {
			expect(await as('coordinator'), `coordinator: GET ${url}`).toBe(200);
			await expectAxeClean(page, `${url} (coordinator)`);
		}
	});
}

for (const route of discoverAccountRoutes().filter((r) => r.page)) {
	test(`axe: /${route.dir}`, async ({ page, world, db, baseURL }) => {
		const user = await world.user();
		await makePasskey(db, { user, origin: baseURL!, name: 'Laptop' });
		await world.logIn(page, user);
		await visit(page, routeUrl(route, '/account', {}));
	});
}

for (const path of ['/zoeken', '/zoeken?q=vertrouwen', '/zoeken?q=xyzzyqwerty', `/zoeken?q=${'a'.repeat(101)}`]) {
	test(`axe: ${path.slice(0, 40)}`, async ({ page }) => {
		await visit(page, path);
	});
}
