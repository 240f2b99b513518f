// The knowledge base as a list of searchable documents (ADR 0031). Pure: it reads the content data
// (src/lib/content) and nothing else; knowledge.server.ts writes these documents into
// `knowledge_documents`, where PostgreSQL's Dutch stemming searches them.
//
// Every document opens a public page, at an anchor that page renders:
//   block        /bouwstenen/<block>
//   insight      /bouwstenen/<block>#insight-<n>
//   inspiration  /bouwstenen/<block>#inspiration-title
//   question     /bouwstenen/<block>#questions-title   (all reflection questions of a block: one document)
//   method       /werkbladen/<method>
//   step         /werkbladen/<method>#step-<n>          (with its checklist, sub-steps and guiding questions)
//   term         /woordenlijst#<slug>

import { blocks } from '$lib/content/blocks';
import { methods } from '$lib/content/methods';
import { GLOSSARY } from '$lib/content/glossary';

/** The kinds of document, in the order the results page offers them as a filter. */
export const KNOWLEDGE_KINDS = ['block', 'insight', 'inspiration', 'question', 'method', 'step', 'term'] as const;
export type KnowledgeKind = (typeof KNOWLEDGE_KINDS)[number];

export interface KnowledgeDocument {
	/** Stable: derived from slugs and numbers, never from a position in a list that may be reordered. */
	id: string;
	kind: KnowledgeKind;
	title: string;
	/** Plain text, paragraphs separated by a blank line. */
	body: string;
	/** The page (with its anchor) a hit opens. */
	url: string;
	/** The block or method the document belongs to, for the results page; not stored, not searched. */
	context: KnowledgeContext;
}

/** Where a document sits, for the results page ("in: Werken aan relatie"). */
export type KnowledgeContext = { title: string; url: string } | null;

/** Anchors on the public pages, shared with those pages so a link and its target cannot drift. */
export const anchors = {
	insight: (n: number) => `insight-${n}`,
	inspiration: 'inspiration-title',
	questions: 'questions-title',
	step: (n: number) => `step-${n}`
} as const;

const paragraphs = (...parts: (string | string[])[]): string =>
	parts
		.flat()
		.map((p) => p.trim())
		.filter(Boolean)
		.join('\n\n');

/** Every document of the knowledge base, built from the content as it is now. */
export function buildKnowledgeDocuments(): KnowledgeDocument[] {
	const docs: KnowledgeDocument[] = [];
	for (const b of blocks) {
		const page = `/bouwstenen/${b.slug}`;
		const context = { title: b.title, url: page };
		docs.push({
			id: `block:${b.slug}`,
			kind: 'block',
			title: b.title,
			body: paragraphs(b.summary, b.introduction),
			url: page,
			context: null
		});
		b.insights.forEach((insight, i) =>
			docs.push({
				id: `insight:${b.slug}:${i + 1}`,
				kind: 'insight',
				title: insight.title,
				body: paragraphs(insight.body),
				url: `${page}#${anchors.insight(i + 1)}`,
				context
			})
		);
		docs.push({
			id: `inspiration:${b.slug}`,
			kind: 'inspiration',
			title: b.inspiration.title,
			body: paragraphs(b.inspiration.body),
			url: `${page}#${anchors.inspiration}`,
			context
		});
		docs.push({
			id: `question:${b.slug}`,
			kind: 'question',
			// Its title is the block's already: no context line repeating it.
			title: b.title,
			body: paragraphs(b.reflectionQuestions),
			url: `${page}#${anchors.questions}`,
			context: null
		});
	}
	for (const method of methods) {
		const page = `/werkbladen/${method.slug}`;
		const block = blocks.find((b) => b.slug === method.block);
		docs.push({
			id: `method:${method.slug}`,
			kind: 'method',
			title: method.title,
			body: paragraphs(
				method.introduction,
				method.steps.map((s) => s.title),
				method.closing
			),
			url: page,
			context: block ? { title: block.title, url: `/bouwstenen/${block.slug}` } : null
		});
		for (const step of method.steps) {
			docs.push({
				id: `step:${method.slug}:${step.number}`,
				kind: 'step',
				title: step.title,
				body: paragraphs(
					step.goal,
					step.checklist,
					step.subSteps.flatMap((sub) => [sub.title, ...sub.guidingQuestions])
				),
				url: `${page}#${anchors.step(step.number)}`,
				context: { title: method.title, url: page }
			});
		}
	}
	for (const entry of GLOSSARY) {
		docs.push({
			id: `term:${entry.slug}`,
			kind: 'term',
			title: entry.term,
			body: paragraphs(
				entry.plainWords,
				Object.values(entry.meanings).filter((x) => x !== undefined)
			),
			url: `/woordenlijst#${entry.slug}`,
			context: null
		});
	}
	return docs;
}

// ---------------------------------------------------------------------------------------------
// Snippets: PostgreSQL marks the matching words with two private-use characters (never HTML), and
// the page renders the parts as text, the marked ones inside <mark>. Nothing is injected as HTML.

export const SNIPPET_START = '\uE000';
export const SNIPPET_STOP = '\uE001';

export interface SnippetPart {
	text: string;
	mark: boolean;
}

/** Splits a snippet from ts_headline into plain and marked parts; stray markers are dropped. */
export function splitSnippet(snippet: string): SnippetPart[] {
	const parts: SnippetPart[] = [];
	let mark = false;
	let text = '';
	const flush = () => {
		if (text) parts.push({ text, mark });
		text = '';
	};
	for (const ch of snippet) {
		if (ch === SNIPPET_START || ch === SNIPPET_STOP) {
			flush();
			mark = ch === SNIPPET_START;
		} else {
			text += ch;
		}
	}
	flush();
	// Adjacent parts of the same kind (two marked words with only a marker between them) join.
	return parts.reduce<SnippetPart[]>((out, part) => {
		const last = out.at(-1);
		if (last && last.mark === part.mark) last.text += part.text;
		else out.push({ ...part });
		return out;
	}, []);
}

// ---------------------------------------------------------------------------------------------
// Queries

export { SEARCH_EXAMPLES } from '$lib/content/search';

/** Longest query the search accepts (the form says so next to the field). */
export const QUERY_MAX = 100;

/**
 * The prefix fallback: the words of the query (letters and digits only, so nothing is a tsquery
 * operator), all required, the last one as a prefix: "ouders afspr" → "ouders & afspr:*".
 * Empty when the query has no word.
 */
export function prefixQuery(q: string): string {
	const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
	if (!words.length) return '';
	return [...words.slice(0, -1), `${words.at(-1)}:*`].join(' & ');
}
