// Shared fixtures and helpers of the Playwright journeys.
//
// - A journey sets up its world in the run's database, not through the browser: `world` makes
//   people, partnerships and memberships with the same domain functions as the app (tests/factories.ts
//   makes every other record, with the worker's `db`), and logs a browser context in by writing a
//   session and setting its cookie. Only the journeys about registering, logging in, inviting and
//   joining walk those screens (`register`, `createPartnership`, `createInviteLink`, `joinThroughLink`).
// - Every test fails on a console error or an uncaught page error in any of its browser contexts
//   (a CSP violation is reported as a console error). The HTTP status of a page itself (a 404
//   page) is not counted: tests assert it. A test that expects another error says so with
//   `consoleErrors.allow(/…/)`.
// - `expectAxeClean(page)` runs axe with the WCAG 2.2 AA tags and fails with a readable list.
// - Timeouts come from one factor (tests/e2e/settings.js); journeys wait for states, never for times.

import AxeBuilder from '@axe-core/playwright';
import {
	test as base,
	expect,
	type APIRequestContext,
	type APIResponse,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/client';
import { SESSION_COOKIE } from '$lib/domain/auth/session.server';
import type { Role } from '$lib/domain/permissions/permissions';
import type { MemberProfile } from '$lib/domain/partnerships/partnership.schema';
import { makeMember, makePartnership, makeSession, makeUser, unique, type TestUser } from '../factories';
import { e2eDatabaseUrl } from './settings.js';

export { expect, unique };

export const PASSWORD = 'brug tussen school en wijk 2026';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// ---------------------------------------------------------------------------------------------
// Console guard

class ConsoleErrors {
	private readonly allowed: RegExp[] = [];
	readonly problems: string[] = [];

	/** Errors matching `pattern` are expected in this test (e.g. the 404 of an unknown page). */
	allow(pattern: RegExp): void {
		this.allowed.push(pattern);
	}

	watch(context: BrowserContext): void {
		context.on('console', (message) => {
			if (message.type() !== 'error') return;
			const text = message.text();
			if (this.allowed.some((re) => re.test(text))) return;
			const where = message.location();
			// The HTTP status of the page itself (a 404 page, a form answered with 400 without
			// JavaScript) is logged too; tests assert those statuses themselves. A failing
			// subresource or fetch (an asset, an action called by script) still counts.
			if (/^Failed to load resource: /.test(text) && where.url && where.url === message.page()?.url()) return;
			this.problems.push(
				`console error on ${message.page()?.url() ?? '?'}: ${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`
			);
		});
		context.on('weberror', (webError) => {
			const text = String(webError.error()?.stack ?? webError.error());
			if (this.allowed.some((re) => re.test(text))) return;
			this.problems.push(`uncaught error on ${webError.page()?.url() ?? '?'}: ${text}`);
		});
	}
}

// ---------------------------------------------------------------------------------------------
// The world of a journey

/** Someone with an account (made by `world`: the password is PASSWORD, so the login form works too). */
export interface User {
	id: string;
	name: string;
	email: string;
	password: string;
}

export interface Partnership {
	id: string;
	name: string;
	url: string;
}

/** Who a member is in the partnership, as the join form asks it (the database values: `caw`, `welzijnswerker`). */
export type Profile = Partial<MemberProfile>;

export interface World {
	/** An account; it is not logged in anywhere yet. */
	user(options?: { name?: string; email?: string }): Promise<User>;
	/** A partnership started by `coordinator` (a new account unless given), as on /s/nieuw. */
	partnership(
		options?: { coordinator?: User; name?: string; region?: string; description?: string } & Profile
	): Promise<{ partnership: Partnership; coordinator: User }>;
	/** `user` (a new account unless given) joins `partnership` with `role` through an invitation link. */
	member(
		partnership: Partnership,
		options?: { user?: User; name?: string; role?: Role } & Profile
	): Promise<User & { membershipId: string }>;
	/** Logs `page`'s browser context in as `user` (a session and its cookie). */
	logIn(page: Page | BrowserContext, user: Pick<User, 'id'>): Promise<void>;
	/** A new browser context (another person at another computer), logged in as `user`, and its page. */
	pageFor(user: Pick<User, 'id'>, options?: BrowserContextOptions): Promise<Page>;
	/** An HTTP client without a browser, logged in as `user` (anonymous for null): for probes. */
	requestFor(user: Pick<User, 'id'> | null): Promise<APIRequestContext>;
}

type Fixtures = {
	consoleErrors: ConsoleErrors;
	/** A fresh browser context (another person at another computer), watched like the default one. */
	newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
	world: World;
};

type WorkerFixtures = {
	/** The run's database (the one the app under test uses), for tests/factories.ts. */
	db: Db;
};

/** Contexts whose pages run no JavaScript: axe checks a script-free copy of their pages. */
const noScriptContexts = new WeakSet<BrowserContext>();

export const test = base.extend<Fixtures, WorkerFixtures>({
	db: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function asks for from its first parameter
		async ({}, use) => {
			const pool = new pg.Pool({
				connectionString: await e2eDatabaseUrl(),
				max: 2,
				application_name: `brugwerk-e2e:${process.pid}`
			});
			pool.on('error', () => {}); // the server stops at the end of the run; a real problem fails the next query
			await use(drizzle(pool, { schema }));
			await pool.end();
		},
		{ scope: 'worker' }
	],
	consoleErrors: [
		async ({ context, javaScriptEnabled }, use) => {
			const errors = new ConsoleErrors();
			errors.watch(context);
			if (javaScriptEnabled === false) noScriptContexts.add(context);
			await use(errors);
			expect(errors.problems, `The browser reported errors:\n${errors.problems.join('\n')}`).toEqual([]);
		},
		{ auto: true }
	],
	newContext: async ({ browser, consoleErrors, baseURL, locale, javaScriptEnabled }, use) => {
		const made: BrowserContext[] = [];
		await use(async (options = {}) => {
			const context = await newWatchedContext(browser, consoleErrors, {
				baseURL,
				locale,
				javaScriptEnabled,
				...options
			});
			made.push(context);
			return context;
		});
		for (const context of made) await context.close();
	},
	world: async ({ db, newContext, baseURL, playwright }, use) => {
		const clients: APIRequestContext[] = [];
		const logIn: World['logIn'] = async (target, user) => {
			const { token, expiresAt } = await makeSession(db, user);
			const context = 'context' in target ? target.context() : target;
			await context.addCookies([
				{
					name: SESSION_COOKIE,
					value: token,
					url: baseURL!,
					httpOnly: true,
					sameSite: 'Lax',
					expires: expiresAt.getTime() / 1000
				}
			]);
		};
		const user: World['user'] = async ({ name = `Tester ${unique()}`, email } = {}) =>
			withPassword(await makeUser(db, { name, email: email ?? `e2e-${unique()}@brugwerk.test`, password: PASSWORD }));
		await use({
			user,
			async partnership({ coordinator, ...values } = {}) {
				const made = await makePartnership(db, {
					coordinator: coordinator ?? (await user({ name: 'Sofie Coördinator' })),
					name: `Brugteam ${unique()}`,
					...values
				});
				const { id, name } = made.partnership;
				return { partnership: { id, name, url: `/s/${id}` }, coordinator: withPassword(made.coordinator) };
			},
			async member(partnership, { user: given, name, role = 'member', ...values } = {}) {
				const person = given ?? (await user({ name }));
				const { membership } = await makeMember(db, { partnershipId: partnership.id, role, user: person, ...values });
				return { ...person, membershipId: membership.id };
			},
			logIn,
			async pageFor(person, options) {
				const context = await newContext(options);
				await logIn(context, person);
				return context.newPage();
			},
			async requestFor(person) {
				const cookies = [];
				if (person) {
					const { token, expiresAt } = await makeSession(db, person);
					const { hostname } = new URL(baseURL!);
					cookies.push({
						name: SESSION_COOKIE,
						value: token,
						domain: hostname,
						path: '/',
						expires: expiresAt.getTime() / 1000,
						httpOnly: true,
						secure: false,
						sameSite: 'Lax' as const
					});
				}
				const client = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
				clients.push(client);
				return client;
			}
		});
		for (const client of clients) await client.dispose();
	}
});

