// The search form of the knowledge base (/zoeken?q=&soort=&pagina=): a GET form, so its values
// come from the URL. A kind that is not one of ours means "every kind".
import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { KNOWLEDGE_KINDS, QUERY_MAX } from './knowledge-index';

export const knowledgeSearchSchema = z.object({
	q: z
		.string()
		.trim()
		.max(QUERY_MAX, { error: () => m.srch_err_too_long({ max: QUERY_MAX }) })
		.default(''),
	soort: z.union([z.enum(KNOWLEDGE_KINDS), z.literal('')]).catch('')
});
export type KnowledgeSearchInput = z.infer<typeof knowledgeSearchSchema>;
