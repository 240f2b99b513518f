// Isolation between partnerships, and observers who cannot change anything.
//
// The routes are READ FROM src/routes when the test runs: every folder under
// src/routes/s/[partnership]/ with a +page.svelte, +page.server.ts or +server.ts is a URL, and
// the form actions are the keys of `export const actions` in its +page.server.ts. A new page or
// action is therefore probed without editing this file. A new dynamic parameter other than
// [partnership] makes the test fail until a sample value is added to SAMPLE_PARAMS below.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import {
	createInviteLink,
	createPartnership,
	expect,
	expectAxeClean,
	fillRoleCard,
	joinThroughLink,
	postForm,
	register,
	test,
	visit,
	type Partnership,
	type User
} from './fixtures';

const ROUTES_DIR = fileURLToPath(new URL('../../src/routes', import.meta.url));
const PARTNERSHIP_DIR = path.join(ROUTES_DIR, 's', '[partnership]');

/** What the probes know when they build URLs. */
interface ProbeContext {
	partnership: Partnership;
	/** A sample value per dynamic parameter (other than [partnership]), from SAMPLE_PARAMS. */
	params: Record<string, string>;
}

/** What a sample-value factory gets: partnership B and its coordinator's logged-in page. */
interface SampleSetup {
	partnership: Partnership;
	coordinator: Page;
	origin: string;
	/** The sample value of another parameter (made once), e.g. the case an agreement belongs to. */
	param: (name: string) => Promise<string>;
}

/** An enhanced form post that must succeed; returns its JSON result. */
async function mustPost(setup: SampleSetup, url: string, form: Record<string, string>) {
	const response = await postForm(setup.coordinator.request, url, form, { origin: setup.origin, enhanced: true });
	const result = await response.json().catch(() => null);
	if (response.status() !== 200 || !['success', 'redirect'].includes(result?.type))
		throw new Error(`Setting up a sample record failed: POST ${url} answered ${response.status()} ${JSON.stringify(result)}`);
	return result as { type: string; location?: string };
}

/**
 * Sample values for dynamic parameters below /s/[partnership]/ other than [partnership] itself. Each
 * creates a real record in partnership B (as B's coordinator), so the probes hit something that
 * exists: A must still get a 404, the observer must still change nothing. A route with a parameter
 * missing here fails the test with a message that points here.
 */
