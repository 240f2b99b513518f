import QRCode from 'qrcode';
import { getBlock } from '$lib/content/blocks';
import { getLiveState } from '$lib/domain/reflection/reflection.server';
import { getDb } from '$lib/server/db/client';
import { requireMoment } from '$lib/server/reflection-context';
import type { PageServerLoad } from './$types';
import { notFound } from '$lib/http-errors';

export const load: PageServerLoad = async (event) => {
	const { ctx, found, scope } = await requireMoment(event, 'reflection:read');
	const live = await getLiveState(getDb(), scope);
	if (!live) notFound();
	const shortUrl = `${event.url.origin}/r/${found.moment.code}`;
	// Drawn on the server as inline SVG: no script, no image request, sharp at any size.
	const qr = await QRCode.toString(shortUrl, {
		type: 'svg',
		margin: 1,
		errorCorrectionLevel: 'M',
		color: { dark: '#000000', light: '#ffffff' }
	});
	const asked = Number(event.url.searchParams.get('vraag'));
	const questionCount = found.moment.questions.length;
	return {
		partnership: { id: ctx.partnership.id, name: ctx.partnership.name },
		moment: {
			id: found.moment.id,
			title: found.moment.title,
			blockTitle: getBlock(found.moment.block)?.title ?? found.moment.block,
			questions: found.moment.questions,
			allowAnonymous: found.moment.allowAnonymous
		},
		live,
		shortUrl,
		shortDisplay: `${event.url.host}/r/`,
		qr,
		/** 1-based question shown alone, or 0 for all of them. */
		only: Number.isInteger(asked) && asked >= 1 && asked <= questionCount ? asked : 0
	};
};