/** The users `world` makes all have PASSWORD. */
function withPassword(user: TestUser): User {
	return { id: user.id, name: user.name, email: user.email, password: user.password ?? PASSWORD };
}

async function newWatchedContext(browser: Browser, errors: ConsoleErrors, options: BrowserContextOptions) {
	const context = await browser.newContext(options);
	errors.watch(context);
	if (options.javaScriptEnabled === false) noScriptContexts.add(context);
	return context;
}

// ---------------------------------------------------------------------------------------------
// Accessibility

/** Runs axe (WCAG 2.0/2.1 A and AA, 2.2 AA) on the page as it is now and requires 0 violations. */
export async function expectAxeClean(page: Page, what = page.url()): Promise<void> {
	await page.waitForLoadState('load');
	const results = noScriptContexts.has(page.context()) ? await analyzeWithoutScripts(page) : await analyze(page);
	const report = results.violations
		.map((v) => {
			const nodes = v.nodes
				.map(
					(n) =>
						`    - ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}\n      ${n.html.slice(0, 200)}`
				)
				.join('\n');
			return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
		})
		.join('\n');
	expect(results.violations.length, `axe found ${results.violations.length} violation(s) on ${what}:\n${report}`).toBe(
		0
	);
}

/**
 * Legacy mode runs axe in the page itself instead of opening a blank page per check to combine the
 * results of frames (our pages have no cross-origin frames), and only violations are collected:
 * together about half the time of a check (docs/decisions/0010-fast-journeys.md).
 */
