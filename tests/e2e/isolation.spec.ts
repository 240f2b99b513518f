// Isolation between partnerships, at the HTTP level: every route and action of a partnership,
// discovered from src/routes (tests/e2e/routes.ts), is probed with request contexts, never pages.
//
// - Anonymous visitors are sent to the login page; a member of partnership A gets a 404 on
//   everything of partnership B; an observer of B opens pages (or gets a 403) but changes nothing.
// - Mixed ids: A's coordinator calls A's OWN routes with B's record ids, in the path and in every
//   id field of every form A's pages render (found in the HTML, whatever its name: hidden inputs,
//   options, checkboxes, `rasci_<id>` names, the action URL). Each must answer 404 or a form error.
//   A control posts the same forms with A's own ids, which must be accepted: the refusals come from
//   the scoping, not from a badly filled form.
// - An observer of A cannot be made a case partner, RASCI holder or agreement owner.
// - After the probes, B's rows are unchanged, table by table, in the database.
//
// Both partnerships are made in the database (isolation-world.ts); axe checks of these pages are in
// accessibility.spec.ts.

import { sql } from 'drizzle-orm';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import type { Db } from '$lib/server/db/client';
import { expect, expectAxeClean, postForm, test } from './fixtures';
import { harvestForms, harvestWithEditViews, type HarvestedForm } from './forms';
import { buildProbeWorld, partnershipTables, snapshotPartnership, type ProbeWorld } from './isolation-world';
import {
	actionNames,
	actionUrl,
	discoverPartnershipRoutes,
	paramNames,
	routeUrl,
	type PartnershipRoute
} from './routes';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Probe {
	method: Method;
	url: string;
	/** GET of a page (HTML), as opposed to a file or a stream. */
	page?: boolean;
	/** A method of a +server.ts: the site's script posts JSON to it (json-post.ts), never a form. */
	json?: boolean;
}

/** Every GET, action and endpoint method of the partnership at `world`, with its sample records. */
function probesOf(routes: PartnershipRoute[], world: Pick<ProbeWorld, 'partnership' | 'params'>): Probe[] {
	return routes.flatMap((route) => {
		const url = routeUrl(route, world.partnership.url, world.params);
		return [
			...(route.get ? [{ method: 'GET' as const, url, page: route.page }] : []),
			...route.actions.map((action) => ({ method: 'POST' as const, url: actionUrl(url, action) })),
			...route.endpointMethods.map((method) => ({ method: method as Method, url, json: true }))
		];
	});
}

/** A form body that would change something in every action, if it were allowed. */
function hostileForm(b: ProbeWorld): Record<string, string> {
	return {
		name: 'Overgenomen samenwerking',
		region: 'Elders',
		description: 'Deze tekst hoort hier niet.',
		membershipId: b.observer.membershipId,
		role: 'coordinator',
		expiresInDays: '30',
		use: 'multiple',
		coreTask: 'Ingebroken kerntaak',
		workingStyle: 'preventief',
		version: '1',
		organisationName: 'Indringer bv',
		organisationType: 'other',
		organisationTypeOther: 'Onbekend',
		function: 'directie',
		code: 'INGEBROKEN',
		situation: 'Ingebroken situatie.',
		what: 'Ingebroken afspraak.',
		title: 'Ingebroken titel',
		saveAnyway: '1'
	};
}

/** Sends one probe; a POST goes out twice: as a plain form post and as `use:enhance` sends it. */
async function send(
	request: APIRequestContext,
	{ method, url, json }: Probe,
	form: Record<string, string>,
	origin: string
) {
	if (method === 'GET')
		return [{ mode: 'GET', response: await request.get(url, { maxRedirects: 0, failOnStatusCode: false }) }];
	if (json) return [{ mode: `${method} (json)`, response: await postJson(request, url, form, { origin, method }) }];
	return [
		{ mode: `${method} (form)`, response: await postForm(request, url, form, { origin, method }) },
		{ mode: `${method} (enhanced)`, response: await postForm(request, url, form, { origin, method, enhanced: true }) }
	];
}

/** The same body as JSON from this origin, as the site's script posts to an endpoint. */
function postJson(
	request: APIRequestContext,
	url: string,
	body: Record<string, string>,
	{ origin, method }: { origin: string; method: string }
) {
	return request.fetch(url, {
		method,
		data: JSON.stringify(body),
		headers: { origin, 'content-type': 'application/json', accept: 'application/json' },
		maxRedirects: 0,
		failOnStatusCode: false
	});
}

