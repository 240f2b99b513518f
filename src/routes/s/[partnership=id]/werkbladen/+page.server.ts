import { blocks } from '$lib/content/blocks';
import { methods } from '$lib/content/methods';
import { listMethodProgress } from '$lib/domain/worksheets/method-answers.server';
import { methodOutputs } from '$lib/domain/worksheets/outputs';
import { methodGoal } from '$lib/domain/worksheets/worksheet';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const progress = await listMethodProgress(getDb(), { partnershipId: ctx.partnership.id });
	return {
		methods: methods.map((mt) => {
			const block = blocks.find((b) => b.slug === mt.block)!;
			const p = progress.find((x) => x.method === mt.slug)!;
			return {
				slug: mt.slug,
				title: mt.title,
				goal: methodGoal(mt),
				block: { slug: block.slug, number: block.number, title: block.title },
				filled: p.filled.length,
				total: p.total,
				lastChange: p.lastChange,
				outputs: methodOutputs(mt.slug)
			};
		})
	};
};
