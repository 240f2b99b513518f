// The documents of the knowledge base: unique, stable ids; every kind present; every url a public
// page of the knowledge base with an anchor that page renders (read from the page's source).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocks } from '$lib/content/blocks';
import { methods } from '$lib/content/methods';
import { GLOSSARY } from '$lib/content/glossary';
import {
	anchors,
	buildKnowledgeDocuments,
	KNOWLEDGE_KINDS,
	prefixQuery,
	SNIPPET_START as S,
	SNIPPET_STOP as E,
	splitSnippet
} from './knowledge-index';

const docs = buildKnowledgeDocuments();
const source = (route: string) => readFileSync(new URL(`../../../routes/(public)/${route}`, import.meta.url), 'utf8');

describe('buildKnowledgeDocuments', () => {
	it('gives every document a unique id, a title and a body', () => {
		expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
		for (const d of docs) {
			expect(d.title.trim(), d.id).not.toBe('');
			expect(d.body.trim(), d.id).not.toBe('');
			expect(d.body, d.id).not.toMatch(/[\uE000\uE001]/);
		}
	});

	it('has every kind, and one document per block, insight, method step and glossary term', () => {
		expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(KNOWLEDGE_KINDS));
		const count = (kind: string) => docs.filter((d) => d.kind === kind).length;
		expect(count('block')).toBe(blocks.length);
		expect(count('insight')).toBe(blocks.reduce((n, b) => n + b.insights.length, 0));
		expect(count('question')).toBe(blocks.length);
		expect(count('inspiration')).toBe(blocks.length);
		expect(count('method')).toBe(methods.length);
		expect(count('step')).toBe(methods.reduce((n, m) => n + m.steps.length, 0));
		expect(count('term')).toBe(GLOSSARY.length);
	});

	it('keeps ids stable: built from slugs and numbers', () => {
		const ids = new Set(docs.map((d) => d.id));
		expect(ids).toContain('block:relatie');
		expect(ids).toContain('insight:relatie:1');
		expect(ids).toContain('question:communicatie');
		expect(ids).toContain(`step:${methods[0]!.slug}:1`);
		expect(ids).toContain('term:clb');
		expect(buildKnowledgeDocuments()).toEqual(docs);
	});

	it('links every document to a public page and an anchor that page renders', () => {
		const blockPage = source('bouwstenen/[slug]/+page.svelte');
		const worksheetPage = source('werkbladen/[method]/+page.svelte');
		// How each page writes its anchors.
		expect(blockPage).toContain('id={anchors.insight(');
		expect(blockPage).toContain(`id="${anchors.inspiration}"`);
		expect(blockPage).toContain(`id="${anchors.questions}"`);
		expect(worksheetPage).toContain('id="step-{step.number}"');
		expect(anchors.step(3)).toBe('step-3');

		const blockSlugs = new Set(blocks.map((b) => b.slug));
		for (const d of docs) {
			const [path, anchor] = d.url.split('#') as [string, string | undefined];
			let match: RegExpMatchArray | null;
			if ((match = path.match(/^\/bouwstenen\/([a-z-]+)$/))) {
				const b = blocks.find((x) => x.slug === match![1]);
				expect(b, d.url).toBeDefined();
				expect(blockSlugs.has(b!.slug)).toBe(true);
				const allowed = [
					undefined,
					anchors.inspiration,
					anchors.questions,
					...b!.insights.map((_, i) => anchors.insight(i + 1))
				];
				expect(allowed, d.url).toContain(anchor);
			} else if ((match = path.match(/^\/werkbladen\/([a-z-]+)$/))) {
				const m = methods.find((x) => x.slug === match![1]);
				expect(m, d.url).toBeDefined();
				expect([undefined, ...m!.steps.map((s) => anchors.step(s.number))], d.url).toContain(anchor);
			} else if (path === '/woordenlijst') {
				// The public glossary gives every term's heading the term's slug as its id.
				expect(
					GLOSSARY.map((g) => g.slug),
					d.url
				).toContain(anchor);
			} else {
				expect.fail(`${d.id}: ${d.url} is not a page of the knowledge base`);
			}
		}
	});

	it('names the block of an insight and the method of a step', () => {
		expect(docs.find((d) => d.id === 'insight:relatie:1')?.context).toEqual({
			title: blocks.find((b) => b.slug === 'relatie')!.title,
			url: '/bouwstenen/relatie'
		});
		const m = methods[0]!;
		expect(docs.find((d) => d.id === `step:${m.slug}:1`)?.context).toEqual({
			title: m.title,
			url: `/werkbladen/${m.slug}`
		});
		expect(docs.find((d) => d.id === 'block:relatie')?.context).toBeNull();
	});
});

describe('splitSnippet', () => {
	it('splits marked and plain text, and keeps HTML as text', () => {
		expect(splitSnippet(`Een ${S}ouder${E} en <b>${S}ouders${E}</b>`)).toEqual([
			{ text: 'Een ', mark: false },
			{ text: 'ouder', mark: true },
			{ text: ' en <b>', mark: false },
			{ text: 'ouders', mark: true },
			{ text: '</b>', mark: false }
		]);
	});

	it('joins adjacent marks and survives stray markers', () => {
		expect(splitSnippet(`${S}samen${E}${S}werken${E} nu`)).toEqual([
			{ text: 'samenwerken', mark: true },
			{ text: ' nu', mark: false }
		]);
		expect(splitSnippet(`a${E}b`)).toEqual([{ text: 'ab', mark: false }]);
		expect(splitSnippet('')).toEqual([]);
	});
});

describe('prefixQuery', () => {
	it('requires every word and takes the last one as a word start', () => {
		expect(prefixQuery('vertrouw')).toBe('vertrouw:*');
		expect(prefixQuery('Ouders  afspr')).toBe('ouders & afspr:*');
	});

	it('keeps only letters and digits, so nothing becomes an operator', () => {
		expect(prefixQuery("ouders & | ! ( ) : * ' <b>")).toBe('ouders & b:*');
		expect(prefixQuery('zorgcontinuüm')).toBe('zorgcontinuüm:*');
		expect(prefixQuery('!!! ??')).toBe('');
		expect(prefixQuery('')).toBe('');
	});
});