/**
 * What an enhanced form post answered: `success`/`redirect` (accepted), `failure` (a form error,
 * whose status SvelteKit puts in the JSON while the response itself is a 200) or `error` (404, …).
 */
async function outcome(response: APIResponse): Promise<{ status: number; type: string }> {
	const body = (await response.json().catch(() => null)) as { type?: string; status?: number } | null;
	return { status: body?.type === 'failure' ? (body.status ?? 0) : response.status(), type: body?.type ?? 'no JSON' };
}

const routes = discoverPartnershipRoutes();

/** The two partnerships of a test. */
async function twoPartnerships(db: Db) {
	const [a, b] = await Promise.all([buildProbeWorld(db, 'A'), buildProbeWorld(db, 'B')]);
	return { a, b };
}

test('the route list is read from src/routes', () => {
	const dirs = routes.map((r) => r.dir);
	// The partnership's own pages at the time of writing; later ones are added automatically.
	for (const dir of [
		's/[partnership]',
		's/[partnership]/leden',
		's/[partnership]/rolkaart',
		's/[partnership]/uitnodigen',
		's/[partnership]/instellingen',
		's/[partnership]/wie-biedt-wat'
	])
		expect(dirs).toContain(dir);
	const byDir = Object.fromEntries(routes.map((r) => [r.dir, r]));
	expect(byDir['s/[partnership]/leden']!.actions).toEqual(['role']);
	expect(byDir['s/[partnership]/uitnodigen']!.actions).toEqual(['create', 'revoke']);
	expect(byDir['s/[partnership]/instellingen']!.actions).toEqual(['default']);
	expect(byDir['s/[partnership]/rolkaart']!.actions).toEqual(expect.arrayContaining(['save', 'draft']));
	expect(paramNames(byDir['s/[partnership]/casussen/[case]']!)).toEqual(['case']);
	// Every route can be turned into a URL once each parameter has a value.
	const params = Object.fromEntries(routes.flatMap(paramNames).map((name) => [name, `sample-${name}`]));
	for (const route of routes) expect(routeUrl(route, '/s/p', params)).toMatch(/^\/s\/p(\/|$)/);
	expect(() => routeUrl(byDir['s/[partnership]/casussen/[case]']!, '/s/p', {})).toThrow(/buildProbeWorld/);
	// The scanner itself, on the syntaxes SvelteKit projects use.
	expect(
		actionNames(
			`export const actions: Actions = {\n\tdefault: async ({ request }: { request: Request }) => { const x = { a: 1 }; return x; },\n\tsave: async (e) => ({ ok: true }),\n\t'two-words': () => {},\n\tasync other(event) { return {}; }\n};`,
			'example'
		)
	).toEqual(['default', 'save', 'two-words', 'other']);
});

test('anonymous visitors are sent to the login page by every route and action of a partnership', async ({
	world,
	db,
	baseURL
}) => {
	const b = await buildProbeWorld(db, 'B');
	const anonymous = await world.requestFor(null);
	const form = hostileForm(b);
	for (const probe of probesOf(routes, b)) {
		for (const { mode, response } of await send(anonymous, probe, form, baseURL!)) {
			const what = `anonymous ${mode} ${probe.url}`;
			if (mode.endsWith('(enhanced)')) {
				expect.soft(response.status(), what).toBe(200);
				expect
					.soft(await response.json().catch(() => null), what)
					.toMatchObject({ type: 'redirect', location: expect.stringMatching(/^\/inloggen\?next=/) });
			} else {
				expect.soft(response.status(), what).toBe(303);
				expect.soft(response.headers()['location'] ?? '', what).toMatch(/^\/inloggen\?next=/);
			}
		}
	}
});

