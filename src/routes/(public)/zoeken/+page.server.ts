import { cleanText } from '$lib/fields';
import { pageParam } from '$lib/pagination';
import { knowledgeSearchSchema } from '$lib/domain/knowledge/knowledge.schema';
import { searchKnowledge } from '$lib/domain/knowledge/knowledge.server';
import { getDb } from '$lib/server/db/client';
import type { PageServerLoad } from './$types';

// Public: no login. The form is a GET form, so a search is a URL that can be shared and bookmarked.
export const load: PageServerLoad = async ({ url }) => {
	const q = cleanText(url.searchParams.get('q') ?? '');
	const soort = url.searchParams.get('soort') ?? '';
	const page = pageParam.parse(url.searchParams.get('pagina'));
	const parsed = knowledgeSearchSchema.safeParse({ q, soort });
	if (!parsed.success) {
		// Too long: the text stays in the field, with the message next to it; nothing is searched.
		const error = parsed.error.issues.find((i) => i.path[0] === 'q')?.message ?? '';
		return { q, soort: knowledgeSearchSchema.shape.soort.parse(soort), error, results: null };
	}
	const input = parsed.data;
	const results = input.q ? await searchKnowledge(getDb(), { q: input.q, kind: input.soort || null, page }) : null;
	return { q: input.q, soort: input.soort, error: '', results };
};
