import { todayInBelgium } from '$lib/dates';
import { fail, redirect } from '@sveltejs/kit';
import { can } from '$lib/domain/permissions/permissions';
import { parseForm } from '$lib/forms';
import { meetingSchema } from '$lib/domain/meetings/meeting.schema';
import { createMeeting, listCaseCodes } from '$lib/domain/meetings/meeting.server';
import { defaultRepeatUntil } from '$lib/domain/meetings/meeting-time';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { queueMeetingInvitations } from '$lib/server/jobs';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'meeting:write');
	const db = getDb();
	const [members, cases] = await Promise.all([
		listMembers(db, ctx.partnership.id),
		can(ctx.role, 'case:read') ? listCaseCodes(db, ctx.partnership.id) : Promise.resolve(null)
	]);
	return {
		members: members.map((mb) => ({
			membershipId: mb.membershipId,
			name: mb.name,
			organisationName: mb.organisationName,
			role: mb.role
		})),
		cases,
		defaultRepeatUntil: defaultRepeatUntil(todayInBelgium())
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'meeting:write');
		const form = await event.request.formData();
		const parsed = parseForm(meetingSchema, form, ['attendees']);
		const typed = { ...Object.fromEntries(form), attendees: form.getAll('attendees') };
		if (!parsed.ok) return fail(400, { values: typed, errors: parsed.errors });
		const input = { ...parsed.data, caseId: can(ctx.role, 'case:read') ? parsed.data.caseId : null };
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData({
					title: input.title,
					purpose: input.purpose,
					guests: input.guests,
					agenda: input.agenda.join('\n')
				});
		if (guard) return fail(422, { values: typed, errors: {}, guard });
		const result = await createMeeting(getDb(), { partnershipId: ctx.partnership.id, userId: ctx.user.id, input });
		if (!result.ok && result.reason === 'attendee-not-member')
			return fail(400, { values: typed, errors: { attendees: m.err_attendee_not_member() } });
		if (!result.ok)
			return fail(400, {
				values: typed,
				errors: { caseId: m.err_meeting_case_gone() }
			});
		// One invitation for the first meeting (of a series: it says that more dates follow).
		await queueMeetingInvitations({ partnershipId: ctx.partnership.id, meetingId: result.id });
		await discardDraft(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			formKey: draftKey.newMeeting()
		});
		redirect(303, `/s/${ctx.partnership.id}/overleg/${result.id}?gepland=${result.count}`);
	}
};