test('a member of partnership A gets a 404 on every route and action of partnership B, and B is unchanged', async ({
	page,
	world,
	db,
	baseURL
}) => {
	const { a, b } = await twoPartnerships(db);
	const before = await snapshotPartnership(db, b.partnership.id);
	const asA = await world.requestFor(a.coordinator);
	const form = hostileForm(b);
	for (const probe of probesOf(routes, b)) {
		for (const { mode, response } of await send(asA, probe, form, baseURL!))
			expect.soft(response.status(), `A: ${mode} ${probe.url}`).toBe(404);
	}
	// Also for ids that do not exist or are not even an id.
	for (const url of ['/s/00000000-0000-4000-8000-000000000000', '/s/geen-id/leden']) {
		const response = await asA.get(url, { maxRedirects: 0, failOnStatusCode: false });
		expect.soft(response.status(), `A: GET ${url}`).toBe(404);
	}
	expect(await snapshotPartnership(db, b.partnership.id)).toEqual(before);

	// What A sees: the Dutch "not found" page, which does not confirm that B exists.
	await world.logIn(page, a.coordinator);
	const response = await page.goto(b.partnership.url);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText(b.partnership.name);
	await expectAxeClean(page);
});

// The short link of a reflection moment lives outside /s/ (/r/[code]); its event stream is probed
// above as a plain GET: here also as the event stream a browser asks for.
test('the short link and the event stream of a reflection moment reach only its partnership', async ({ world, db }) => {
	const { a, b } = await twoPartnerships(db);
	const live = `${b.partnership.url}/reflectie/${b.params.moment}/live`;
	const [asA, asB, asObserver, anonymous] = await Promise.all([
		world.requestFor(a.coordinator),
		world.requestFor(b.coordinator),
		world.requestFor(b.observer),
		world.requestFor(null)
	]);
	const { code } = (await (await asB.get(live)).json()) as { code: string };
	const get = (request: APIRequestContext, url: string, headers: Record<string, string> = {}) =>
		request.get(url, { headers, maxRedirects: 0, failOnStatusCode: false });

	const forAnonymous = await get(anonymous, `/r/${code}`);
	expect.soft(forAnonymous.status(), 'anonymous: GET /r/<code>').toBe(303);
	expect
		.soft(forAnonymous.headers()['location'], 'anonymous: GET /r/<code>')
		.toBe(`/inloggen?next=${encodeURIComponent(`/r/${code}`)}`);
	expect.soft((await get(asA, `/r/${code}`)).status(), 'A: GET /r/<code of B>').toBe(404);
	expect.soft((await get(asA, '/r/ZZZZZZ')).status(), 'A: GET /r/<unknown code>').toBe(404);
	expect.soft((await get(asA, live, { accept: 'text/event-stream' })).status(), 'A: event stream of B').toBe(404);
	expect
		.soft((await get(asB, `/r/${code}`)).headers()['location'], 'B: GET /r/<code>')
		.toBe(`${b.partnership.url}/reflectie/${b.params.moment}/meedoen`);
	// Observers read the moment; they do not answer.
	expect
		.soft((await get(asObserver, `/r/${code}`)).headers()['location'], 'observer: GET /r/<code>')
		.toBe(`${b.partnership.url}/reflectie/${b.params.moment}`);
});

/** The columns of a membership that its member edits on "Mijn gegevens". */
const OWN_DETAILS = [
	'organisation_name',
	'organisation_type',
	'organisation_type_other',
	'function',
	'function_other',
	'organisation_id'
];

test('an observer opens every page (or gets a 403) but every action is refused and nothing changes', async ({
	world,
	db,
	baseURL
}) => {
	const b = await buildProbeWorld(db, 'B');
	const before = await snapshotPartnership(db, b.partnership.id);
	const asObserver = await world.requestFor(b.observer);
	const form = hostileForm(b);
	for (const probe of probesOf(routes, b)) {
		for (const { mode, response } of await send(asObserver, probe, form, baseURL!)) {
			// Leaving is every member's own step, an observer's too: the hostile post lacks the
			// confirmation and gets a form error (the snapshot below proves nothing changed).
			const leaving = probe.method !== 'GET' && new URL(probe.url, baseURL).pathname.endsWith('/vertrekken');
			// Their own organisation and function are an observer's to edit too (canOn 'member:profile').
			const ownDetails = probe.method !== 'GET' && new URL(probe.url, baseURL).pathname.endsWith('/mijn-gegevens');
			const allowed = probe.method === 'GET' ? [200, 403] : leaving || ownDetails ? [200, 400] : [403, 404];
			expect.soft(allowed, `observer: ${mode} ${probe.url} answered ${response.status()}`).toContain(response.status());
			if (probe.method === 'GET' && probe.page && response.status() === 403)
				expect.soft(await response.text(), `observer: ${probe.url}`).toContain('Dit mag je niet doen');
		}
	}
	// Nothing changed but, at most, who the observer says they are in their own membership.
	const withoutOwnDetails = (snapshot: Record<string, unknown[]>) => ({
		...snapshot,
		memberships: (snapshot.memberships as Record<string, unknown>[]).map((row) => {
			if (row.user_id !== b.observer.id) return row;
			return Object.fromEntries(Object.entries(row).filter(([column]) => !OWN_DETAILS.includes(column)));
		})
	});
	expect(withoutOwnDetails(await snapshotPartnership(db, b.partnership.id))).toEqual(withoutOwnDetails(before));
	// Still an observer.
	const home = await (await asObserver.get(b.partnership.url)).text();
	expect(home).toContain('Jouw rol: Waarnemer');
});

