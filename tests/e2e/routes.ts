// The routes of a partnership, READ FROM src/routes when the tests run: every folder under
// src/routes/s/[partnership]/ with a +page.svelte, +page.server.ts or +server.ts is a URL, and the
// form actions are the keys of `export const actions` in its +page.server.ts. A new page or action
// is therefore probed (isolation.spec.ts) and checked with axe (accessibility.spec.ts) without
// editing a test. A route with a dynamic parameter needs a sample value: the probe world
// (isolation-world.ts) makes one record per parameter.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUTES_DIR = fileURLToPath(new URL('../../src/routes', import.meta.url));
const PARTNERSHIP_DIR = path.join(ROUTES_DIR, 's', '[partnership=id]');

export interface PartnershipRoute {
	/** Folder relative to src/routes without param matchers, e.g. "s/[partnership]/casussen/[case]" for "[case=id]". */
	dir: string;
	/** Segments below /s/[partnership], route groups already dropped. */
	segments: string[];
	/** GET answers a page (+page.svelte / +page.server.ts) or an endpoint's GET. */
	get: boolean;
	/** A page (HTML); false for an endpoint only (a file such as an SVG or ICS, or an event stream). */
	page: boolean;
	/** Form action names ("default" for an unnamed one). */
	actions: string[];
	/** Methods other than GET exported by a +server.ts. */
	endpointMethods: string[];
}

const PAGE_FILE = /^\+page(@[^.]*)?\.svelte$/;
const PAGE_SERVER_FILE = /^\+page\.server\.(ts|js)$/;
const ENDPOINT_FILE = /^\+server\.(ts|js)$/;

export function discoverPartnershipRoutes(): PartnershipRoute[] {
	return discoverRoutes(PARTNERSHIP_DIR);
}

/**
 * The pages of one's own account, under src/routes/account/ (segments below /account), read the
 * same way: accessibility.spec.ts checks each for a logged-in user without editing a test.
 */
export function discoverAccountRoutes(): PartnershipRoute[] {
	return discoverRoutes(path.join(ROUTES_DIR, 'account'));
}

function discoverRoutes(base: string): PartnershipRoute[] {
	const routes: PartnershipRoute[] = [];
	const walk = (dir: string, segments: string[]) => {
		const entries = readdirSync(dir);
		const pageServer = entries.find((f) => PAGE_SERVER_FILE.test(f));
		const endpoint = entries.find((f) => ENDPOINT_FILE.test(f));
		const page = entries.some((f) => PAGE_FILE.test(f));
		if (page || pageServer || endpoint) {
			const endpointMethods = endpoint ? exportedMethods(readFileSync(path.join(dir, endpoint), 'utf8')) : [];
			routes.push({
				dir: path
					.relative(ROUTES_DIR, dir)
					.split(path.sep)
					.join('/')
					.replace(/=\w+\]/g, ']'),
				segments,
				get: page || Boolean(pageServer) || endpointMethods.includes('GET') || endpointMethods.includes('fallback'),
				page: page || Boolean(pageServer),
				actions: pageServer
					? actionNames(readFileSync(path.join(dir, pageServer), 'utf8'), path.join(dir, pageServer))
					: [],
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
	walk(base, []);
	return routes;
}

/** The names of the dynamic parameters (other than [partnership]) a route has. */
export function paramNames(route: PartnershipRoute): string[] {
	return route.segments
		.filter((segment) => segment.includes('['))
		.map((segment) => {
			const name = /^\[{1,2}(?:\.\.\.)?([^\]=]+)(?:=[^\]]+)?\]{1,2}$/.exec(segment)?.[1];
			// Parameters inside a segment ("foo-[id]") are not supported: the message asks for help.
			if (!name)
				throw new Error(
					`src/routes/${route.dir}: the parameter segment "${segment}" is not supported by tests/e2e/routes.ts.`
				);
			return name;
		});
}

/** The URL of a route in the partnership at `base` (`/s/<id>`), with a value per parameter. */
export function routeUrl(route: PartnershipRoute, base: string, params: Record<string, string>): string {
	const parts = route.segments.map((segment, i) => {
		if (!segment.includes('[')) return segment;
		const name = paramNames({ ...route, segments: [segment] })[0]!;
		const value = params[name];
		if (value === undefined)
			throw new Error(
				`src/routes/${route.dir} has the parameter [${name}] (segment ${i + 1}). Give it a sample value: make a record for it in ` +
					'buildProbeWorld (tests/e2e/isolation-world.ts) and return its id under `params`, so that the probes cover this route.'
			);
		return encodeURIComponent(value);
	});
	return [base, ...parts].join('/');
}

export function actionUrl(url: string, action: string): string {
	return action === 'default' ? url : `${url}?/${action}`;
}

/** Keys of `export const actions = { … }`, read with a small scanner (no TypeScript parser). */
export function actionNames(source: string, file: string): string[] {
	const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
	const start = /export\s+const\s+actions\b[^=]*=\s*\{/.exec(code);
	if (!start) {
		if (/\bactions\b/.test(code) && /export\s*\{[^}]*\bactions\b/.test(code))
			throw new Error(
				`${file}: export the actions as "export const actions = { … }" so that the isolation test can read them.`
			);
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
	return [
		...source.matchAll(
			/export\s+(?:const|let|async\s+function|function)\s+(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|fallback)\b/g
		)
	].map((m) => m[1]!);
}
