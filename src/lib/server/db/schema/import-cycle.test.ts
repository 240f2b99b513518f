// The schema files import each other in one direction only: a table's file imports the files of the
// tables it points at. A circle (cases → meetings → cases) works only because Drizzle resolves
// references lazily, and it breaks as soon as a file uses an imported table at load time.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSpecifiers } from '../../../../../tests/source-imports';

const dir = import.meta.dirname;
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts');

/** File name → the schema files it imports. */
function importGraph(): Map<string, string[]> {
	return new Map(
		files.map((file) => [
			file,
			importSpecifiers(readFileSync(path.join(dir, file), 'utf8'))
				.filter((s) => s.startsWith('./'))
				.map((s) => `${s.slice(2)}.ts`)
		])
	);
}

/** The first circle found, as a path of file names, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
	const done = new Set<string>();
	const visit = (file: string, trail: string[]): string[] | null => {
		if (trail.includes(file)) return [...trail.slice(trail.indexOf(file)), file];
		if (done.has(file)) return null;
		for (const next of graph.get(file) ?? []) {
			const cycle = visit(next, [...trail, file]);
			if (cycle) return cycle;
		}
		done.add(file);
		return null;
	};
	for (const file of graph.keys()) {
		const cycle = visit(file, []);
		if (cycle) return cycle;
	}
	return null;
}

describe('the schema files', () => {
	it('import each other without a circle', () => {
		expect(files.length).toBeGreaterThan(10);
		expect(findCycle(importGraph())).toBeNull();
	});

	it('would report a circle', () => {
		const graph = new Map([
			['cases.ts', ['meetings.ts']],
			['meetings.ts', ['reflection.ts']],
			['reflection.ts', ['cases.ts']]
		]);
		expect(findCycle(graph)).toEqual(['cases.ts', 'meetings.ts', 'reflection.ts', 'cases.ts']);
	});
});