test('mixed ids in the path: A’s own routes with B’s records answer 404 or a form error and change nothing in B', async ({
	world,
	db,
	baseURL
}) => {
	const { a, b } = await twoPartnerships(db);
	const before = await snapshotPartnership(db, b.partnership.id);
	const asA = await world.requestFor(a.coordinator);
	const form = hostileForm(a);
	let probed = 0;
	for (const route of routes.filter((r) => paramNames(r).length > 0)) {
		// One of B's ids at a time; the other parameters stay A's own. A parameter that names content
		// rather than a record (a method's slug) is the same in both: there is nothing of B's to mix in.
		for (const name of paramNames(route).filter((n) => a.params[n] !== b.params[n])) {
			const mixed = { partnership: a.partnership, params: { ...a.params, [name]: b.params[name]! } };
			for (const probe of probesOf([route], mixed)) {
				for (const { mode, response } of await send(asA, probe, form, baseURL!)) {
					// A 404, or a form error that the action gives before it looks the record up (the same
					// answer as for an id that does not exist at all).
					const { status } = mode.endsWith('(enhanced)') ? await outcome(response) : { status: response.status() };
					expect
						.soft(
							status === 404 || (probe.method !== 'GET' && status >= 400 && status < 500 && status !== 403),
							`A with B's ${name}: ${mode} ${probe.url} answered ${status}`
						)
						.toBe(true);
					probed += 1;
				}
			}
		}
	}
	expect(probed, 'routes with a further parameter were probed').toBeGreaterThan(20);
	expect(await snapshotPartnership(db, b.partnership.id)).toEqual(before);
});

