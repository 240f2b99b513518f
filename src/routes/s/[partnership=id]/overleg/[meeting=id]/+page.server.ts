import { readVersion } from '$lib/fields';
import { isId } from '$lib/ids';
import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms';
import { voiceSchema } from '$lib/domain/agreements/agreement.schema';
import { listMeetingAgreements } from '$lib/domain/agreements/agreement.server';
import { agendaItemSchema, minutesSchema, parseAttendanceForm } from '$lib/domain/meetings/meeting.schema';
import {
	addAgendaItem,
	decideAgendaItem,
	getMeeting,
	listReviewAgreements,
	moveAgendaItem,
	saveMeetingVoice,
	saveMinutes,
	setAttendance,
	setMeetingCancelled
} from '$lib/domain/meetings/meeting.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { listWorksheetReview, worksheetReviewCount } from '$lib/domain/worksheets/highlights.server';
import { getMethod } from '$lib/content/methods';
import { can, mayHold, type Permission } from '$lib/domain/permissions/permissions';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';
import { addAgreementAction } from '$lib/server/agreement-action';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'meeting:read');
	const db = getDb();
	const scope = { partnershipId: ctx.partnership.id, meetingId: event.params.meeting };
	const found = await requireRecord(getMeeting(db, scope));
	const readAgreements = can(ctx.role, 'agreement:read');
	const readCases = can(ctx.role, 'case:read');
	// A case meeting is about one family: the partnership's worksheets come up in the other meetings.
	const withWorksheets = found.meeting.kind !== 'case' && can(ctx.role, 'worksheet:read');
	const [review, agreements, members, worksheets] = await Promise.all([
		listReviewAgreements(db, {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			before: found.meeting.startsAt
		}),
		listMeetingAgreements(db, { ...scope, userId: ctx.user.id }),
		can(ctx.role, 'meeting:write') ? listMembers(db, ctx.partnership.id) : Promise.resolve([]),
		withWorksheets
			? listWorksheetReview(db, { partnershipId: ctx.partnership.id, meetingStartsAt: found.meeting.startsAt })
			: Promise.resolve(null)
	]);
	return {
		// Observers see the agenda and the minutes; agreements and cases only as counts or not at all.
		found: {
			...found,
			caseCode: readCases ? found.caseCode : null,
			meeting: { ...found.meeting, caseId: readCases ? found.meeting.caseId : null }
		},
		review: readAgreements ? review : null,
		reviewCount: review.length,
		// "Uit de werkbladen": only when there is something; agreement texts only for who reads agreements.
		worksheetReview:
			worksheets && worksheetReviewCount(worksheets) > 0
				? {
						...worksheets,
						agreements: readAgreements
							? worksheets.agreements.map((a) => ({
									...a,
									methodTitle: (a.method && getMethod(a.method)?.title) || null
								}))
							: null,
						agreementCount: worksheets.agreements.length
					}
				: null,
		agreements: readAgreements ? agreements : null,
		agreementCount: agreements.length,
		owners: members
			.filter((mb) => mayHold(mb.role, 'agreement:owner'))
			.map((mb) => ({ userId: mb.userId, name: mb.name, organisationName: mb.organisationName }))
	};
};

/** Every action: the permission first, then a meeting of this partnership (else 404), then the form. */
async function meetingContext(event: RequestEvent, ...permissions: Permission[]) {
	const ctx = await requirePartnership(event);
	for (const permission of permissions) requirePermission(ctx, permission);
	const meetingId = event.params.meeting;
	const found = await requireRecord(getMeeting(getDb(), { partnershipId: ctx.partnership.id, meetingId }));
	return { ctx, found, scope: { partnershipId: ctx.partnership.id, meetingId }, form: await event.request.formData() };
}

/** The personal-data guard on free text, unless the user chose "save anyway". */
function guardFailure(part: string, form: FormData, texts: Record<string, unknown>) {
	if (savesAnyway(form)) return null;
	const guard = checkPersonalData(texts);
	return guard ? fail(422, { part, values: Object.fromEntries(form), errors: {}, guard }) : null;
}

const ITEM_REFUSED = {
	cancelled: m.err_meeting_cancelled_agenda(),
	'too-many': m.err_agenda_full()
} as const;

