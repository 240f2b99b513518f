import { meetingToIcs } from '$lib/domain/meetings/meeting-ics';
import { getMeeting } from '$lib/domain/meetings/meeting.server';
import { utcToBrussels } from '$lib/domain/meetings/meeting-time';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { RequestHandler } from './$types';

/** The meeting as an .ics file to open in any calendar app. */
export const GET: RequestHandler = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'meeting:read');
	const meetingId = event.params.meeting;
	const found = await requireRecord(getMeeting(getDb(), { partnershipId: ctx.partnership.id, meetingId }));
	const ics = meetingToIcs(
		{ ...found.meeting, agenda: found.items.filter((i) => i.status === 'accepted').map((i) => i.title) },
		event.url.origin
	);
	return new Response(ics, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="overleg-${utcToBrussels(found.meeting.startsAt).date}.ics"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
