// Bad input never ends in a 500. Every form on every page of a partnership (found in the HTML and
// in the edit views its links open, as the isolation probes find them) is posted with bad values: missing, empty, oversized, wrongly
// typed, with control characters, impossible dates and crafted versions. Every action discovered
// in src/routes also gets a body of the wrong content type. Each answer must be a 4xx or a form
// message, never a 5xx, and no answer may show a stack trace. Then, in a browser, a too-long text
// is refused next to its field while everything typed stays in the form.

import type { APIResponse } from '@playwright/test';
import { expect, expectAxeClean, postForm, test, visit } from './fixtures';
import { harvestWithEditViews, type HarvestedForm } from './forms';
import { buildProbeWorld } from './isolation-world';
import { actionUrl, discoverPartnershipRoutes, routeUrl } from './routes';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What a leaked error looks like: stack frames, source positions, installed packages. */
const STACK = /\n\s+at \S+ \(|node_modules\/|\.(ts|js):\d+:\d+|TypeError|ReferenceError|error: invalid input/i;

type Entries = readonly [string, string][];
const each = (entries: Entries, change: (name: string, value: string) => string): [string, string][] =>
	entries.map(([name, value]) => [name, change(name, value)]);
/** Text fields: not ids, dates, versions or the guard's switch. */
const isText = (name: string, value: string) =>
	!ID.test(value) && !DATE.test(value) && name !== 'version' && name !== 'saveAnyway';

const VARIANTS: { kind: string; body: (entries: Entries) => [string, string][] }[] = [
	{ kind: 'missing', body: () => [] },
	{ kind: 'empty', body: (e) => each(e, () => '') },
	{ kind: 'oversized', body: (e) => each(e, (n, v) => (isText(n, v) ? 'x'.repeat(20_000) : v)) },
	{ kind: 'wrongly typed', body: (e) => each(e, () => 'abc') },
	{ kind: 'control characters', body: (e) => each(e, (n, v) => (isText(n, v) ? `${v}\u0000\u0001\r\nx` : v)) },
	{ kind: 'NUL in every value', body: (e) => each(e, (_n, v) => `${v}\u0000`) },
	{ kind: 'impossible date', body: (e) => each(e, (_n, v) => (DATE.test(v) ? '2027-02-29' : v)) },
	{ kind: 'year zero', body: (e) => each(e, (_n, v) => (DATE.test(v) ? '0000-01-01' : v)) },
	{ kind: 'crafted version', body: (e) => each(e, (n, v) => (n === 'version' ? '99999999999' : v)) },
	{ kind: 'bad id', body: (e) => each(e, (_n, v) => (ID.test(v) ? 'not-an-id' : v)) }
];

async function problemOf(response: APIResponse, what: string): Promise<string | null> {
	const text = await response.text();
	if (response.status() >= 500) return `${what}: answered ${response.status()} ${text.slice(0, 200)}`;
	if (STACK.test(text)) return `${what}: the answer shows an error's internals: ${text.slice(0, 300)}`;
	return null;
}

test('every form answers bad values with a 4xx or a form message, never a 500 or a stack trace', async ({
	world,
	db,
	baseURL
}) => {
	test.slow();
	const a = await buildProbeWorld(db, 'F');
	const asA = await world.requestFor(a.coordinator);
	const routes = discoverPartnershipRoutes();
	const forms: HarvestedForm[] = [];
	for (const route of routes.filter((r) => r.page)) {
		const url = routeUrl(route, a.partnership.url, a.params);
		const get = async (u: string) => (await asA.get(u, { failOnStatusCode: false })).text();
		const found = await harvestWithEditViews(await get(url), url, a.partnership.id, get);
		forms.push(...found.filter((f) => f.action.startsWith(a.partnership.url)));
	}
	expect(forms.length, 'forms found on the pages').toBeGreaterThan(40);

	const problems: string[] = [];
	let posts = 0;
	for (const form of forms) {
		for (const variant of VARIANTS) {
			const body = new URLSearchParams(variant.body(form.entries));
			const response = await postForm(asA, form.url, {}, { origin: baseURL!, enhanced: true, body });
			posts += 1;
			const problem = await problemOf(response, `${form.describe()} (${variant.kind})`);
			if (problem) problems.push(problem);
		}
	}
	// Actions that no page rendered a form for (for this role, or at this moment) still get the basics.
	for (const route of routes)
		for (const action of route.actions) {
			const url = actionUrl(routeUrl(route, a.partnership.url, a.params), action);
			for (const body of [new URLSearchParams(), new URLSearchParams({ version: 'abc', title: '\u0000' })]) {
				const response = await postForm(asA, url, {}, { origin: baseURL!, enhanced: true, body });
				posts += 1;
				const problem = await problemOf(response, `${url} (bare)`);
				if (problem) problems.push(problem);
			}
			// A body of the wrong type is a clear 4xx, with and without `use:enhance`'s headers.
			for (const enhanced of [true, false]) {
				const response = await asA.post(url, {
					data: JSON.stringify({ title: 'x' }),
					headers: {
						origin: baseURL!,
						'content-type': 'application/json',
						...(enhanced ? { accept: 'application/json', 'x-sveltekit-action': 'true' } : {})
					},
					maxRedirects: 0,
					failOnStatusCode: false
				});
				posts += 1;
				const problem = await problemOf(response, `${url} (JSON body${enhanced ? ', enhanced' : ''})`);
				if (problem) problems.push(problem);
				else if (response.status() < 400) problems.push(`${url} (JSON body): answered ${response.status()}, not a 4xx`);
			}
		}
	test.info().annotations.push({ type: 'fuzz', description: `${forms.length} forms, ${posts} posts` });
	expect(problems).toEqual([]);
});

test('a text too long is refused next to its field, and everything typed stays', async ({ page, world }) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/leerlogboek/nieuw?soort=bottleneck`);
	const description = 'De school hoort niets meer na een doorverwijzing naar het CAW.';
	// As from a browser that ignores maxlength: the server is what refuses it.
	await page.getByLabel('Titel').evaluate((input) => input.removeAttribute('maxlength'));
	await page.getByLabel('Titel').fill('T'.repeat(500));
	await page.getByLabel('Wat gebeurde er?').fill(description);
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	const title = page.getByLabel('Titel');
	await expect(title).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Gebruik hoogstens 140 tekens.')).toBeVisible();
	await expect(page.getByLabel('Wat gebeurde er?')).toHaveValue(description);
	await expect(title).toHaveValue('T'.repeat(500));
	await expectAxeClean(page);
});