test('mixed ids in forms: every id field of A’s forms, given a record of B, is a 404 or a form error; B is unchanged', async ({
	world,
	db,
	baseURL
}) => {
	test.slow();
	const { a, b } = await twoPartnerships(db);
	const before = await snapshotPartnership(db, b.partnership.id);
	const asA = await world.requestFor(a.coordinator);
	const locate = await idLocator(db, a, b);

	// Every form on every page of A, filled in as its user would.
	const forms: HarvestedForm[] = [];
	for (const probe of probesOf(routes, a).filter((p) => p.method === 'GET' && p.page)) {
		const response = await asA.get(probe.url, { failOnStatusCode: false });
		expect.soft(response.status(), `A: GET ${probe.url}`).toBe(200);
		// Forms of the partnership itself (not the language switcher in the header).
		const get = async (u: string) => (await asA.get(u, { failOnStatusCode: false })).text();
		forms.push(
			...(await harvestWithEditViews(await response.text(), probe.url, a.partnership.id, get)).filter(
				(f) =>
					f.action.startsWith(`${a.partnership.url}/`) ||
					f.action === a.partnership.url ||
					f.action.startsWith(`${a.partnership.url}?`)
			)
		);
	}
	const withIds = forms.filter((f) => f.slots.length > 0);
	expect(withIds.length, 'forms with id fields were found').toBeGreaterThan(30);

	// Each id of A in a form, one at a time, replaced by the same kind of record of B.
	const tried: string[] = [];
	for (const form of withIds) {
		for (const slot of form.slots) {
			const own = await locate(slot.id);
			expect.soft(own, `${form.describe()}: ${slot.where} holds ${slot.id}, which is no record of A`).not.toBeNull();
			if (!own) continue;
			const mixed = form.withReplaced(slot, own.other);
			const response = await postForm(asA, mixed.url, {}, { origin: baseURL!, enhanced: true, body: mixed.body });
			const result = await outcome(response);
			const what = `${form.describe()} with B's ${own.table} in ${slot.where}: answered ${result.status} ${result.type}`;
			expect
				.soft(result.status === 404 || (result.type === 'failure' && result.status >= 400 && result.status < 500), what)
				.toBe(true);
			tried.push(`${own.table} in ${slot.where}`);
		}
	}
	test.info().annotations.push({
		type: 'mixed ids',
		description: `${withIds.length} forms, ${tried.length} id fields: ${[...new Set(tried)].sort().join(', ')}`
	});
	// Every kind of record behind a route parameter was tried in some form.
	for (const table of [
		'cases',
		'memberships',
		'meetings',
		'organisations',
		'agreements',
		'network_nodes',
		'network_links'
	])
		expect(
			tried.some((t) => t.startsWith(`${table} `)),
			`an id of ${table} was tried`
		).toBe(true);
	expect(await snapshotPartnership(db, b.partnership.id)).toEqual(before);

	// Control: the same forms with A's own ids, as the page renders them now (versions move on), get
	// past validation and scoping. Forms that remove or close something go last, so that they do not
	// take away what the others point at; a form that is gone from its page by then is skipped.
	const destructive = /remove|delete|revoke|cancel|close|withdraw|unlink|discard/i;
	const ordered = [
		...withIds.filter((f) => !destructive.test(f.action)),
		...withIds.filter((f) => destructive.test(f.action))
	];
	const refused: string[] = [];
	let accepted = 0;
	for (const form of ordered) {
		const html = await (await asA.get(form.page, { failOnStatusCode: false })).text();
		const fresh = harvestForms(html, form.page, a.partnership.id).find(
			(f) => f.action === form.action && f.key === form.key
		);
		if (!fresh || CONTROL_REFUSED.some(({ action }) => action.test(form.action))) continue;
		const response = await postForm(asA, fresh.url, {}, { origin: baseURL!, enhanced: true, body: fresh.body() });
		const result = await outcome(response);
		if (result.status === 200 && (result.type === 'success' || result.type === 'redirect')) accepted += 1;
		else refused.push(`${form.describe()}: ${result.status} ${result.type} ${(await response.text()).slice(0, 300)}`);
	}
	expect(refused, 'forms with A’s own ids that were not accepted (the probes above prove nothing for them)').toEqual(
		[]
	);
	expect(accepted, 'forms accepted with A’s own ids').toBeGreaterThan(withIds.length / 2);
});

/** Forms whose control cannot be filled in generically; their mixed-id probes still run. */
const CONTROL_REFUSED = [
	{ action: /\?\/rasci$/, why: 'the RASCI rule needs exactly one A: every first choice is an R' },
	{ action: /\/leden\?\/remove$/, why: 'the first member listed is the only coordinator, who cannot be removed' }
];

