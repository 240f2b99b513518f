import { blocks, getBlock } from '$lib/content/blocks';
import { getMethod } from '$lib/content/methods';
import type { PageLoad } from './$types';
import { notFound } from '$lib/http-errors';

export const load: PageLoad = ({ params }) => {
	const block = getBlock(params.slug);
	if (!block) notFound();
	const i = blocks.indexOf(block);
	return {
		block,
		methods: block.methods.map((slug) => getMethod(slug)).filter((x) => x !== undefined),
		previous: blocks[i - 1] ? { slug: blocks[i - 1]!.slug, title: blocks[i - 1]!.title } : null,
		next: blocks[i + 1] ? { slug: blocks[i + 1]!.slug, title: blocks[i + 1]!.title } : null
	};
};