function analyze(page: Page) {
	return new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.withTags(AXE_TAGS)
		.analyze();
}

/**
 * axe needs JavaScript in the page, which a `javaScriptEnabled: false` context does not run. So
 * the page as it is now (its DOM, without scripts) is served at the same URL to a helper page that
 * runs scripts; its styles load from the app as usual, so contrast and layout are the real ones.
 */
async function analyzeWithoutScripts(page: Page) {
	const html = (await page.content())
		.replace(/<script\b[\s\S]*?<\/script>/gi, '')
		.replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/gi, '');
	const browser = page.context().browser()!;
	// (Inside a test, browser.newContext() inherits the test's options: switch scripts on explicitly.)
	const helper = await browser.newContext({ viewport: page.viewportSize(), javaScriptEnabled: true });
	try {
		const copy = await helper.newPage();
		const url = page.url();
		await copy.route(
			(u) => u.href === url,
			(route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
		);
		await copy.goto(url);
		await expect(copy).toHaveTitle(await page.title());
		return await analyze(copy);
	} finally {
		await helper.close();
	}
}

/** Goes to `path` (expecting a 2xx page) and checks it with axe. */
export async function visit(page: Page, path: string): Promise<void> {
	const response = await page.goto(path);
	expect(response?.status(), `GET ${path}`).toBeLessThan(400);
	await expectAxeClean(page);
}

// ---------------------------------------------------------------------------------------------
// Through the screens: only for the journeys about registering, logging in, inviting and joining

/** What someone types on the registration form (no account yet). */
export type NewAccount = Omit<User, 'id'>;

export function newUser(overrides: Partial<NewAccount> = {}): NewAccount {
	const id = unique();
	return { name: `Tester ${id}`, email: `e2e-${id}@brugwerk.test`, password: PASSWORD, ...overrides };
}

/** The registration form's fields (the page may already be open, e.g. with ?next=). */
export async function fillRegistration(page: Page, user: NewAccount): Promise<void> {
	await page.getByRole('textbox', { name: 'Naam', exact: true }).fill(user.name);
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
	await page.getByLabel('Wachtwoord').fill(user.password);
}

/** Logs in through the login form. */
export async function logIn(page: Page, user: Pick<User, 'email' | 'password'>): Promise<void> {
	await visit(page, '/inloggen');
	await page.getByRole('textbox', { name: 'E-mailadres' }).fill(user.email);
	await page.getByLabel('Wachtwoord').fill(user.password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).toHaveURL(/\/s$/);
}

