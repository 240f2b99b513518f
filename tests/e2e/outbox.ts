// The e2e app has no SMTP settings: it writes its mails to OUTBOX_DIR of tests/e2e/settings.js.
// These read that outbox (the whole run's: tests filter by recipient and subject).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import { parseEml, type Eml } from '../eml';
import { OUTBOX_DIR, timeout } from './settings.js';

const OUTBOX = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), OUTBOX_DIR);

/** Every mail in the outbox so far. */
export async function readOutbox(): Promise<(Eml & { file: string })[]> {
	const files = await readdir(OUTBOX).catch(() => [] as string[]);
	return Promise.all(
		files
			.filter((f) => f.endsWith('.eml'))
			.map(async (file) => ({ file, ...parseEml(await readFile(path.join(OUTBOX, file), 'utf8')) }))
	);
}

/** Mails to `to`: with a name ("Name <address>"), or to the bare address when we know no name (an invitation). */
export const mailsTo = async (to: { email: string }, subject: string) =>
	(await readOutbox()).filter(
		(m) => (m.to.includes(`<${to.email}>`) || m.to.trim() === to.email) && m.subject === subject
	);

/** The mail to `to` with `subject`, once it has been written (within seconds). */
export async function waitForMail(to: { email: string }, subject: string): Promise<Eml> {
	await expect
		.poll(async () => (await mailsTo(to, subject)).length, {
			timeout: timeout(30),
			message: `a mail "${subject}" to ${to.email}`
		})
		.toBe(1);
	return (await mailsTo(to, subject))[0]!;
}

/** The first link in a mail's text that starts with `origin + path`. */
export function linkIn(mail: Eml, pathStart: string): string {
	const found = mail.text.match(new RegExp(`https?://[^\\s]+${pathStart.replace(/[/.]/g, '\\$&')}[^\\s]*`));
	if (!found) throw new Error(`no link to ${pathStart} in: ${mail.text}`);
	return found[0];
}
