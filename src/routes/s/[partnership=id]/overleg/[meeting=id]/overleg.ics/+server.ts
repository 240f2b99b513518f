import { meetingToIcs } from '$lib/domain/meetings/meeting-ics';
import { getMeeting } from '$lib/domain/meetings/meeting.server';
import { utcToBrussels } from '$lib/domain/meetings/meeting-time';
import { listWorksheetReview, worksheetReviewCount } from '$lib/domain/worksheets/highlights.server';
import { can } from '$lib/domain/permissions/permissions';
import { m } from '$lib/paraglide/messages.js';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { RequestHandler } from './$types';

/** The meeting as an .ics file to open in any calendar app. */
export const GET: RequestHandler = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'meeting:read');
	const meetingId = event.params.meeting;
	const db = getDb();
	const found = await requireRecord(getMeeting(db, { partnershipId: ctx.partnership.id, meetingId }));
	// The computed item "Uit de werkbladen" comes second, as on the meeting's page, when it has something.
	const worksheets =
		found.meeting.kind !== 'case' && can(ctx.role, 'worksheet:read')
			? await listWorksheetReview(db, { partnershipId: ctx.partnership.id, meetingStartsAt: found.meeting.startsAt })
			: null;
	const agenda = found.items.filter((i) => i.status === 'accepted').map((i) => i.title);
	if (worksheets && worksheetReviewCount(worksheets) > 0) agenda.unshift(m.wsr_meeting_title());
	const ics = meetingToIcs({ ...found.meeting, agenda }, event.url.origin);
	return new Response(ics, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': `attachment; filename="overleg-${utcToBrussels(found.meeting.startsAt).date}.ics"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
