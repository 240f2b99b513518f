import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEml } from '../../../tests/eml';
import { createMailer, mailConfigFromEnv } from './mail';

const dirs: string[] = [];
afterEach(async () => {
	for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('mail settings', () => {
	it('writes to the outbox without SMTP settings', () => {
		const config = mailConfigFromEnv({ ORIGIN: 'https://brugwerk.example.be', OUTBOX_DIR: '/tmp/x' });
		expect(config).toEqual({
			from: 'Brugwerk <brugwerk@brugwerk.example.be>',
			transport: 'outbox',
			outboxDir: '/tmp/x'
		});
		expect(mailConfigFromEnv({})).toMatchObject({
			transport: 'outbox',
			outboxDir: path.resolve('data/outbox'),
			from: 'Brugwerk <brugwerk@localhost>'
		});
	});

	it('uses SMTP from SMTP_URL or SMTP_HOST', () => {
		expect(mailConfigFromEnv({ SMTP_URL: 'smtps://u:p@mail.example.be', MAIL_FROM: 'B <b@example.be>' })).toEqual({
			from: 'B <b@example.be>',
			transport: 'smtp',
			smtp: 'smtps://u:p@mail.example.be'
		});
		expect(
			mailConfigFromEnv({ SMTP_HOST: 'mail.example.be', SMTP_PORT: '465', SMTP_USER: 'u', SMTP_PASS: 'p' })
		).toMatchObject({
			transport: 'smtp',
			smtp: { host: 'mail.example.be', port: 465, secure: true, user: 'u', pass: 'p' }
		});
		expect(mailConfigFromEnv({ SMTP_HOST: 'mail.example.be' })).toMatchObject({
			smtp: { port: 587, secure: false, user: undefined }
		});
	});
});

describe('the outbox', () => {
	it('writes a complete, parseable message: subject, text and HTML alternative, attachment, unsubscribe link', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'brugwerk-outbox-'));
		dirs.push(dir);
		const mailer = createMailer({
			from: 'Brugwerk <brugwerk@example.be>',
			transport: 'outbox',
			outboxDir: path.join(dir, 'nested')
		});
		await mailer.send({
			to: { name: 'Eline Coördinator', address: 'eline@example.be' },
			subject: 'Uitnodiging: overleg over schoolkosten – één keer',
			text: 'Dag Eline,\n\nJe bent uitgenodigd.',
			html: '<p>Dag Eline,</p><p>Je bent uitgenodigd.</p>',
			attachments: [
				{
					filename: 'overleg.ics',
					content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
					contentType: 'text/calendar; charset=utf-8; method=PUBLISH'
				}
			],
			unsubscribeUrl: 'https://brugwerk.example.be/account/meldingen',
			tag: { kind: 'test' }
		});
		mailer.close();
		const files = await readdir(path.join(dir, 'nested'));
		expect(files).toHaveLength(1);
		expect(files[0]).toMatch(/^\d{8}T\d{6}Z-test-[0-9a-f]{8}\.eml$/);
		const raw = await readFile(path.join(dir, 'nested', files[0]!), 'utf8');
		expect(raw).toContain('\r\n');
		const mail = parseEml(raw);
		expect(mail.subject).toBe('Uitnodiging: overleg over schoolkosten – één keer');
		expect(mail.to).toContain('eline@example.be');
		expect(mail.from).toBe('Brugwerk <brugwerk@example.be>');
		expect(mail.header('message-id')).toMatch(/^<.+@.+>$/);
		expect(mail.header('date')).toBeTruthy();
		expect(mail.header('list-unsubscribe')).toBe('<https://brugwerk.example.be/account/meldingen>');
		expect(mail.text).toContain('Je bent uitgenodigd.');
		expect(mail.html).toContain('<p>Je bent uitgenodigd.</p>');
		expect(mail.attachments).toHaveLength(1);
		expect(mail.attachments[0]).toMatchObject({ type: 'text/calendar', filename: 'overleg.ics' });
		expect(mail.attachments[0]!.content).toContain('BEGIN:VCALENDAR');
	});
});