const SAMPLE_PARAMS: Record<string, (setup: SampleSetup) => Promise<string>> = {
	// /s/[partnership]/overleg/[meeting] (and its .ics file): a meeting of B with an agenda item.
	meeting: async (setup) => {
		const date = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
		const result = await mustPost(setup, `${setup.partnership.url}/overleg/nieuw`, {
			kind: 'structural',
			title: `Voorbeeldoverleg ${Date.now().toString(36)}`,
			date,
			startTime: '14:00',
			endTime: '15:00',
			place: 'Vergaderzaal',
			onlineUrl: '',
			purpose: 'Samen vooruitkijken.',
			agenda: 'Nieuws van de partners',
			recurrence: 'none',
			saveAnyway: '1'
		});
		const id = /\/overleg\/([^/?#]+)/.exec(result.location ?? '')?.[1];
		if (!id) throw new Error(`Creating a sample meeting did not redirect to it: ${JSON.stringify(result)}`);
		return id;
	},
	// /s/[partnership]/casussen/[case]
	case: async (setup) => {
		const result = await mustPost(setup, `${setup.partnership.url}/casussen/nieuw`, {
			code: `E2E-${Date.now().toString(36)}`,
			situation: 'Afstemming over een leerling die vaak te laat komt.',
			saveAnyway: '1'
		});
		const id = /\/casussen\/([^/?#]+)/.exec(result.location ?? '')?.[1];
		if (!id) throw new Error(`Creating a sample case did not redirect to it: ${JSON.stringify(result)}`);
		return id;
	},
	// /s/[partnership]/afspraken/[agreement]: an agreement made in the sample case, owned by B.
	agreement: async (setup) => {
		const { partnership, coordinator } = setup;
		const caseUrl = `${partnership.url}/casussen/${await setup.param('case')}`;
		await coordinator.goto(caseUrl);
		const ownerId = await coordinator.locator('select[name="ownerId"] option:not([value=""])').first().getAttribute('value');
		const what = `Voorbeeldafspraak ${Date.now().toString(36)}`;
		await mustPost(setup, `${caseUrl}?/addAgreement`, { what, ownerId: ownerId ?? '', dueDate: '', feedbackDate: '', feedbackNote: '', saveAnyway: '1' });
		await coordinator.goto(`${partnership.url}/afspraken`);
		const href = await coordinator.getByRole('link', { name: what, exact: true }).getAttribute('href');
		const id = /\/afspraken\/([^/?#]+)$/.exec(href ?? '')?.[1];
		if (!id) throw new Error(`The sample agreement "${what}" is not listed on ${partnership.url}/afspraken.`);
		return id;
	},
	// /s/[partnership]/organisaties/[organisation]: an organisation in B's directory.
	organisation: async (setup) => {
		const result = await mustPost(setup, `${setup.partnership.url}/organisaties/nieuw`, {
			name: `Voorbeeldorganisatie ${Date.now().toString(36)}`,
			type: 'caw',
			sector: 'welfare',
			level: 'meso',
			contactPerson: 'Onthaal',
			expertise: 'wonen'
		});
		const id = /\/organisaties\/([^/?#]+)/.exec(result.location ?? '')?.[1];
		if (!id) throw new Error(`Creating a sample organisation did not redirect to it: ${JSON.stringify(result)}`);
		return id;
	},
	// /s/[partnership]/leerlogboek/[entry]: an entry in B's learning log.
	entry: async (setup) => {
		const result = await mustPost(setup, `${setup.partnership.url}/leerlogboek/nieuw`, {
			kind: 'bottleneck',
			title: `Voorbeeldknelpunt ${Date.now().toString(36)}`,
			description: 'De school hoort niets terug na een doorverwijzing.',
			lesson: 'Spreek een korte status af.',
			blocks: 'communicatie'
		});
		const id = /\/leerlogboek\/([^/?#]+)/.exec(result.location ?? '')?.[1];
		if (!id) throw new Error(`Creating a sample learning-log entry did not redirect to it: ${JSON.stringify(result)}`);
		return id;
	},
	// /s/[partnership]/reflectie/[moment] (and its projector view, answer page, summary and live
	// stream): an open reflection moment of B with one anonymous answer and a group.
	moment: async (setup) => {
		const result = await mustPost(setup, `${setup.partnership.url}/reflectie/nieuw`, {
			block: 'communicatie',
			questions: '0',
			title: `Voorbeeldreflectie ${Date.now().toString(36)}`,
			allowAnonymous: '1',
			meetingId: ''
		});
		const id = /\/reflectie\/([^/?#]+)/.exec(result.location ?? '')?.[1];
		if (!id) throw new Error(`Creating a sample reflection moment did not redirect to it: ${JSON.stringify(result)}`);
		const url = `${setup.partnership.url}/reflectie/${id}`;
		await mustPost(setup, `${url}/meedoen?/answer`, { question: '0', text: 'Een voorbeeldantwoord zonder namen.', anonymous: '1' });
		await mustPost(setup, `${url}?/createGroup`, { title: 'Voorbeeldgroep' });
		return id;
	},
	// /s/[partnership]/signalen/[signal]: a signal of B made from the sample case, one step further.
	signal: async (setup) => {
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
		const result = await mustPost(setup, `${setup.partnership.url}/signalen/nieuw?casus=${await setup.param('case')}`, {
			title: `Voorbeeldsignaal ${Date.now().toString(36)}`,
			theme: 'school_costs',
			description: 'Gezinnen met een laag inkomen kunnen de schooluitstappen niet betalen.',
			request: 'Een gezamenlijke regeling.',
			level: 'meso',
			addressee: 'lokaal_bestuur',
			addresseeOther: '',
			collectedOn: today
		});
		const id = /\/signalen\/([^/?#]+)/.exec(result.location ?? '')?.[1];
		if (!id) throw new Error(`Creating a sample signal did not redirect to it: ${JSON.stringify(result)}`);
		await mustPost(setup, `${setup.partnership.url}/signalen/${id}?/move`, { version: '1', to: 'discussed', direction: 'forward', on: today, note: 'Besproken.' });
		return id;
	},
	// /s/[partnership]/scan/[round] (and its results): an open scan round of B, answered once by
	// its coordinator.
	round: async (setup) => {
		const closesOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
		const result = await mustPost(setup, `${setup.partnership.url}/scan?/open`, { title: `Voorbeeldscan ${Date.now().toString(36)}`, closesOn });
		const id = /\/scan\/([^/?#]+)/.exec(result.location ?? '')?.[1];
		if (!id) throw new Error(`Opening a sample scan round did not redirect to it: ${JSON.stringify(result)}`);
		await setup.coordinator.goto(`${setup.partnership.url}/scan/${id}`);
		const names = await setup.coordinator
			.locator('form.answer input[type="radio"][value="3"]')
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name));
		await mustPost(setup, `${setup.partnership.url}/scan/${id}?/answer`, Object.fromEntries(names.map((n) => [n, '3'])));
		return id;
	},
	// /s/[partnership]/informatiedeling/[sharing]: a sharing agreement between two organisations of B
	// (through the form: it posts several organisations under one name).
	sharing: async (setup) => {
		const { partnership, coordinator } = setup;
		await setup.param('organisation');
		await mustPost(setup, `${partnership.url}/organisaties/nieuw`, { name: `Tweede organisatie ${Date.now().toString(36)}`, type: 'school', sector: 'education', level: 'micro' });
		await coordinator.goto(`${partnership.url}/informatiedeling/nieuw`);
		const title = `Voorbeelddeling ${Date.now().toString(36)}`;
		await coordinator.getByRole('textbox', { name: 'Titel' }).fill(title);
		const parties = coordinator.getByRole('group', { name: 'Tussen welke organisaties?' }).getByRole('checkbox');
		await parties.nth(0).check();
		await parties.nth(1).check();
		await coordinator.getByRole('textbox', { name: 'Wat mogen we delen?' }).fill('De vraag van het gezin.');
		await coordinator.getByRole('textbox', { name: 'Wat delen we niet?' }).fill('Medische gegevens.');
		await coordinator.getByRole('radio', { name: 'Gedeeld beroepsgeheim' }).check();
		await coordinator.getByRole('radio', { name: 'Geen toestemming nodig' }).check();
		await coordinator.getByRole('textbox', { name: 'Langs welke weg delen we?' }).fill('In het overleg.');
		await coordinator.getByRole('button', { name: 'Afspraak bewaren' }).click();
		await coordinator.waitForURL(/\/informatiedeling\/[0-9a-f-]{36}\?nieuw$/);
		const id = /\/informatiedeling\/([^/?#]+)/.exec(coordinator.url())?.[1];
		if (!id) throw new Error(`Creating a sample sharing agreement did not open it: ${coordinator.url()}`);
		return id;
	}
};

/**
 * Pages whose content changes by merely being read (an audit log that records reads): the
 * before/after comparison checks only that they still open. Folders relative to src/routes.
 */
const CHANGES_WHEN_READ = new Set(['s/[partnership]/casussen/[case]/logboek']);

/** The names of the dynamic parameters (other than [partnership]) a route has. */
function paramNames(route: PartnershipRoute): string[] {
	return route.segments.filter((segment) => segment.includes('[')).map((segment) => {
		const param = /^\[{1,2}(?:\.\.\.)?([^\]=]+)(?:=[^\]]+)?\]{1,2}$/.exec(segment);
		const name = param?.[1];
		// Parameters inside a segment ("foo-[id]") are not supported: the same message asks for help.
		if (!name || !SAMPLE_PARAMS[name])
			throw new Error(
				`src/routes/${route.dir} has the dynamic parameter "${segment}". Add a sample value for ` +
					`"${name ?? segment}" to SAMPLE_PARAMS in tests/e2e/isolation.spec.ts (a factory that creates a ` +
					'real record in partnership B), so that the isolation probes cover this route.'
			);
		return name;
	});
}

interface PartnershipRoute {
	/** Folder relative to src/routes, e.g. "s/[partnership]/leden". */
	dir: string;
	/** Segments below /s/[partnership], route groups already dropped. */
	segments: string[];
	/** GET answers a page (+page.svelte / +page.server.ts) or an endpoint's GET. */
	get: boolean;
	/** A page (HTML); false for an endpoint only (a file such as an SVG or ICS, read through the API, not a browser tab). */
	page: boolean;
	/** Form action names ("default" for an unnamed one). */
	actions: string[];
	/** Methods other than GET exported by a +server.ts. */
	endpointMethods: string[];
}

const PAGE_FILE = /^\+page(@[^.]*)?\.svelte$/;
const PAGE_SERVER_FILE = /^\+page\.server\.(ts|js)$/;
const ENDPOINT_FILE = /^\+server\.(ts|js)$/;

function discoverPartnershipRoutes(): PartnershipRoute[] {
	const routes: PartnershipRoute[] = [];
	const walk = (dir: string, segments: string[]) => {
		const entries = readdirSync(dir);
		const pageServer = entries.find((f) => PAGE_SERVER_FILE.test(f));
		const endpoint = entries.find((f) => ENDPOINT_FILE.test(f));
		const page = entries.some((f) => PAGE_FILE.test(f));
		if (page || pageServer || endpoint) {
			const endpointMethods = endpoint ? exportedMethods(readFileSync(path.join(dir, endpoint), 'utf8')) : [];
			routes.push({
				dir: path.relative(ROUTES_DIR, dir).split(path.sep).join('/'),
				segments,
				get: page || Boolean(pageServer) || endpointMethods.includes('GET') || endpointMethods.includes('fallback'),
				page: page || Boolean(pageServer),
				actions: pageServer ? actionNames(readFileSync(path.join(dir, pageServer), 'utf8'), path.join(dir, pageServer)) : [],
				endpointMethods: endpointMethods.filter((m) => m !== 'GET' && m !== 'HEAD')
			});
		}
		for (const entry of entries) {
			const full = path.join(dir, entry);
			if (!statSync(full).isDirectory()) continue;
			// A route group "(name)" is not part of the URL.
			walk(full, /^\(.*\)$/.test(entry) ? segments : [...segments, entry]);
		}
	};
	walk(PARTNERSHIP_DIR, []);
	return routes;
}

/** The URL of a route inside `ctx.partnership`. */
function routeUrl(route: PartnershipRoute, ctx: ProbeContext): string {
	const names = paramNames(route);
	let i = 0;
	const parts = route.segments.map((segment) => (segment.includes('[') ? encodeURIComponent(ctx.params[names[i++]!]!) : segment));
	return [ctx.partnership.url, ...parts].join('/');
}

/** Keys of `export const actions = { … }`, read with a small scanner (no TypeScript parser). */
function actionNames(source: string, file: string): string[] {
	const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
	const start = /export\s+const\s+actions\b[^=]*=\s*\{/.exec(code);
	if (!start) {
		if (/\bactions\b/.test(code) && /export\s*\{[^}]*\bactions\b/.test(code))
			throw new Error(`${file}: export the actions as "export const actions = { … }" so that the isolation test can read them.`);
		return [];
	}
	// Keep only the text directly inside the object (brace depth 1, outside parentheses and strings).
	let depth = 1;
	let parens = 0;
	let quote: string | null = null;
	let top = '';
	for (let i = start.index + start[0].length; i < code.length && depth > 0; i++) {
		const c = code[i]!;
		const atTop = depth === 1 && parens === 0;
		if (quote) {
			if (atTop) top += c;
			if (c === '\\') {
				i++;
				if (atTop) top += code[i] ?? '';
			} else if (c === quote) quote = null;
			continue;
		}
		if (c === '"' || c === "'" || c === '`') quote = c;
		if (c === '{') depth++;
		else if (c === '}') depth--;
		else if (c === '(') parens++;
		else if (c === ')') parens--;
		// Parentheses themselves are kept (a method "name(…) {" is recognised by them), not their content.
		if (atTop || (depth === 1 && parens === 0 && c === ')')) top += c;
	}
	const names = [...top.matchAll(/(?:^|,)\s*(?:async\s+)?(["']?)([A-Za-z_$][\w$-]*)\1\s*[:(]/g)].map((m) => m[2]!);
	if (names.length === 0 || /(?:^|,)\s*\.\.\./.test(top))
		throw new Error(`${file}: could not read the action names of "export const actions" (spread or unusual syntax).`);
	return names;
}

function exportedMethods(source: string): string[] {
	return [...source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|fallback)\b/g)].map((m) => m[1]!);
}

function actionUrl(url: string, action: string): string {
	return action === 'default' ? url : `${url}?/${action}`;
}

// ---------------------------------------------------------------------------------------------

interface Actor {
	page: Page;
	user: User;
}

/**
 * What partnership B looks like to its coordinator: the text and the form values of every page of
 * B (the same route list). Compared before and after the probes: nothing may have changed.
 */
async function snapshot(b: Actor, urls: { url: string; route: PartnershipRoute }[]) {
	const pages: Record<string, { status: number; text?: string; fields?: string[] }> = {};
	for (const { url, route } of urls) {
		if (!route.page) {
			// A file (a download): its status and content.
			const file = await b.page.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
			pages[url] = { status: file.status(), text: (await file.text()).replace(/^DTSTAMP[^\r\n]*/gm, 'DTSTAMP').replace(/\s+/g, ' '), fields: [] };
			continue;
		}
		const response = await b.page.goto(url);
		const main = b.page.getByRole('main');
		const status = response?.status() ?? 0;
		if (CHANGES_WHEN_READ.has(route.dir)) {
			pages[url] = { status };
			continue;
		}
		pages[url] = {
			status,
			text: (await main.innerText()).replace(/\s+/g, ' ').trim(),
			fields: await main.evaluate((el) =>
				[...el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')].map((f) =>
					f instanceof HTMLInputElement && (f.type === 'checkbox' || f.type === 'radio') ? `${f.name}:${f.value}=${f.checked}` : `${f.name}=${f.value}`
				)
			)
		};
	}
	return pages;
}

/** A form body that would change something in every action, if it were allowed. */
function hostileForm(ids: { observerMembershipId: string; invitationId: string }): Record<string, string> {
	return {
		name: 'Overgenomen samenwerking',
		region: 'Elders',
		description: 'Deze tekst hoort hier niet.',
		membershipId: ids.observerMembershipId,
		role: 'coordinator',
		invitationId: ids.invitationId,
		expiresInDays: '30',
		use: 'multiple',
		coreTask: 'Ingebroken kerntaak',
		workingStyle: 'preventief',
		version: '0',
		organisationName: 'Indringer bv',
		organisationType: 'other',
		organisationTypeOther: 'Onbekend',
		function: 'directie',
		// Cases and agreements
		code: 'INGEBROKEN',
		situation: 'Ingebroken situatie.',
		what: 'Ingebroken afspraak.',
		saveAnyway: '1'
	};
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Sends one probe; a POST goes out twice: as a plain form post and as `use:enhance` sends it. */
async function probe(request: APIRequestContext, method: Method, url: string, form: Record<string, string>, origin: string) {
	if (method === 'GET') return [{ mode: 'GET', response: await request.get(url, { maxRedirects: 0, failOnStatusCode: false }) }];
	return [
		{ mode: `${method} (form)`, response: await postForm(request, url, form, { origin, method }) },
		{ mode: `${method} (enhanced)`, response: await postForm(request, url, form, { origin, method, enhanced: true }) }
	];
}

test('the route list is read from src/routes', () => {
	const routes = discoverPartnershipRoutes();
	const dirs = routes.map((r) => r.dir);
	// The partnership's own pages at the time of writing; later ones are added automatically.
	for (const dir of ['s/[partnership]', 's/[partnership]/leden', 's/[partnership]/rolkaart', 's/[partnership]/uitnodigen', 's/[partnership]/instellingen', 's/[partnership]/wie-biedt-wat'])
		expect(dirs).toContain(dir);
	const byDir = Object.fromEntries(routes.map((r) => [r.dir, r]));
	expect(byDir['s/[partnership]/leden']!.actions).toEqual(['role', 'remove']);
	expect(byDir['s/[partnership]/uitnodigen']!.actions).toEqual(['create', 'revoke']);
	expect(byDir['s/[partnership]/instellingen']!.actions).toEqual(['default']);
	expect(byDir['s/[partnership]/rolkaart']!.actions).toEqual(expect.arrayContaining(['save', 'draft']));
	// Every route can be turned into a URL (a new dynamic parameter needs a sample value).
	const names = new Set(routes.flatMap(paramNames));
	const ctx: ProbeContext = {
		partnership: { id: '00000000-0000-4000-8000-000000000000', name: 'x', url: '/s/00000000-0000-4000-8000-000000000000' },
		params: Object.fromEntries([...names].map((name) => [name, `sample-${name}`]))
	};
	for (const route of routes) expect(routeUrl(route, ctx)).toMatch(/^\/s\/00000000-0000-4000-8000-000000000000(\/|$)/);
	// The scanner itself, on the syntaxes SvelteKit projects use.
	expect(
		actionNames(
			`export const actions: Actions = {\n\tdefault: async ({ request }: { request: Request }) => { const x = { a: 1 }; return x; },\n\tsave: async (e) => ({ ok: true }),\n\t'two-words': () => {},\n\tasync other(event) { return {}; }\n};`,
			'example'
		)
	).toEqual(['default', 'save', 'two-words', 'other']);
});

test('a member of partnership A gets 404 everywhere in partnership B; an observer of B changes nothing', async ({
	page,
	newContext,
	baseURL,
	playwright
}) => {
	// It walks every partnership route as three people: about three minutes on two busy cores.
	test.setTimeout(480_000);
	const origin = baseURL!;
	const routes = discoverPartnershipRoutes();

	// Setup through the UI: A coordinates A; B coordinates B and has a saved role card, a used
	// observer link and a second, still valid link; O joined B as observer.
	const a: Actor = { page, user: await register(page) };
	await createPartnership(page, { name: `Samenwerking A ${Date.now()}` });

	const pageB = await (await newContext()).newPage();
	const b: Actor = { page: pageB, user: await register(pageB) };
	const partnershipB = await createPartnership(pageB, { name: `Samenwerking B ${Date.now()}`, region: 'Brugge' });
	await visit(pageB, `${partnershipB.url}/rolkaart`);
	await fillRoleCard(pageB, { coreTask: 'Kerntaak van B: leerlingenbegeleiding.', choices: { 'Zo werk ik vooral': ['Preventief'] } });
	await pageB.getByRole('button', { name: 'Rolkaart opslaan' }).click();
	await expect(pageB.getByText('Je rolkaart is opgeslagen.')).toBeVisible();
	const observerLink = await createInviteLink(pageB, partnershipB, { role: 'Waarnemer' });
	await createInviteLink(pageB, partnershipB, { role: 'Partner', multiple: true });

	const pageO = await (await newContext()).newPage();
	const o: Actor = { page: pageO, user: await register(pageO) };
	await joinThroughLink(pageO, observerLink, { organisationName: 'Stad Brugge', organisationType: 'Lokaal bestuur', function: 'Beleidsmedewerker' });
	await expect(pageO.getByRole('status')).toHaveText(/Je bent aangesloten als Waarnemer\./);

	// Ids a hostile form would use: the observer's membership, a valid invitation.
	await pageB.goto(`${partnershipB.url}/leden`);
	const observerCard = pageB.getByRole('listitem').filter({ has: pageB.getByRole('heading', { level: 2, name: o.user.name }) });
	const observerMembershipId = await observerCard.locator('input[name="membershipId"]').first().inputValue();
	await pageB.goto(`${partnershipB.url}/uitnodigen`);
	const invitationId = await pageB.locator('input[name="invitationId"]').first().inputValue();
	const form = hostileForm({ observerMembershipId, invitationId });

	// Records of B for the routes with further parameters (e.g. a case), before the snapshot.
	const made = new Map<string, Promise<string>>();
	const param = (name: string): Promise<string> => {
		const factory = SAMPLE_PARAMS[name];
		if (!factory) throw new Error(`SAMPLE_PARAMS has no factory for "${name}".`);
		if (!made.has(name)) made.set(name, factory({ partnership: partnershipB, coordinator: pageB, origin, param }));
		return made.get(name)!;
	};
	const params: Record<string, string> = {};
	for (const name of new Set(routes.flatMap(paramNames))) params[name] = await param(name);
	const ctx: ProbeContext = { partnership: partnershipB, params };

	const urls = routes.map((route) => ({ route, url: routeUrl(route, ctx) }));
	const probes = urls.flatMap(({ route, url }) => [
		...(route.get ? [{ method: 'GET' as const, url, page: route.page }] : []),
		...route.actions.map((action) => ({ method: 'POST' as const, url: actionUrl(url, action) })),
		...route.endpointMethods.map((method) => ({ method: method as Method, url }))
	]);
	expect(probes.filter((p) => p.method !== 'GET').length, 'some actions are probed').toBeGreaterThan(0);
	test.info().annotations.push({
		type: 'probes',
		description: `${routes.length} routes, ${probes.filter((p) => p.method === 'GET').length} pages, ${probes.length - probes.filter((p) => p.method === 'GET').length} actions: ${probes.map((p) => `${p.method} ${p.url.replace(partnershipB.url, '…')}`).join(', ')}`
	});
	const pagesOfB = urls.filter(({ route }) => route.get);
	const before = await snapshot(b, pagesOfB);
	for (const { url } of pagesOfB) expect(before[url]!.status, `B: GET ${url}`).toBe(200);
	expect(before[`${partnershipB.url}/leden`]?.text).toContain(o.user.name);
	expect(before[`${partnershipB.url}/wie-biedt-wat`]?.text).toContain('Kerntaak van B');

	await test.step('anonymous: every route sends the visitor to the login page', async () => {
		const anonymous = await playwright.request.newContext({ baseURL: origin });
		try {
			for (const { method, url } of probes) {
				for (const { mode, response } of await probe(anonymous, method, url, form, origin)) {
					const what = `anonymous ${mode} ${url}`;
					if (mode.endsWith('(enhanced)')) {
						expect.soft(response.status(), what).toBe(200);
						expect.soft(await response.json().catch(() => null), what).toMatchObject({ type: 'redirect', location: expect.stringMatching(/^\/inloggen\?next=/) });
					} else {
						expect.soft(response.status(), what).toBe(303);
						expect.soft(response.headers()['location'] ?? '', what).toMatch(/^\/inloggen\?next=/);
					}
				}
			}
		} finally {
			await anonymous.dispose();
		}
	});

	await test.step('a member of another partnership: 404 on every route and action of B', async () => {
		for (const { method, url } of probes) {
			for (const { mode, response } of await probe(a.page.request, method, url, form, origin))
				expect.soft(response.status(), `A: ${mode} ${url}`).toBe(404);
		}
		// Also for ids that do not exist or are not even an id.
		for (const url of ['/s/00000000-0000-4000-8000-000000000000', '/s/geen-id/leden']) {
			const response = await a.page.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
			expect.soft(response.status(), `A: GET ${url}`).toBe(404);
		}
		// What A sees: the Dutch "not found" page, which does not confirm that B exists.
		const response = await a.page.goto(partnershipB.url);
		expect(response?.status()).toBe(404);
		await expect(a.page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
		await expect(a.page.getByRole('main')).not.toContainText(partnershipB.name);
		await expectAxeClean(a.page);
	});

	// The short link of a reflection moment lives outside /s/ (/r/[code]); its event stream is probed
	// above as a plain GET (JSON): here also as the event stream a browser asks for.
	await test.step('the short link and the event stream of a reflection moment of B', async () => {
		const live = `${partnershipB.url}/reflectie/${params.moment}/live`;
		const { code } = (await (await b.page.request.get(live)).json()) as { code: string };
		const get = (request: APIRequestContext, url: string, headers: Record<string, string> = {}) => request.get(url, { headers, maxRedirects: 0, failOnStatusCode: false });
		const anonymous = await playwright.request.newContext({ baseURL: origin });
		try {
			const response = await get(anonymous, `/r/${code}`);
			expect.soft(response.status(), 'anonymous: GET /r/<code>').toBe(303);
			expect.soft(response.headers()['location'], 'anonymous: GET /r/<code>').toBe(`/inloggen?next=${encodeURIComponent(`/r/${code}`)}`);
		} finally {
			await anonymous.dispose();
		}
		expect.soft((await get(a.page.request, `/r/${code}`)).status(), 'A: GET /r/<code of B>').toBe(404);
		expect.soft((await get(a.page.request, '/r/ZZZZZZ')).status(), 'A: GET /r/<unknown code>').toBe(404);
		expect.soft((await get(a.page.request, live, { accept: 'text/event-stream' })).status(), 'A: event stream of B').toBe(404);
		const forB = await get(b.page.request, `/r/${code}`);
		expect.soft(forB.headers()['location'], 'B: GET /r/<code>').toBe(`${partnershipB.url}/reflectie/${params.moment}/meedoen`);
		// Observers read the moment; they do not answer.
		const forO = await get(o.page.request, `/r/${code}`);
		expect.soft(forO.headers()['location'], 'observer: GET /r/<code>').toBe(`${partnershipB.url}/reflectie/${params.moment}`);
	});

	await test.step('an observer: every page opens or is a 403, every action is refused', async () => {
		for (const { method, url, ...probed } of probes) {
			if (method === 'GET' && 'page' in probed && !probed.page) {
				const response = await o.page.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
				expect.soft([200, 403], `observer: GET ${url} answered ${response.status()}`).toContain(response.status());
			} else if (method === 'GET') {
				const response = await o.page.goto(url);
				const status = response?.status() ?? 0;
				expect.soft([200, 403], `observer: GET ${url} answered ${status}`).toContain(status);
				if (status === 403) await expect.soft(o.page.getByRole('heading', { level: 1, name: 'Dit mag je niet doen' })).toBeVisible();
				if (status === 200 || status === 403) await expectAxeClean(o.page);
			} else {
				for (const { mode, response } of await probe(o.page.request, method, url, form, origin))
					expect.soft([403, 404], `observer: ${mode} ${url} answered ${response.status()}`).toContain(response.status());
			}
		}
	});

	await test.step('nothing changed in partnership B', async () => {
		const after = await snapshot(b, pagesOfB);
		expect(after).toEqual(before);
		await o.page.goto(partnershipB.url);
		await expect(o.page.getByText('Jouw rol: Waarnemer')).toBeVisible();
	});

	// Control: the same requests from B's coordinator get past the authorisation and do change B.
	// So the refusals above come from the authorisation, and the snapshot does see changes. (A 404
	// may follow an earlier destructive action, e.g. a removed record; a 400 is a validation.)
	await test.step('control: the same actions by the coordinator of B are accepted', async () => {
		let accepted = 0;
		for (const { method, url } of probes.filter((p) => p.method !== 'GET')) {
			const response = await postForm(b.page.request, url, form, { origin, method, enhanced: true });
			expect.soft(response.status(), `B: ${method} ${url}`).not.toBe(403);
			if (response.status() < 400) accepted += 1;
		}
		expect(accepted, 'actions accepted from the coordinator').toBeGreaterThan(0);
		expect(await snapshot(b, pagesOfB)).not.toEqual(before);
	});
});
