// The notice before closed cases are purged, in the recipient's language, in the shared layout of
// $lib/mail-layout. A pure function. Nothing of a case goes into it (no code, no text): only how
// many cases, from which day, and a link to the closed cases in Brugwerk (ADR 0021).
import { formatDay } from '$lib/dates';
import { m } from '$lib/paraglide/messages.js';
import { composeMail, type MailContent, type MailLocale } from '$lib/mail-layout';

export function retentionNoticeMail({
	locale,
	name,
	origin,
	partnershipId,
	partnershipName,
	count,
	from
}: {
	locale: MailLocale;
	name: string;
	origin: string;
	partnershipId: string;
	partnershipName: string;
	count: number;
	/** The first day the content may go (YYYY-MM-DD, Belgian time). */
	from: string;
}): MailContent {
	const date = formatDay(from, 'full', locale);
	const settings = `${origin}/s/${partnershipId}/instellingen`;
	return composeMail({
		locale,
		subject: m.ret_mail_subject({ partnership: partnershipName }, { locale }),
		name,
		blocks: [
			{
				p: m.ret_mail_intro({ partnership: partnershipName, count, date }, { locale })
			},
			{ p: m.ret_mail_what({}, { locale }) },
			{ p: m.ret_mail_reopen({}, { locale }) },
			{
				button: {
					href: `${origin}/s/${partnershipId}/casussen?status=closed`,
					label: m.ret_mail_open({}, { locale })
				}
			}
		],
		footer: m.ret_mail_footer({ url: settings }, { locale }),
		footerUrl: settings
	});
}
