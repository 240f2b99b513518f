import { describe, expect, it } from 'vitest';
import {
	agreementReminderMail,
	formatMailMeeting,
	mailLocale,
	meetingInvitationMail,
	scanClosingMail
} from './reminder-mail';

const origin = 'https://brugwerk.example.be';
const meeting = {
	id: 'm1',
	partnershipId: 'p1',
	partnershipName: 'Brugteam <Oost> & co',
	title: 'Overleg "schoolkosten"',
	startsAt: new Date('2026-07-01T12:00:00Z'),
	endsAt: new Date('2026-07-01T13:30:00Z'),
	place: '',
	onlineUrl: '',
	purpose: '',
	organiserName: null,
	inSeries: true
};

describe('reminder mails', () => {
	it('falls back to Dutch for an unknown language', () => {
		expect(mailLocale('fr')).toBe('fr');
		expect(mailLocale('de')).toBe('nl');
		expect(mailLocale(null)).toBe('nl');
	});

	it('shows meeting times in Belgian time, also in summer', () => {
		expect(formatMailMeeting(meeting.startsAt, meeting.endsAt, 'nl')).toBe('woensdag 1 juli 2026, 14:00 – 15:30');
		expect(formatMailMeeting(meeting.startsAt, meeting.endsAt, 'en')).toBe('Wednesday, 1 July 2026, 14:00 – 15:30');
	});

	it('escapes what users typed in the HTML and leaves out empty details', () => {
		const mail = meetingInvitationMail({ locale: 'nl', name: 'Ann <b>', origin, meeting, changed: false });
		expect(mail.html).toContain('Brugteam &lt;Oost&gt; &amp; co');
		expect(mail.html).toContain('Overleg &quot;schoolkosten&quot;');
		expect(mail.html).toContain('Dag Ann &lt;b&gt;,');
		expect(mail.html).not.toContain('<b>');
		expect(mail.text).toContain('Je bent uitgenodigd voor een overleg van Brugteam <Oost> & co.');
		expect(mail.text).not.toMatch(/^(Waar|Online|Doel):/m);
		expect(mail.text).toContain('Dit overleg komt regelmatig terug.');
	});

	it('ends every mail with how to turn reminders off, linking to the settings page', () => {
		const mails = [
			meetingInvitationMail({ locale: 'nl', name: 'Ann', origin, meeting, changed: true }),
			agreementReminderMail({
				locale: 'en',
				name: 'Ann',
				origin,
				items: [
					{
						agreementId: 'a1',
						partnershipId: 'p1',
						partnershipName: 'Brugteam',
						what: null,
						due: '2026-07-02',
						feedback: null
					}
				]
			}),
			scanClosingMail({
				locale: 'fr',
				name: 'Ann',
				origin,
				round: { roundId: 'r1', partnershipId: 'p1', partnershipName: 'Brugteam', title: 'Scan', lastDay: '2026-07-02' }
			})
		];
		for (const mail of mails) {
			expect(mail.text.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`${origin}/account/meldingen$`));
			expect(mail.html).toContain(`<a href="${origin}/account/meldingen">${origin}/account/meldingen</a>`);
		}
		expect(mails[0]!.subject).toBe('Nieuw tijdstip: Overleg "schoolkosten"');
		expect(mails[1]!.text).toContain('- An agreement in a case\n  Due by Thursday, 2 July 2026');
		expect(mails[2]!.text).toContain('Vous pouvez répondre jusqu’au: jeudi 2 juillet 2026');
	});
});