test('an observer cannot be made a case partner, a RASCI holder or an agreement owner by a crafted post', async ({
	world,
	db,
	baseURL
}) => {
	const a = await buildProbeWorld(db, 'A');
	const asA = await world.requestFor(a.coordinator);
	const caseUrl = `${a.partnership.url}/casussen/${a.params.case}`;
	const origin = baseURL!;
	const observer = a.observer.membershipId;
	const [{ version }] = (
		await db.execute<{ version: number }>(sql`SELECT version FROM cases WHERE id = ${a.params.case}`)
	).rows as [{ version: number }];
	const [{ id: actionId }] = (
		await db.execute<{ id: string }>(sql`SELECT id FROM case_actions WHERE case_id = ${a.params.case}`)
	).rows as [{ id: string }];

	const attempts: [string, string, [string, string][]][] = [
		[
			'a new case with the observer as partner',
			`${a.partnership.url}/casussen/nieuw`,
			[
				['code', 'WAARNEMER-1'],
				['situation', 'Een situatie zonder namen.'],
				['partners', observer]
			]
		],
		[
			'the observer added to the case’s partners',
			`${caseUrl}?/meta`,
			[
				['version', String(version)],
				['code', 'WAARNEMER-2'],
				['status', 'open'],
				['partners', a.member.membershipId],
				['partners', observer]
			]
		],
		[
			'the observer accountable in a RASCI',
			`${caseUrl}?/rasci`,
			[
				['actionId', actionId],
				[`rasci_${observer}`, 'A'],
				[`rasci_${a.member.membershipId}`, 'R']
			]
		],
		[
			'the observer as owner of an agreement',
			`${caseUrl}?/addAgreement`,
			[
				['what', 'Een afspraak voor de waarnemer.'],
				['ownerId', a.observer.id],
				['dueDate', ''],
				['feedbackDate', ''],
				['feedbackNote', '']
			]
		]
	];
	for (const [what, url, body] of attempts) {
		const result = await outcome(
			await postForm(asA, url, {}, { origin, enhanced: true, body: new URLSearchParams(body) })
		);
		expect
			.soft(
				result.type === 'failure' && result.status >= 400 && result.status < 500,
				`${what}: answered ${result.status} ${result.type}`
			)
			.toBe(true);
	}
	const held = await db.execute<{ n: number }>(sql`
		SELECT (SELECT count(*) FROM case_partners WHERE membership_id = ${observer})
		     + (SELECT count(*) FROM action_assignments WHERE membership_id = ${observer})
		     + (SELECT count(*) FROM agreements WHERE owner_id = ${a.observer.id}) AS n`);
	expect(Number(held.rows[0]!.n), 'case partners, RASCI holders and agreement owners that are observers').toBe(0);
	const codes = await db.execute(
		sql`SELECT code FROM cases WHERE partnership_id = ${a.partnership.id} AND code LIKE 'WAARNEMER-%'`
	);
	expect(codes.rows).toEqual([]);
});

test('control: the same hostile actions by the coordinator of B get past the authorisation and change B', async ({
	world,
	db,
	baseURL
}) => {
	const b = await buildProbeWorld(db, 'B');
	const before = await snapshotPartnership(db, b.partnership.id);
	const asB = await world.requestFor(b.coordinator);
	const form = hostileForm(b);
	let accepted = 0;
	for (const probe of probesOf(routes, b).filter((p) => p.method !== 'GET')) {
		const response = probe.json
			? await postJson(asB, probe.url, form, { origin: baseURL!, method: probe.method })
			: await postForm(asB, probe.url, form, { origin: baseURL!, method: probe.method, enhanced: true });
		expect.soft(response.status(), `B: ${probe.method} ${probe.url}`).not.toBe(403);
		if (response.status() < 400) accepted += 1;
	}
	expect(accepted, 'actions accepted from the coordinator').toBeGreaterThan(0);
	expect(await snapshotPartnership(db, b.partnership.id)).not.toEqual(before);
});

/**
 * Finds the table of one of A's ids (any table of a partnership, or an account) and a record of
 * the same table in B to put in its place.
 */
async function idLocator(db: Db, a: ProbeWorld, b: ProbeWorld) {
	const tables = await partnershipTables(db);
	const withId: string[] = [];
	for (const table of tables) {
		const { rows } = await db.execute(
			sql`SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table} AND column_name = 'id'`
		);
		if (rows.length) withId.push(table);
	}
	const cache = new Map<string, { table: string; other: string } | null>();
	return async (id: string) => {
		if (cache.has(id)) return cache.get(id)!;
		let found: { table: string; other: string } | null = null;
		for (const table of withId) {
			const own = await db.execute(
				sql`SELECT 1 FROM ${sql.identifier(table)} WHERE id = ${id} AND partnership_id = ${a.partnership.id}`
			);
			if (!own.rows.length) continue;
			const other = await db.execute<{ id: string }>(
				sql`SELECT id FROM ${sql.identifier(table)} WHERE partnership_id = ${b.partnership.id} ORDER BY id LIMIT 1`
			);
			if (!other.rows.length)
				throw new Error(`B has no row in ${table}: make one in buildProbeWorld (tests/e2e/isolation-world.ts).`);
			found = { table, other: other.rows[0]!.id };
			break;
		}
		// An account: one that is in B and not in A.
		if (!found && [a.coordinator.id, a.member.id, a.observer.id].includes(id))
			found = { table: 'users', other: b.coordinator.id };
		cache.set(id, found);
		return found;
	};
}
