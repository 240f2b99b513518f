import { getBlock } from '$lib/content/blocks';
import { getMethod } from '$lib/content/methods';
import type { PageLoad } from './$types';
import { notFound } from '$lib/http-errors';

export const load: PageLoad = ({ params }) => {
	const method = getMethod(params.method);
	if (!method) notFound();
	const block = getBlock(method.block)!;
	return { method, block: { slug: block.slug, title: block.title } };
};
