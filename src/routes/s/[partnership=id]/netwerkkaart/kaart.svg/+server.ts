// The network map as a self-contained SVG file: title, map and legend, drawn with presentation
// attributes only (no external styles or fonts), so it opens on its own in any browser or editor.
import { dateFormat } from '$lib/dates';
import { render } from 'svelte/server';
import NetworkMapSvg from '$lib/components/NetworkMapSvg.svelte';
import { getNetworkMap } from '$lib/domain/network/network.server';
import { m } from '$lib/paraglide/messages.js';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'network:read');
	const { nodes, links } = await getNetworkMap(getDb(), { partnershipId: ctx.partnership.id });
	const date = dateFormat({
		dateStyle: 'long',
		timeZone: 'Europe/Brussels'
	}).format(new Date());
	const { body } = render(NetworkMapSvg, {
		props: { nodes, links, title: m.map_svg_title({ name: ctx.partnership.name }), legend: true, date }
	});
	return new Response(standalone(body), {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName(ctx.partnership.name)}"`,
			'cache-control': 'private, no-store'
		}
	});
};

/** Svelte's rendering, cleaned into an XML document: no hydration markers or scoping classes. */
function standalone(body: string): string {
	const svg = body
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s+class="[^"]*"/g, '')
		.trim();
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** "netwerkkaart-schoolbrug-oostwijk.svg": ASCII only, safe in a header. */
function fileName(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `netwerkkaart${slug ? `-${slug}` : ''}.svg`;
}