/** The join and "new partnership" forms, with the visible labels ("CAW", "Welzijnswerker"). */
export interface ProfileLabels {
	organisationName: string;
	/** Visible label of the "Soort organisatie" option. */
	organisationType: string;
	/** Visible label of the "Je functie" option. */
	function: string;
}

export async function fillMemberProfile(page: Page, profile: ProfileLabels): Promise<void> {
	await page.getByRole('textbox', { name: 'Naam van je organisatie of school' }).fill(profile.organisationName);
	await page.getByRole('combobox', { name: 'Soort organisatie' }).selectOption({ label: profile.organisationType });
	await page.getByRole('combobox', { name: 'Je functie' }).selectOption({ label: profile.function });
}

/** Creates a partnership through /s/nieuw; the logged-in user becomes its coordinator. */
export async function createPartnership(
	page: Page,
	input: Partial<ProfileLabels & { name: string; region: string; description: string }> = {}
): Promise<Partnership> {
	const values = {
		name: `Brugteam ${unique()}`,
		region: 'Gent',
		description: 'Samen sterker rond kinderen en gezinnen in de wijk.',
		organisationName: 'Basisschool De Brug',
		organisationType: 'School',
		function: 'Zorgcoördinator',
		...input
	};
	await visit(page, '/s/nieuw');
	await page.getByRole('textbox', { name: 'Naam van de samenwerking' }).fill(values.name);
	await page.getByRole('textbox', { name: 'Gemeente of regio' }).fill(values.region);
	await page.getByRole('textbox', { name: 'Korte beschrijving' }).fill(values.description);
	await fillMemberProfile(page, values);
	await page.getByRole('button', { name: 'Samenwerking starten' }).click();
	await expect(page).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1, name: values.name })).toBeVisible();
	await expectAxeClean(page);
	const partnershipId = new URL(page.url()).pathname.split('/')[2]!;
	return { id: partnershipId, name: values.name, url: `/s/${partnershipId}` };
}

export type InviteRole = 'Coördinator' | 'Partner' | 'Waarnemer';

/**
 * As coordinator: goes to "Uitnodigen" through the partnership menu, makes a link and returns it
 * (read from the "Uitnodigingslink" field, which shows it once).
 */
export async function createInviteLink(
	page: Page,
	partnership: Partnership,
	{ role = 'Partner', multiple = false }: { role?: InviteRole; multiple?: boolean } = {}
): Promise<string> {
	await visit(page, partnership.url);
	await openMenu(page, 'Partners', 'Uitnodigen');
	await expect(page).toHaveURL(`${partnership.url}/uitnodigen`);
	await expectAxeClean(page);
	await page.getByRole('radio', { name: new RegExp(`^${role}:`) }).check();
	await page.getByRole('combobox', { name: 'Geldig tot' }).selectOption({ label: '7 dagen' });
	await page.getByRole('radio', { name: multiple ? 'Meerdere personen' : 'Eén persoon' }).check();
	await page.getByRole('button', { name: 'Link maken' }).click();
	const field = page.getByRole('textbox', { name: 'Uitnodigingslink' });
	await expect(field).toHaveValue(/\/uitnodiging\/[^/]+$/);
	await expectAxeClean(page);
	return field.inputValue();
}

/** Logged in and on a valid invitation page: fills in who you are and joins. */
export async function joinThroughLink(page: Page, link: string, profile: ProfileLabels): Promise<Partnership> {
	await visit(page, link);
	await expect(page.getByRole('heading', { level: 1, name: /^Aansluiten bij / })).toBeVisible();
	return submitJoin(page, profile);
}