async function addItem(event: RequestEvent, status: 'accepted' | 'proposed') {
	const part = status === 'accepted' ? 'addItem' : 'propose';
	const { ctx, scope, form } = await meetingContext(event, status === 'accepted' ? 'meeting:write' : 'meeting:propose');
	const parsed = parseForm(agendaItemSchema, form);
	if (!parsed.ok) return fail(400, { part, values: parsed.values, errors: parsed.errors });
	const blocked = guardFailure(part, form, parsed.data);
	if (blocked) return blocked;
	const result = await addAgendaItem(getDb(), { ...scope, userId: ctx.user.id, input: parsed.data, status });
	if (result.ok) return { part, saved: true };
	if (result.reason === 'not-found') notFound();
	return fail(409, { part, values: parsed.data, errors: { form: ITEM_REFUSED[result.reason] } });
}

function itemId(form: FormData): string {
	const id = String(form.get('itemId'));
	if (!isId(id)) notFound();
	return id;
}

export const actions: Actions = {
	propose: (event) => addItem(event, 'proposed'),
	addItem: (event) => addItem(event, 'accepted'),
	decide: async (event) => {
		const { scope, form } = await meetingContext(event, 'meeting:write');
		const decision = z.enum(['accepted', 'declined']).safeParse(form.get('decision'));
		if (!decision.success) return fail(400, { part: 'agenda', errors: { form: m.err_agenda_decision() } });
		if (!(await decideAgendaItem(getDb(), { ...scope, itemId: itemId(form), decision: decision.data }))) notFound();
		return { part: 'agenda', saved: true };
	},
	move: async (event) => {
		const { scope, form } = await meetingContext(event, 'meeting:write');
		const direction = z.enum(['up', 'down']).safeParse(form.get('direction'));
		if (!direction.success) return fail(400, { part: 'agenda', errors: { form: m.err_agenda_move() } });
		if (!(await moveAgendaItem(getDb(), { ...scope, itemId: itemId(form), direction: direction.data }))) notFound();
		return { part: 'agenda', saved: true };
	},
	attendance: async (event) => {
		const { scope, form } = await meetingContext(event, 'meeting:write');
		const rows = parseAttendanceForm(form);
		if (!rows)
			return fail(400, {
				part: 'attendance',
				errors: { form: m.err_attendance() }
			});
		await setAttendance(getDb(), { ...scope, rows });
		return { part: 'attendance', saved: true };
	},
	minutes: async (event) => {
		const { scope, form } = await meetingContext(event, 'meeting:write');
		const parsed = parseForm(minutesSchema, form);
		if (!parsed.ok) return fail(400, { part: 'minutes', values: parsed.values, errors: parsed.errors });
		const blocked = guardFailure('minutes', form, parsed.data);
		if (blocked) return blocked;
		const result = await saveMinutes(getDb(), {
			...scope,
			version: readVersion(form),
			minutes: parsed.data.minutes
		});
		if (result.ok) return { part: 'minutes', saved: true, savedAnyway: savesAnyway(form) };
		if (result.reason === 'not-found') notFound();
		return fail(409, {
			part: 'minutes',
			values: parsed.data,
			errors: {},
			conflict: { minutes: result.current.minutes, version: result.current.version }
		});
	},
	voice: async (event) => {
		const { scope, form } = await meetingContext(event, 'meeting:write');
		const parsed = parseForm(voiceSchema, form);
		if (!parsed.ok) return fail(400, { part: 'voice', values: parsed.values, errors: parsed.errors });
		const content = parsed.data as Record<string, string>;
		const blocked = guardFailure('voice', form, { how: content.how, notYetHeard: content.notYetHeard });
		if (blocked) return blocked;
		const empty = !content.heard && !content.how && !content.notYetHeard;
		const result = await saveMeetingVoice(getDb(), {
			...scope,
			version: readVersion(form),
			voice: empty ? null : content
		});
		if (result.ok) return { part: 'voice', saved: true };
		if (result.reason === 'not-found') notFound();
		return fail(409, {
			part: 'voice',
			values: content,
			errors: {},
			conflict: { content: result.current.voice ?? {}, version: result.current.version }
		});
	},
	addAgreement: async (event) => {
		const { ctx, scope, form } = await meetingContext(event, 'meeting:write', 'agreement:write');
		return addAgreementAction(form, {
			partnershipId: scope.partnershipId,
			userId: ctx.user.id,
			ref: { meetingId: scope.meetingId },
			draftKey: draftKey.meetingAgreement(scope.meetingId)
		});
	},
	cancel: async (event) => {
		const { scope, form } = await meetingContext(event, 'meeting:write');
		const result = await setMeetingCancelled(getDb(), {
			...scope,
			version: readVersion(form),
			cancelled: form.get('cancelled') === '1'
		});
		if (result.ok) return { part: 'cancel', saved: true };
		if (result.reason === 'not-found') notFound();
		return fail(409, {
			part: 'cancel',
			errors: {
				form: m.err_meeting_conflict()
			}
		});
	}
};
