// Outgoing e-mail. With SMTP settings in the environment, nodemailer sends over SMTP; without them,
// every mail is written as a complete .eml file (headers, text and HTML alternative, attachments)
// to the outbox directory, so nothing is lost and tests can read what would have been sent.
//
// Environment: SMTP_URL (e.g. smtps://user:pass@mail.example.be:465), or SMTP_HOST, SMTP_PORT
// (587), SMTP_USER, SMTP_PASS, SMTP_SECURE (true for implicit TLS; default: port 465);
// MAIL_FROM ("Brugwerk <brugwerk@example.be>"); OUTBOX_DIR (data/outbox) when SMTP is not set.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { env } from '$env/dynamic/private';
import { log } from './log';

export interface MailAddress {
	name: string;
	address: string;
}

export interface MailAttachment {
	filename: string;
	content: string;
	/** e.g. 'text/calendar; charset=utf-8; method=PUBLISH' */
	contentType: string;
}

export interface Mail {
	to: MailAddress;
	subject: string;
	text: string;
	html: string;
	attachments?: MailAttachment[];
	/** The page where the recipient turns these mails off (sent as List-Unsubscribe). */
	unsubscribeUrl?: string;
	/** Only for the log line: what kind of mail it is and for which user (never the body). */
	tag: { kind: string; userId?: string };
}

export type SendMail = (mail: Mail) => Promise<void>;

export type MailConfig = {
	from: string;
} & (
	| { transport: 'smtp'; smtp: string | { host: string; port: number; secure: boolean; user?: string; pass?: string } }
	| { transport: 'outbox'; outboxDir: string }
);

/** The mail settings from the environment (see the top of this file). */
export function mailConfigFromEnv(e: Record<string, string | undefined> = env): MailConfig {
	const host = (() => {
		try {
			return new URL(e.ORIGIN ?? '').hostname || 'localhost';
		} catch {
			return 'localhost';
		}
	})();
	const from = e.MAIL_FROM || `Brugwerk <brugwerk@${host}>`;
	if (e.SMTP_URL) return { from, transport: 'smtp', smtp: e.SMTP_URL };
	if (e.SMTP_HOST) {
		const port = Number(e.SMTP_PORT || 587);
		return {
			from,
			transport: 'smtp',
			smtp: {
				host: e.SMTP_HOST,
				port,
				secure: e.SMTP_SECURE ? e.SMTP_SECURE === 'true' : port === 465,
				user: e.SMTP_USER || undefined,
				pass: e.SMTP_PASS || undefined
			}
		};
	}
	return { from, transport: 'outbox', outboxDir: path.resolve(e.OUTBOX_DIR || 'data/outbox') };
}

function message(mail: Mail, from: string) {
	return {
		from,
		to: mail.to,
		subject: mail.subject,
		text: mail.text,
		html: mail.html,
		attachments: mail.attachments?.map((a) => ({
			filename: a.filename,
			content: a.content,
			contentType: a.contentType
		})),
		...(mail.unsubscribeUrl ? { list: { unsubscribe: mail.unsubscribeUrl } } : {}),
		headers: { 'Auto-Submitted': 'auto-generated' }
	};
}

/** A mailer for one configuration: SMTP, or .eml files in the outbox. */
export function createMailer(config: MailConfig): { send: SendMail; close: () => void } {
	if (config.transport === 'smtp') {
		const smtp = config.smtp;
		const transport =
			typeof smtp === 'string'
				? nodemailer.createTransport(smtp)
				: nodemailer.createTransport({
						host: smtp.host,
						port: smtp.port,
						secure: smtp.secure,
						auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined
					});
		return {
			send: async (mail) => {
				const info = await transport.sendMail(message(mail, config.from));
				log.info({ mail: { ...mail.tag, messageId: info.messageId, via: 'smtp' } }, 'Mail sent');
			},
			close: () => transport.close()
		};
	}
	// Builds the raw message exactly as it would go over SMTP (CRLF line ends, RFC 5322).
	const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
	return {
		send: async (mail) => {
			const info = await builder.sendMail(message(mail, config.from));
			await mkdir(config.outboxDir, { recursive: true });
			const stamp = new Date()
				.toISOString()
				.replace(/[-:]/g, '')
				.replace(/\.\d+Z$/, 'Z');
			const name = `${stamp}-${mail.tag.kind}-${randomBytes(4).toString('hex')}.eml`;
			const file = path.join(config.outboxDir, name);
			// Written under a temporary name first: a reader never sees half a message.
			await writeFile(`${file}.part`, info.message as Buffer, { mode: 0o600 });
			await rename(`${file}.part`, file);
			log.info(
				{ mail: { ...mail.tag, messageId: info.messageId, via: 'outbox', file: name } },
				'Mail written to the outbox'
			);
		},
		close: () => builder.close()
	};
}

/**
 * The site's address for links in mails: the configured ORIGIN, never a request's Host header, so a
 * forged header cannot make Brugwerk mail a link to someone else's site.
 */
export const siteOrigin = (): string => env.ORIGIN || `http://localhost:${env.PORT || 5173}`;

let shared: ReturnType<typeof createMailer> | undefined;

/** Sends one mail with the settings from the environment. */
export const sendMail: SendMail = (mail) => {
	shared ??= createMailer(mailConfigFromEnv());
	return shared.send(mail);
};
