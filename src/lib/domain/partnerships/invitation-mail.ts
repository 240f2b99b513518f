// The invitation to join a partnership, mailed to an address the coordinator typed. The recipient
// may not know Brugwerk yet: the mail says who invites them, what Brugwerk is and what the role
// means. It says nothing about cases: a newcomer reads those only after joining.
import { m } from '$lib/paraglide/messages.js';
import { dateFormat, TIME_ZONE } from '$lib/dates';
import { composeMail, type MailContent, type MailLocale } from '$lib/mail-layout';
import type { Role } from '$lib/domain/permissions/permissions';

export function invitationMail({
	locale,
	origin,
	partnershipName,
	inviterName,
	role,
	link,
	expiresAt
}: {
	locale: MailLocale;
	origin: string;
	partnershipName: string;
	inviterName: string;
	role: Role;
	link: string;
	expiresAt: Date;
}): MailContent {
	const l = { locale };
	const roleName = { coordinator: m.role_coordinator, member: m.role_member, observer: m.role_observer }[role]({}, l);
	const roleHelp = {
		coordinator: m.role_coordinator_help,
		member: m.role_member_help,
		observer: m.role_observer_help
	}[role]({}, l);
	const expires = dateFormat({ dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }, locale).format(expiresAt);
	const names = { inviter: inviterName, partnership: partnershipName };
	return composeMail({
		locale,
		subject: m.inv2_mail_subject(names, l),
		name: '',
		greeting: m.inv2_mail_greeting({}, l),
		blocks: [
			{ p: m.inv2_mail_intro(names, l) },
			{ p: m.inv2_mail_about({}, l) },
			{
				facts: [
					{ label: m.inv2_mail_partnership({}, l), value: partnershipName },
					{ label: m.inv2_mail_inviter({}, l), value: inviterName },
					{ label: m.inv2_mail_role({}, l), value: `${roleName}: ${roleHelp}` },
					{ label: m.inv2_mail_expires({}, l), value: expires }
				]
			},
			{ button: { href: link, label: m.inv2_mail_button({}, l) } },
			{ p: m.inv2_mail_once({ date: expires }, l) },
			{ p: m.inv2_mail_not_you({}, l) }
		],
		footer: m.inv2_mail_footer({ inviter: inviterName, url: origin }, l),
		footerUrl: origin
	});
}
