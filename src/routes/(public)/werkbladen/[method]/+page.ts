import { error } from '@sveltejs/kit';
import { getBlock } from '$lib/content/blocks';
import { getMethod } from '$lib/content/methods';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const method = getMethod(params.method);
	if (!method) error(404, 'Niet gevonden');
	const block = getBlock(method.block)!;
	return { method, block: { slug: block.slug, title: block.title } };
};