export async function submitJoin(page: Page, profile: ProfileLabels): Promise<Partnership> {
	await fillMemberProfile(page, profile);
	await page.getByRole('button', { name: 'Aansluiten' }).click();
	// A newcomer lands on the partnership's welcome pack.
	await expect(page).toHaveURL(/\/s\/[0-9a-f-]{36}\/welkom\?nieuw$/);
	await expectAxeClean(page);
	const id = new URL(page.url()).pathname.split('/')[2]!;
	const name = (await page.getByRole('heading', { level: 1 }).textContent())?.trim().replace(/^Welkom bij /, '') ?? '';
	return { id, name, url: `/s/${id}` };
}

// ---------------------------------------------------------------------------------------------
// Role card

export interface RoleCardInput {
	coreTask?: string;
	/** Checkbox labels per group legend, e.g. { 'Zo werk ik vooral': ['Preventief'] }. */
	choices?: Record<string, string[]>;
	/** Textarea labels → text, e.g. { 'Dit beslis ik zelf': '…' }. */
	texts?: Record<string, string>;
}

export async function fillRoleCard(page: Page, card: RoleCardInput): Promise<void> {
	if (card.coreTask !== undefined) await page.getByRole('textbox', { name: 'Mijn kerntaak' }).fill(card.coreTask);
	for (const [legend, labels] of Object.entries(card.choices ?? {})) {
		const group = page.getByRole('group', { name: legend });
		for (const label of labels) await group.getByRole('checkbox', { name: label, exact: true }).check();
	}
	for (const [label, text] of Object.entries(card.texts ?? {})) {
		await page.getByRole('textbox', { name: label, exact: true }).fill(text);
	}
}

// ---------------------------------------------------------------------------------------------
// HTTP (for probes that a browser page cannot make, e.g. a POST to an action nobody may see)

/**
 * A form POST to a SvelteKit page, urlencoded, with the site's own Origin (SvelteKit refuses
 * cross-site form posts). By default as a browser submits a form without JavaScript (the answer is
 * a page); `enhanced` sends it as `use:enhance` does (the answer is JSON: an error keeps its HTTP
 * status, a redirect comes back as 200 with `{"type":"redirect"}`). Redirects are not followed.
 */
export function postForm(
	request: APIRequestContext,
	url: string,
	form: Record<string, string>,
	{
		origin,
		enhanced = false,
		method = 'POST',
		body
	}: { origin: string; enhanced?: boolean; method?: string; body?: URLSearchParams }
): Promise<APIResponse> {
	const accept: Record<string, string> = enhanced
		? { accept: 'application/json', 'x-sveltekit-action': 'true' }
		: { accept: 'text/html,application/xhtml+xml' };
	return request.fetch(url, {
		method,
		// `body` for repeated names (checkbox groups); `form` otherwise.
		...(body ? { data: body.toString() } : { form }),
		headers: { origin, ...accept, ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
		maxRedirects: 0,
		failOnStatusCode: false
	});
}

/**
 * Opens a page through the partnership menu: a section, then (when it has several) one of its pages.
 * On a phone both menus are one "Menu" at the top, with every page as a link.
 */
export async function openMenu(page: Page, section: string, link?: string): Promise<void> {
	const phoneMenu = page.getByRole('banner').locator('summary', { hasText: 'Menu' });
	if (await phoneMenu.isVisible()) {
		await phoneMenu.click();
		await page
			.getByRole('navigation', { name: 'Menu van de samenwerking' })
			.getByRole('link', { name: link ?? section, exact: true })
			.click();
		return;
	}
	await page
		.getByRole('navigation', { name: 'Menu van de samenwerking' })
		.getByRole('link', { name: section, exact: true })
		.click();
	if (link)
		await page
			.getByRole('navigation', { name: `Onderdelen van ${section}` })
			.getByRole('link', { name: link, exact: true })
			.click();
}

/** Nothing on the page sticks out sideways (tables in a scrolling .table-wrap and text for screen readers excepted). */
export async function expectNothingSticksOut(page: Page): Promise<void> {
	// Polled: the first layout after a resize may still be the old one.
	await expect
		.poll(() =>
			page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter(
						(el) =>
							el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-wrap, .visually-hidden')
					)
					.map(
						(el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${el.textContent?.trim().slice(0, 40)}`
					)
			)
		)
		.toEqual([]);
}
