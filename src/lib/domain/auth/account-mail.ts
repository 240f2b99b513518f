// The mails about the account itself, in the recipient's language and the shared layout. Each says
// what happened and what to do if it was not you; none carries a password or a code.
import { m } from '$lib/paraglide/messages.js';
import { composeMail, type Block, type MailContent, type MailLocale } from '$lib/mail-layout';

type Base = { locale: MailLocale; name: string; origin: string };

function accountMail(base: Base, subject: string, blocks: Block[]): MailContent {
	const { locale, name, origin } = base;
	return composeMail({
		locale,
		subject,
		name,
		blocks,
		footer: m.account_mail_footer({ url: origin }, { locale }),
		footerUrl: origin
	});
}

export const resetUrl = (origin: string) => `${origin}/wachtwoord-vergeten`;

export function passwordResetMail(base: Base & { link: string }): MailContent {
	const { locale } = base;
	return accountMail(base, m.account_mail_reset_subject({}, { locale }), [
		{ p: m.account_mail_reset_intro({}, { locale }) },
		{ button: { href: base.link, label: m.account_mail_reset_button({}, { locale }) } },
		{ p: m.account_mail_reset_not_you({}, { locale }) }
	]);
}

export function confirmAddressMail(base: Base & { link: string }): MailContent {
	const { locale } = base;
	return accountMail(base, m.account_mail_confirm_subject({}, { locale }), [
		{ p: m.account_mail_confirm_intro({}, { locale }) },
		{ button: { href: base.link, label: m.account_mail_confirm_button({}, { locale }) } },
		{ p: m.account_mail_confirm_not_you({}, { locale }) }
	]);
}

/** Someone registered with an address that already has an account: the owner hears it, the form said nothing. */
export function accountExistsMail(base: Base): MailContent {
	const { locale, origin } = base;
	return accountMail(base, m.account_mail_exists_subject({}, { locale }), [
		{ p: m.account_mail_exists_intro({}, { locale }) },
		{ button: { href: `${origin}/inloggen`, label: m.account_mail_exists_login({}, { locale }) } },
		{ p: m.account_mail_exists_forgot({ url: resetUrl(origin) }, { locale }) },
		{ p: m.account_mail_exists_not_you({}, { locale }) }
	]);
}

/** To the new address: the link that makes the change. */
export function emailChangeConfirmMail(base: Base & { link: string }): MailContent {
	const { locale } = base;
	return accountMail(base, m.account_mail_change_subject({}, { locale }), [
		{ p: m.account_mail_change_intro({}, { locale }) },
		{ button: { href: base.link, label: m.account_mail_change_button({}, { locale }) } },
		{ p: m.account_mail_change_not_you({}, { locale }) }
	]);
}

/** To the new address when it already belongs to another account: nothing changes. */
export function emailChangeTakenMail(base: Base): MailContent {
	const { locale } = base;
	return accountMail(base, m.account_mail_change_taken_subject({}, { locale }), [
		{ p: m.account_mail_change_taken_intro({}, { locale }) }
	]);
}

/** To the old address, when the change is asked and when it is made. */
export function emailChangeNoticeMail(base: Base & { newEmail: string; done: boolean }): MailContent {
	const { locale, newEmail, done } = base;
	return accountMail(
		base,
		done ? m.account_mail_changed_subject({}, { locale }) : m.account_mail_change_asked_subject({}, { locale }),
		[
			{
				p: done
					? m.account_mail_changed_intro({ email: newEmail }, { locale })
					: m.account_mail_change_asked_intro({ email: newEmail }, { locale })
			},
			{ p: m.account_mail_change_notice_not_you({}, { locale }) }
		]
	);
}

export function passwordChangedMail(base: Base): MailContent {
	const { locale, origin } = base;
	return accountMail(base, m.account_mail_password_subject({}, { locale }), [
		{ p: m.account_mail_password_intro({}, { locale }) },
		{ p: m.account_mail_password_not_you({ url: resetUrl(origin) }, { locale }) }
	]);
}

/** To the old address, after the account was deleted: the last mail it gets from us. */
export function accountDeletedMail(base: Base): MailContent {
	const { locale } = base;
	return accountMail(base, m.cont_delete_mail_subject({}, { locale }), [
		{ p: m.cont_delete_mail_intro({}, { locale }) },
		{ p: m.cont_delete_mail_again({}, { locale }) }
	]);
}
