// The content of reminder mails, in the recipient's language, in the shared layout of
// $lib/mail-layout. Pure functions.
//
// What never goes into a mail (docs/decisions/0008-reminders.md): anything written in a case, and
// the text or code of an agreement that belongs to a case (reading those in the app is audited);
// minutes; scan answers. Every mail ends with how to turn these mails off.
import { dateFormat, TIME_ZONE } from '$lib/dates';
import { m } from '$lib/paraglide/messages.js';
import { composeMail, type Block, type MailContent, type MailLocale } from '$lib/mail-layout';

export { mailLocale, type MailContent, type MailLocale } from '$lib/mail-layout';
/** A calendar date (YYYY-MM-DD): "donderdag 12 november 2026". */
export function formatMailDay(date: string, locale: MailLocale): string {
	return dateFormat({ dateStyle: 'full', timeZone: 'UTC' }, locale).format(new Date(`${date}T00:00:00Z`));
}

/** A meeting's date and times in Belgian time: "dinsdag 12 januari 2027, 14:00 – 15:30". */
export function formatMailMeeting(start: Date, end: Date, locale: MailLocale): string {
	const day = dateFormat({ dateStyle: 'full', timeZone: TIME_ZONE }, locale).format(start);
	const time = dateFormat({ timeStyle: 'short', timeZone: TIME_ZONE }, locale);
	return `${day}, ${time.format(start)} – ${time.format(end)}`;
}

export const settingsUrl = (origin: string) => `${origin}/account/meldingen`;

function compose(locale: MailLocale, origin: string, subject: string, name: string, blocks: Block[]): MailContent {
	const url = settingsUrl(origin);
	const footer = m.reminder_mail_footer({ url }, { locale });
	return composeMail({ locale, subject, name, blocks, footer, footerUrl: url });
}

// ---------------------------------------------------------------------------------------------
// Agreements

export interface AgreementReminderItem {
	agreementId: string;
	partnershipId: string;
	partnershipName: string;
	/** The agreement's text; null for an agreement that belongs to a case (never in a mail). */
	what: string | null;
	due: string | null;
	feedback: string | null;
}

/** One mail with the agreements of one owner whose due or feedback date comes near. */
export function agreementReminderMail({
	locale,
	name,
	origin,
	items
}: {
	locale: MailLocale;
	name: string;
	origin: string;
	items: AgreementReminderItem[];
}): MailContent {
	const count = items.length;
	const subject = m.reminder_agreement_subject({ count }, { locale });
	const blocks: Block[] = [
		{
			p: m.reminder_agreement_intro({ count }, { locale })
		},
		{
			items: items.map((item) => ({
				title: item.what ?? m.reminder_agreement_case({}, { locale }),
				lines: [
					...(item.due ? [m.reminder_agreement_due({ date: formatMailDay(item.due, locale) }, { locale })] : []),
					...(item.feedback
						? [m.reminder_agreement_feedback({ date: formatMailDay(item.feedback, locale) }, { locale })]
						: []),
					m.reminder_agreement_partnership({ name: item.partnershipName }, { locale })
				],
				link: {
					href: `${origin}/s/${item.partnershipId}/afspraken/${item.agreementId}`,
					label: m.reminder_agreement_open({}, { locale })
				}
			}))
		}
	];
	if (items.some((item) => item.what === null)) blocks.push({ p: m.reminder_agreement_case_note({}, { locale }) });
	blocks.push({ p: m.reminder_agreement_done({}, { locale }) });
	return compose(locale, origin, subject, name, blocks);
}

// ---------------------------------------------------------------------------------------------
// Meetings

export interface InvitationMeeting {
	id: string;
	partnershipId: string;
	partnershipName: string;
	title: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	onlineUrl: string;
	purpose: string;
	organiserName: string | null;
	/** Part of a recurring series. */
	inSeries: boolean;
}

/** An invitation to a meeting (the .ics goes with it as an attachment), or its new time. */
export function meetingInvitationMail({
	locale,
	name,
	origin,
	meeting,
	changed
}: {
	locale: MailLocale;
	name: string;
	origin: string;
	meeting: InvitationMeeting;
	changed: boolean;
}): MailContent {
	const subject = changed
		? m.reminder_meeting_subject_changed({ title: meeting.title }, { locale })
		: m.reminder_meeting_subject({ title: meeting.title }, { locale });
	const intro = changed
		? m.reminder_meeting_intro_changed({ partnership: meeting.partnershipName }, { locale })
		: meeting.organiserName
			? m.reminder_meeting_intro({ organiser: meeting.organiserName, partnership: meeting.partnershipName }, { locale })
			: m.reminder_meeting_intro_plain({ partnership: meeting.partnershipName }, { locale });
	const facts: { label: string; value: string; href?: string }[] = [
		{ label: m.reminder_meeting_what({}, { locale }), value: meeting.title },
		{
			label: m.reminder_meeting_when({}, { locale }),
			value: formatMailMeeting(meeting.startsAt, meeting.endsAt, locale)
		}
	];
	if (meeting.place) facts.push({ label: m.reminder_meeting_where({}, { locale }), value: meeting.place });
	if (meeting.onlineUrl)
		facts.push({ label: m.reminder_meeting_online({}, { locale }), value: meeting.onlineUrl, href: meeting.onlineUrl });
	if (meeting.purpose) facts.push({ label: m.reminder_meeting_purpose({}, { locale }), value: meeting.purpose });
	const blocks: Block[] = [{ p: intro }, { facts }];
	if (meeting.inSeries) blocks.push({ p: m.reminder_meeting_series({}, { locale }) });
	blocks.push(
		{ p: m.reminder_meeting_ics({}, { locale }) },
		{
			button: {
				href: `${origin}/s/${meeting.partnershipId}/overleg/${meeting.id}`,
				label: m.reminder_meeting_open({}, { locale })
			}
		}
	);
	return compose(locale, origin, subject, name, blocks);
}

// ---------------------------------------------------------------------------------------------
// Scan

export interface ClosingRound {
	roundId: string;
	partnershipId: string;
	partnershipName: string;
	title: string;
	/** The last day to answer (YYYY-MM-DD, Belgian time). */
	lastDay: string;
}

/** A member who has not answered a scan round that closes soon. */
export function scanClosingMail({
	locale,
	name,
	origin,
	round
}: {
	locale: MailLocale;
	name: string;
	origin: string;
	round: ClosingRound;
}): MailContent {
	return compose(locale, origin, m.reminder_scan_subject({}, { locale }), name, [
		{ p: m.reminder_scan_intro({ partnership: round.partnershipName }, { locale }) },
		{
			facts: [
				{ label: m.reminder_scan_round({}, { locale }), value: round.title },
				{ label: m.reminder_scan_closes({}, { locale }), value: formatMailDay(round.lastDay, locale) }
			]
		},
		{ p: m.reminder_scan_anonymous({}, { locale }) },
		{
			button: {
				href: `${origin}/s/${round.partnershipId}/scan/${round.roundId}`,
				label: m.reminder_scan_open({}, { locale })
			}
		}
	]);
}
