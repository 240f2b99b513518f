import { isCalendarDate } from '$lib/dates';
import { z } from 'zod';
import { ATTENDANCE, MEETING_KINDS, RECURRENCES } from '$lib/domain/partnerships/enums';
import { isTime } from './meeting-time';
import { m } from '$lib/paraglide/messages.js';
import type { Message } from '$lib/fields';

/** How far ahead a series may be planned. */
const MAX_SERIES_YEARS = 3;
export const MAX_AGENDA_ITEMS = 30;

const date = (message: Message) => z.string({ error: message }).trim().refine(isCalendarDate, { error: message });
const time = (message: Message) => z.string({ error: message }).trim().refine(isTime, { error: message });

const onlineUrl = z
	.string()
	.trim()
	.max(500, { error: () => m.err_field_max({ max: 500 }) })
	.refine(
		(v) => {
			if (v === '') return true;
			try {
				const url = new URL(v);
				return url.protocol === 'https:' && url.hostname.includes('.');
			} catch {
				return false;
			}
		},
		{ error: () => m.err_meeting_online_url() }
	)
	.default('');

/** The agenda agreed beforehand: one item per line, empty lines ignored. */
const agendaLines = z
	.string()
	.max(6000, { error: () => m.err_field_max({ max: 6000 }) })
	.default('')
	.transform((v) =>
		v
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean)
	)
	.refine((lines) => lines.length <= MAX_AGENDA_ITEMS, {
		error: () => m.err_agenda_max_items({ max: MAX_AGENDA_ITEMS })
	})
	.refine((lines) => lines.every((line) => line.length <= 200), { error: () => m.err_agenda_line_long() });

/** What an edit and a new meeting share. */
const details = {
	kind: z.enum(MEETING_KINDS, { error: () => m.err_meeting_kind() }),
	title: z
		.string()
		.trim()
		.min(3, { error: () => m.err_meeting_title() })
		.max(120, { error: () => m.err_field_max({ max: 120 }) }),
	date: date(() => m.err_date_choose()),
	startTime: time(() => m.err_meeting_start_time()),
	endTime: time(() => m.err_meeting_end_time()),
	place: z
		.string()
		.trim()
		.max(200, { error: () => m.err_field_max({ max: 200 }) })
		.default(''),
	onlineUrl,
	purpose: z
		.string()
		.trim()
		.max(2000, { error: () => m.err_field_max({ max: 2000 }) })
		.default(''),
	guests: z
		.string()
		.trim()
		.max(500, { error: () => m.err_field_max({ max: 500 }) })
		.default(''),
	caseId: z.union([z.uuid({ error: () => m.err_case_from_list() }), z.literal('')]).default(''),
	attendees: z.array(z.uuid({ error: () => m.err_attendees_from_list() })).default([])
};

type Details = { kind: string; startTime: string; endTime: string; place: string; onlineUrl: string; caseId: string };

function checkDetails(v: Details, ctx: z.RefinementCtx) {
	if (v.endTime <= v.startTime)
		ctx.addIssue({ code: 'custom', path: ['endTime'], message: m.err_meeting_end_after_start() });
	if (!v.place && !v.onlineUrl)
		ctx.addIssue({ code: 'custom', path: ['place'], message: m.err_meeting_place_or_link() });
}

export const meetingSchema = z
	.object({
		...details,
		agenda: agendaLines,
		recurrence: z.enum(RECURRENCES, { error: () => m.err_meeting_recurrence() }).default('none'),
		repeatUntil: z.string().trim().default('')
	})
	.superRefine((v, ctx) => {
		checkDetails(v, ctx);
		if (v.recurrence === 'none') return;
		if (!isCalendarDate(v.repeatUntil)) {
			ctx.addIssue({ code: 'custom', path: ['repeatUntil'], message: m.err_meeting_repeat_until() });
			return;
		}
		if (isCalendarDate(v.date) && v.repeatUntil <= v.date)
			ctx.addIssue({ code: 'custom', path: ['repeatUntil'], message: m.err_meeting_repeat_after_first() });
		const [y, month, d] = v.date.split('-');
		if (isCalendarDate(v.date) && v.repeatUntil > `${Number(y) + MAX_SERIES_YEARS}-${month}-${d}`)
			ctx.addIssue({
				code: 'custom',
				path: ['repeatUntil'],
				message: m.err_meeting_series_years({ years: MAX_SERIES_YEARS })
			});
	})
	// caseId stays even for another kind: an id that is sent must be one of this partnership (the domain checks it, then keeps it only for a case meeting).
	.transform((v) => ({ ...v, caseId: v.caseId || null, repeatUntil: v.recurrence === 'none' ? null : v.repeatUntil }));
export type MeetingInput = z.infer<typeof meetingSchema>;

/** Editing one meeting (never the rest of its series). */
export const meetingEditSchema = z
	.object(details)
	.superRefine(checkDetails)
	.transform((v) => ({ ...v, caseId: v.caseId || null }));
export type MeetingEditInput = z.infer<typeof meetingEditSchema>;

export const agendaItemSchema = z.object({
	title: z
		.string()
		.trim()
		.min(3, { error: () => m.err_agenda_item_title() })
		.max(200, { error: () => m.err_field_max({ max: 200 }) }),
	note: z
		.string()
		.trim()
		.max(1000, { error: () => m.err_field_max({ max: 1000 }) })
		.default('')
});
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

export const minutesSchema = z.object({
	minutes: z
		.string()
		.trim()
		.max(20000, { error: () => m.err_minutes_too_long() })
		.default('')
});

export const attendanceValue = z.enum(ATTENDANCE);

/** The attendance form posts `attendance_<membershipId>` = invited|present|excused|absent. */
export function parseAttendanceForm(
	form: FormData
): { membershipId: string; attendance: z.infer<typeof attendanceValue> }[] | null {
	const rows = [];
	for (const [key, value] of form.entries()) {
		if (!key.startsWith('attendance_')) continue;
		const membershipId = key.slice('attendance_'.length);
		const attendance = attendanceValue.safeParse(value);
		if (!z.uuid().safeParse(membershipId).success || !attendance.success) return null;
		rows.push({ membershipId, attendance: attendance.data });
	}
	return rows;
}

/** The meetings list: upcoming ('') or past ('voorbij'), and one kind or all; anything unknown is the default. */
export const meetingFilterSchema = z.object({
	wanneer: z.enum(['voorbij']).or(z.literal('')).catch(''),
	soort: z.enum(MEETING_KINDS).or(z.literal('')).catch('')
});
export type MeetingFilter = z.infer<typeof meetingFilterSchema>;
