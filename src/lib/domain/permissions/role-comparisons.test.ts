// Who may do what is decided in one place: permissions.ts. Everywhere else asks can(), canOn(),
// mayHold() or rolesWith(); comparing a role by name would write the rule again, and the copies
// drift apart (an observer became a case partner that way). This test walks src/ and fails on
// any such comparison outside the permission module.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');
/** The permission module itself, and generated code. */
const EXEMPT = [join('src', 'lib', 'domain', 'permissions') + sep, join('src', 'lib', 'paraglide') + sep];

const NAME = `['"\`](?:coordinator|member|observer)['"\`]`;
const EQ = '(?:===|!==|==|!=)';
const PATTERNS: { what: string; re: RegExp }[] = [
	{ what: 'a role name compared', re: new RegExp(`${EQ}\\s*${NAME}|${NAME}\\s*${EQ}`) },
	{ what: 'a role compared', re: new RegExp(`\\brole\\s*${EQ}`) },
	{ what: 'a role name as a switch case', re: new RegExp(`\\bcase\\s+${NAME}\\s*:`) },
	{ what: 'a list of role names', re: new RegExp(`\\[\\s*${NAME}\\s*,`) },
	{
		what: 'a role filtered by name in SQL',
		re: /\b(?:eq|ne|inArray|notInArray)\(\s*[\w.]*\brole\s*,\s*['"`[]/
	}
];

function* sourceFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* sourceFiles(path);
		else if (/\.(ts|js|svelte)$/.test(entry.name)) yield path;
	}
}

/** Every comparison of a role by name outside the permission module, as `file:line: what`. */
function roleComparisons(root = ROOT): string[] {
	const found: string[] = [];
	for (const file of sourceFiles(join(root, 'src'))) {
		const rel = relative(root, file);
		// Tests name roles on purpose: they set up a world and check who ended up with which role.
		if (EXEMPT.some((prefix) => rel.startsWith(prefix)) || /\.test\.ts$/.test(rel)) continue;
		readFileSync(file, 'utf8')
			.split('\n')
			.forEach((line, i) => {
				const hit = PATTERNS.find(({ re }) => re.test(line));
				if (hit) found.push(`${rel}:${i + 1}: ${hit.what}: ${line.trim()}`);
			});
	}
	return found;
}

describe('roles are compared only in the permission module', () => {
	it('recognises each kind of comparison', () => {
		const hits = (line: string) => PATTERNS.filter(({ re }) => re.test(line)).length;
		for (const line of [
			"if (ctx.role === 'coordinator') {",
			"members.filter((mb) => mb.role !== 'observer')",
			"'member' === role",
			"isCoordinator: role == 'coordinator'",
			"case 'observer':",
			"ne(memberships.role, 'observer')",
			"inArray(memberships.role, ['coordinator', 'member'])",
			"['coordinator', 'member'].includes(role)"
		])
			expect(hits(line), line).toBeGreaterThan(0);
		for (const line of [
			"inArray(memberships.role, rolesWith('case:write'))",
			"members.filter((mb) => mayHold(mb.role, 'case:partner'))",
			'<option value={r} selected={r === mb.role}>',
			"const label = roleLabel('observer');"
		])
			expect(hits(line), line).toBe(0);
	});

	it('finds none in src/', () => {
		expect(roleComparisons()).toEqual([]);
	});
});
