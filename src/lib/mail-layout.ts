// The shape every Brugwerk mail shares: a greeting, blocks (paragraphs, facts, items, a button) and a
// footer, rendered once as plain text and once as HTML from the same list so the two never drift
// apart. Pure functions; the mails' content lives with their domain (reminders, accounts).
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

export type Link = { href: string; label: string };
export type Block =
	| { p: string }
	| { facts: { label: string; value: string; href?: string }[] }
	| { items: { title: string; lines: string[]; link: Link }[] }
	| { button: Link };

export const escapeHtml = (s: string) =>
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

/**
 * A whole mail: the greeting names the recipient (or is given, for someone whose name we do not
 * know yet); the footer says why they get it, with a link.
 */
export function composeMail({
	locale,
	subject,
	name,
	greeting = m.reminder_mail_greeting({ name }, { locale }),
	blocks,
	footer,
	footerUrl
}: {
	locale: MailLocale;
	subject: string;
	name: string;
	greeting?: string;
	blocks: Block[];
	footer: string;
	footerUrl: string;
}): MailContent {
	return {
		subject,
		text: renderText(greeting, blocks, footer),
		html: renderHtml(locale, subject, greeting, blocks, footer, footerUrl)
	};
}
