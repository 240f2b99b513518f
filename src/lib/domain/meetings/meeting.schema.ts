import { isCalendarDate } from '$lib/dates';
import { z } from 'zod';
import { ATTENDANCE, MEETING_KINDS, RECURRENCES } from '$lib/domain/partnerships/enums';
import { isTime } from './meeting-time';

/** How far ahead a series may be planned. */
const MAX_SERIES_YEARS = 3;
export const MAX_AGENDA_ITEMS = 30;

/** An attendee id that is not a member of this partnership (a tampered form, or someone who just left). */
export const ATTENDEE_NOT_MEMBER = 'Kies de aanwezigen uit de lijst van partners van deze samenwerking.';

const date = (message: string) => z.string(message).trim().refine(isCalendarDate, message);
const time = (message: string) => z.string(message).trim().refine(isTime, message);

const onlineUrl = z
	.string()
	.trim()
	.max(500, 'Hoogstens 500 tekens.')
	.refine((v) => {
		if (v === '') return true;
		try {
			const url = new URL(v);
			return url.protocol === 'https:' && url.hostname.includes('.');
		} catch {
			return false;
		}
	}, 'Vul een volledige, veilige link in die begint met https://, bijvoorbeeld https://meet.example.be/overleg.')
	.default('');

/** The agenda agreed beforehand: one item per line, empty lines ignored. */
const agendaLines = z
	.string()
	.max(6000, 'Hoogstens 6000 tekens.')
	.default('')
	.transform((v) =>
		v
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean)
	)
	.refine((lines) => lines.length <= MAX_AGENDA_ITEMS, `Hoogstens ${MAX_AGENDA_ITEMS} agendapunten.`)
	.refine((lines) => lines.every((line) => line.length <= 200), 'Houd elk agendapunt korter dan 200 tekens.');

/** What an edit and a new meeting share. */
const details = {
	kind: z.enum(MEETING_KINDS, 'Kies wat voor overleg het is.'),
	title: z
		.string()
		.trim()
		.min(3, 'Geef het overleg een korte titel (minstens 3 tekens).')
		.max(120, 'Hoogstens 120 tekens.'),
	date: date('Kies een geldige datum.'),
	startTime: time('Vul een beginuur in, zoals 09:30.'),
	endTime: time('Vul een einduur in, zoals 11:00.'),
	place: z.string().trim().max(200, 'Hoogstens 200 tekens.').default(''),
	onlineUrl,
	purpose: z.string().trim().max(2000, 'Hoogstens 2000 tekens.').default(''),
	guests: z.string().trim().max(500, 'Hoogstens 500 tekens.').default(''),
	caseId: z.union([z.uuid('Kies een casus uit de lijst.'), z.literal('')]).default(''),
	attendees: z.array(z.uuid('Kies de aanwezigen uit de lijst.')).default([])
};

type Details = { kind: string; startTime: string; endTime: string; place: string; onlineUrl: string; caseId: string };

function checkDetails(v: Details, ctx: z.RefinementCtx) {
	if (v.endTime <= v.startTime)
		ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Het overleg moet eindigen na het beginuur.' });
	if (!v.place && !v.onlineUrl)
		ctx.addIssue({ code: 'custom', path: ['place'], message: 'Vul een plaats in, een onlinelink, of allebei.' });
}

export const meetingSchema = z
	.object({
		...details,
		agenda: agendaLines,
		recurrence: z.enum(RECURRENCES, 'Kies of het overleg terugkomt.').default('none'),
		repeatUntil: z.string().trim().default('')
	})
	.superRefine((v, ctx) => {
		checkDetails(v, ctx);
		if (v.recurrence === 'none') return;
		if (!isCalendarDate(v.repeatUntil)) {
			ctx.addIssue({ code: 'custom', path: ['repeatUntil'], message: 'Kies tot wanneer het overleg terugkomt.' });
			return;
		}
		if (isCalendarDate(v.date) && v.repeatUntil <= v.date)
			ctx.addIssue({ code: 'custom', path: ['repeatUntil'], message: 'Deze datum moet na het eerste overleg liggen.' });
		const [y, m, d] = v.date.split('-');
		if (isCalendarDate(v.date) && v.repeatUntil > `${Number(y) + MAX_SERIES_YEARS}-${m}-${d}`)
			ctx.addIssue({
				code: 'custom',
				path: ['repeatUntil'],
				message: `Plan hoogstens ${MAX_SERIES_YEARS} jaar vooruit.`
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
	title: z.string().trim().min(3, 'Beschrijf het agendapunt in een paar woorden.').max(200, 'Hoogstens 200 tekens.'),
	note: z.string().trim().max(1000, 'Hoogstens 1000 tekens.').default('')
});
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

export const minutesSchema = z.object({
	minutes: z.string().trim().max(20000, 'Hoogstens 20000 tekens. Splits het verslag of vat samen.').default('')
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
