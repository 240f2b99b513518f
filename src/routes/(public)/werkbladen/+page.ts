import { blocks } from '$lib/content/blocks';
import { methods } from '$lib/content/methods';
import { methodGoal } from '$lib/domain/worksheets/worksheet';
import type { PageLoad } from './$types';

export const load: PageLoad = () => ({
	groups: blocks.map((b) => ({
		slug: b.slug,
		number: b.number,
		title: b.title,
		methods: methods
			.filter((mt) => mt.block === b.slug)
			.map((mt) => ({ slug: mt.slug, title: mt.title, goal: methodGoal(mt), steps: mt.steps.length }))
	}))
});
