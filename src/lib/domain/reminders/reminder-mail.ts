// The content of reminder mails, in the recipient's language: a subject, a plain-text body and the
// same as HTML, built from one list of blocks so the two never drift apart. Pure functions.
//
// What never goes into a mail (docs/decisions/0008-reminders.md): anything written in a case, and
// the text or code of an agreement that belongs to a case (reading those in the app is audited);
// minutes; scan answers. Every mail ends with how to turn these mails off.
import { dateFormat, TIME_ZONE } from '$lib/dates';
import { m } from '$lib/paraglide/messages.js';
import { isLocale, type Locale } from '$lib/paraglide/runtime.js';

export type MailLocale = Locale;

/** The user's stored language, or Dutch. */
export function mailLocale(value: string | null | undefined): MailLocale {
	return value && isLocale(value) ? value : 'nl';
}

export interface MailContent {
	subject: string;
	text: string;
	html: string;
}

type Link = { href: string; label: string };
type Block =
	| { p: string }
	| { facts: { label: string; value: string; href?: string }[] }
	| { items: { title: string; lines: string[]; link: Link }[] }
	| { button: Link };

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

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const a = (link: Link, style = '') =>
	`<a href="${escapeHtml(link.href)}"${style ? ` style="${style}"` : ''}>${escapeHtml(link.label)}</a>`;

function renderText(greeting: string, blocks: Block[], footer: string): string {
	const out: string[] = [greeting, ''];
	for (const block of blocks) {
		if ('p' in block) out.push(block.p, '');
		else if ('facts' in block) out.push(...block.facts.map((f) => `${f.label}: ${f.value}`), '');
		else if ('items' in block)
			for (const item of block.items)
				out.push(`- ${item.title}`, ...item.lines.map((l) => `  ${l}`), `  ${item.link.label}: ${item.link.href}`, '');
		else out.push(`${block.button.label}: ${block.button.href}`, '');
	}
	out.push('-- ', footer);
	return out.join('\n') + '\n';
}

function renderHtml(
	locale: MailLocale,
	subject: string,
	greeting: string,
	blocks: Block[],
	footer: string,
	footerUrl: string
): string {
	const body: string[] = [`<p>${escapeHtml(greeting)}</p>`];
	for (const block of blocks) {
		if ('p' in block) body.push(`<p>${escapeHtml(block.p)}</p>`);
		else if ('facts' in block)
			body.push(
				'<table role="presentation" style="border-collapse:collapse;margin:0 0 1em">',
				...block.facts.map(
					(f) =>
						`<tr><th scope="row" style="text-align:left;vertical-align:top;padding:0.25em 1em 0.25em 0;font-weight:bold">${escapeHtml(f.label)}</th>` +
						`<td style="padding:0.25em 0">${f.href ? a({ href: f.href, label: f.value }) : escapeHtml(f.value)}</td></tr>`
				),
				'</table>'
			);
		else if ('items' in block)
			body.push(
				'<ul style="padding-left:1.25em">',
				...block.items.map(
					(item) =>
						`<li style="margin-bottom:0.75em"><strong>${escapeHtml(item.title)}</strong><br>` +
						item.lines.map((l) => `${escapeHtml(l)}<br>`).join('') +
						`${a(item.link)}</li>`
				),
				'</ul>'
			);
		else
			body.push(
				`<p>${a(block.button, 'display:inline-block;padding:0.6em 1.1em;background:#1d4f91;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:bold')}</p>`
			);
	}
	const footerHtml = escapeHtml(footer).replace(escapeHtml(footerUrl), a({ href: footerUrl, label: footerUrl }));
	return [
		'<!doctype html>',
		`<html lang="${locale}">`,
		'<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escapeHtml(subject)}</title></head>`,
		'<body style="margin:0;padding:1em;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff">',
		'<div style="max-width:40em">',
		...body,
		`<hr style="border:none;border-top:1px solid #cccccc;margin:1.5em 0 1em"><p style="font-size:14px;color:#444444">${footerHtml}</p>`,
		'</div></body></html>'
	].join('\n');
}

function compose(locale: MailLocale, origin: string, subject: string, name: string, blocks: Block[]): MailContent {
	const greeting = m.reminder_mail_greeting({ name }, { locale });
	const url = settingsUrl(origin);
	const footer = m.reminder_mail_footer({ url }, { locale });
	return {
		subject,
		text: renderText(greeting, blocks, footer),
		html: renderHtml(locale, subject, greeting, blocks, footer, url)
	};
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
	const subject =
		count === 1
			? m.reminder_agreement_subject_one({}, { locale })
			: m.reminder_agreement_subject_many({ count }, { locale });
	const blocks: Block[] = [
		{
			p:
				count === 1
					? m.reminder_agreement_intro_one({}, { locale })
					: m.reminder_agreement_intro_many({ count }, { locale })
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
