import { readVersion } from '$lib/fields';
import { fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/permissions/permissions';
import { parseForm } from '$lib/forms';
import { meetingEditSchema } from '$lib/domain/meetings/meeting.schema';
import { getMeeting, listCaseCodes, updateMeeting } from '$lib/domain/meetings/meeting.server';
import { utcToBrussels } from '$lib/domain/meetings/meeting-time';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { queueMeetingInvitations } from '$lib/server/jobs';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { m } from '$lib/paraglide/messages.js';
import { notFound } from '$lib/http-errors';

async function find(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'meeting:write');
	const meetingId = event.params.meeting;
	const found = await requireRecord(getMeeting(getDb(), { partnershipId: ctx.partnership.id, meetingId }));
	return { ctx, found };
}

/** The stored meeting as form values (date and times in Belgian time). */
function formValues(
	meeting: {
		kind: string;
		title: string;
		startsAt: Date;
		endsAt: Date;
		place: string;
		onlineUrl: string;
		purpose: string;
		guests: string;
		caseId: string | null;
	},
	attendees: string[]
) {
	const start = utcToBrussels(meeting.startsAt);
	return {
		kind: meeting.kind,
		title: meeting.title,
		date: start.date,
		startTime: start.time,
		endTime: utcToBrussels(meeting.endsAt).time,
		place: meeting.place,
		onlineUrl: meeting.onlineUrl,
		purpose: meeting.purpose,
		guests: meeting.guests,
		caseId: meeting.caseId ?? '',
		attendees
	};
}

export const load: PageServerLoad = async (event) => {
	const { ctx, found } = await find(event);
	const db = getDb();
	const [members, cases] = await Promise.all([
		listMembers(db, ctx.partnership.id),
		can(ctx.role, 'case:read') ? listCaseCodes(db, ctx.partnership.id) : Promise.resolve(null)
	]);
	return {
		meeting: {
			id: found.meeting.id,
			title: found.meeting.title,
			version: found.meeting.version,
			inSeries: Boolean(found.meeting.seriesId)
		},
		stored: formValues(
			found.meeting,
			found.attendees.map((a) => a.membershipId)
		),
		members: members.map((mb) => ({
			membershipId: mb.membershipId,
			name: mb.name,
			organisationName: mb.organisationName,
			role: mb.role
		})),
		cases
	};
};

export const actions: Actions = {
	default: async (event) => {
		const { ctx, found } = await find(event);
		const form = await event.request.formData();
		const typed = { ...Object.fromEntries(form), attendees: form.getAll('attendees') };
		const parsed = parseForm(meetingEditSchema, form, ['attendees']);
		if (!parsed.ok) return fail(400, { values: typed, errors: parsed.errors });
		const input = { ...parsed.data, caseId: can(ctx.role, 'case:read') ? parsed.data.caseId : found.meeting.caseId };
		const guard = savesAnyway(form)
			? null
			: checkPersonalData({ title: input.title, purpose: input.purpose, guests: input.guests });
		if (guard) return fail(422, { values: typed, errors: {}, guard });
		const result = await updateMeeting(getDb(), {
			partnershipId: ctx.partnership.id,
			meetingId: found.meeting.id,
			version: readVersion(form),
			input
		});
		if (result.ok) {
			// New attendees get an invitation; everyone gets the new time when the meeting moved.
			await queueMeetingInvitations({ partnershipId: ctx.partnership.id, meetingId: found.meeting.id });
			const formKey = draftKey.meeting(found.meeting.id);
			await discardDraft(getDb(), { partnershipId: ctx.partnership.id, userId: ctx.user.id, formKey });
			redirect(303, `/s/${ctx.partnership.id}/overleg/${found.meeting.id}?bewaard`);
		}
		if (result.reason === 'attendee-not-member')
			return fail(400, { values: typed, errors: { attendees: m.err_attendee_not_member() } });
		if (result.reason === 'case-not-found')
			return fail(400, {
				values: typed,
				errors: { caseId: m.err_meeting_case_gone() }
			});
		if (result.reason === 'not-found') notFound();
		// A stale version: keep what the user typed, show what is stored now, and carry the new version.
		const latest = await getMeeting(getDb(), { partnershipId: ctx.partnership.id, meetingId: found.meeting.id });
		return fail(409, {
			values: typed,
			errors: { form: m.err_meeting_changed() },
			conflict: {
				version: result.current.version,
				values: formValues(result.current, latest?.attendees.map((a) => a.membershipId) ?? [])
			}
		});
	}
};
