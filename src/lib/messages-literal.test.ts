// What a user reads comes from the message catalogues (messages/*.json), so an English or French
// user never gets a Dutch error. This test parses every TypeScript file in src/ and fails on a
// string literal that reads as a Dutch sentence: a zod message, a form error, an error() text.
// Exempt: the knowledge base (src/lib/content, its own Dutch source text), the demo data, tests,
// and generated code.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const EXEMPT = [
	join('src', 'lib', 'content') + sep,
	join('src', 'lib', 'server', 'demo') + sep,
	join('src', 'lib', 'paraglide') + sep
];
/**
 * Dutch literals that are not the reader's interface language, each with its reason.
 * - The calendar feed is fetched by a calendar app, which sends no session or language.
 * - The worksheet index picks the sentence of a method's (Dutch) introduction that says what it does.
 */
const ALLOWED = new Set([
	join('src', 'lib', 'domain', 'calendar', 'calendar.server.ts') + ':Koppel terug aan je partners.',
	join('src', 'lib', 'domain', 'worksheets', 'worksheet.ts') + ':Met deze methode'
]);

/** Words that occur in nearly every Dutch sentence and in no English log line or identifier. */
const DUTCH =
	/(^|[^\p{L}])(de|het|een|niet|geen|deze|dit|kies|zijn|bij|naar|voor|met|je|jouw|wordt|staat|mag|moet|kan|hoogstens|minstens|tekens|ongeldig|iemand|intussen)(?=$|[^\p{L}])/iu;

/** Whether a literal reads as a Dutch sentence (at least two words, one of them a Dutch one). */
function readsAsDutch(text: string): boolean {
	return /\S\s+\S/.test(text.trim()) && DUTCH.test(text);
}

function* sourceFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* sourceFiles(path);
		else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) && !/\.d\.ts$/.test(entry.name)) yield path;
	}
}

/** The Dutch string literals of one source text, with their line numbers (imports skipped). */
function dutchLiterals(file: string, source: string): { line: number; text: string }[] {
	const found: { line: number; text: string }[] = [];
	const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
	const visit = (node: ts.Node) => {
		if (
			(ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
			!ts.isImportDeclaration(node.parent) &&
			!ts.isExportDeclaration(node.parent) &&
			readsAsDutch(node.text)
		)
			found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
		ts.forEachChild(node, visit);
	};
	visit(sf);
	return found;
}

describe('messages come from the catalogues', () => {
	it('recognises a Dutch message and leaves code alone', () => {
		const hits = (source: string) => dutchLiterals('x.ts', source).length;
		for (const source of [
			"z.string().min(3, 'Geef het signaal een korte titel.')",
			"z.string().max(140, { message: 'Hoogstens 140 tekens.' })",
			"return fail(400, { errors: { form: 'Deze ronde is al afgesloten.' } });",
			"error(404, 'Niet gevonden, of geen toegang.')",
			'const text = `Kies een datum`;'
		])
			expect(hits(source), source).toBe(1);
		for (const source of [
			"import { m } from '$lib/paraglide/messages.js';",
			"log.info({ count }, 'reminders sent for the day');",
			'errors: { title: m.err_signal_title() }',
			"const sort = 'due-date';",
			'const sql = `select * from cases where partnership_id = $1`;'
		])
			expect(hits(source), source).toBe(0);
	});

	it('finds no Dutch literal in src/ outside the knowledge base and the demo data', () => {
		const found: string[] = [];
		for (const file of sourceFiles(join(ROOT, 'src'))) {
			const rel = relative(ROOT, file);
			if (EXEMPT.some((prefix) => rel.startsWith(prefix))) continue;
			for (const { line, text } of dutchLiterals(rel, readFileSync(file, 'utf8')))
				if (!ALLOWED.has(`${rel}:${text}`)) found.push(`${rel}:${line}: ${text}`);
		}
		expect(found).toEqual([]);
	});
});
