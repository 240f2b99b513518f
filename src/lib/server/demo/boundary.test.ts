// Domain code never depends on the demo data: the demo (src/lib/server/demo) calls the domain, not
// the other way round. This walks every file under src/lib/domain, tests included, and fails on
// any import of the demo folder or of the old seed module, by alias or by relative path, and on
// seeding functions left in the domain.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers } from '../../../../tests/source-imports';

const root = path.resolve(import.meta.dirname, '../../../..');
const domainDir = path.join(root, 'src/lib/domain');
const FORBIDDEN = ['src/lib/server/demo', 'src/lib/server/seed'];

/** The repository-relative path an import points at, or null for a package. */
export function resolveSpecifier(specifier: string, fromFile: string): string | null {
	let target: string;
	if (specifier === '$lib' || specifier.startsWith('$lib/'))
		target = path.join(root, 'src/lib', specifier.slice('$lib'.length));
	else if (specifier.startsWith('.')) target = path.resolve(path.dirname(fromFile), specifier);
	else return null;
	return path.relative(root, target).split(path.sep).join('/');
}

export function isForbidden(repoPath: string): boolean {
	return FORBIDDEN.some((dir) => repoPath === dir || repoPath.startsWith(`${dir}/`) || repoPath.startsWith(`${dir}.`));
}

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(ts|js|svelte)$/.test(entry.name) ? [full] : [];
	});
}

describe('domain imports', () => {
	it('finds aliased, relative and dynamic imports of the demo folder and the seed', () => {
		const file = path.join(domainDir, 'signals/signal.server.ts');
		const source = [
			"import type { DemoContext } from '$lib/server/seed';",
			"import { seedDemo } from '../../server/demo';",
			"export { x } from '$lib/server/demo/signals';",
			"const later = await import('$lib/server/demo/index');",
			"import { getDb } from '$lib/server/db/client';",
			"import { z } from 'zod';"
		].join('\n');
		const bad = importSpecifiers(source)
			.map((s) => resolveSpecifier(s, file))
			.filter((p): p is string => p !== null && isForbidden(p));
		expect(bad.sort()).toEqual([
			'src/lib/server/demo',
			'src/lib/server/demo/index',
			'src/lib/server/demo/signals',
			'src/lib/server/seed'
		]);
		expect(isForbidden('src/lib/server/seeding-rules')).toBe(false);
		expect(isForbidden('src/lib/server/demonstration')).toBe(false);
	});

	it('has no domain file that imports the demo data or the seed', () => {
		const files = sourceFiles(domainDir);
		expect(files.length).toBeGreaterThan(50);
		const offenders = files.flatMap((file) =>
			importSpecifiers(readFileSync(file, 'utf8'))
				.filter((s) => {
					const target = resolveSpecifier(s, file);
					return target !== null && isForbidden(target);
				})
				.map((s) => `${path.relative(root, file)} imports ${s}`)
		);
		expect(offenders).toEqual([]);
	});

	it('has no demo seeding left in the domain', () => {
		const seeding = sourceFiles(domainDir)
			.filter((file) => /\bseedDemo\w*/.test(readFileSync(file, 'utf8')))
			.map((file) => path.relative(root, file));
		expect(seeding).toEqual([]);
	});
});
