// The mail to a case's readers when a member asks to read it, in the recipient's language. Only the
// case's code, who asks and a link: never the reason they wrote nor anything of the case (ADR 0023).
import { m } from '$lib/paraglide/messages.js';
import { composeMail, type MailContent, type MailLocale } from '$lib/mail-layout';

export function caseAccessRequestMail({
	locale,
	name,
	asker,
	code,
	partnershipName,
	url
}: {
	locale: MailLocale;
	name: string;
	asker: string;
	code: string;
	partnershipName: string;
	url: string;
}): MailContent {
	return composeMail({
		locale,
		subject: m.acc_mail_subject({ code }, { locale }),
		name,
		blocks: [
			{ p: m.acc_mail_intro({ asker, code, partnership: partnershipName }, { locale }) },
			{ p: m.acc_mail_what({}, { locale }) },
			{ button: { href: url, label: m.acc_mail_open({}, { locale }) } }
		],
		footer: m.acc_mail_footer({ url }, { locale }),
		footerUrl: url
	});
}
