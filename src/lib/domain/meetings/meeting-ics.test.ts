import { describe, expect, it } from 'vitest';
import { meetingToIcs, meetingUid } from './meeting-ics';
import { brusselsToUtc } from './meeting-time';

const meeting = {
	id: '5b0c7c1e-8a53-4d43-9d1c-0a7d3c1f0a11',
	partnershipId: '0f5e2a57-2f55-4c2b-8d38-3f9f6d2b7c01',
	title: 'Structureel overleg, najaar',
	startsAt: brusselsToUtc('2026-11-17', '14:00'),
	endsAt: brusselsToUtc('2026-11-17', '15:30'),
	place: 'Basisschool De Linde, vergaderzaal',
	onlineUrl: 'https://meet.example.be/brug',
	purpose: 'Samen de werking van dit trimester bekijken.',
	cancelled: false,
	version: 3,
	updatedAt: new Date('2026-10-01T08:00:00Z'),
	agenda: ['Nieuwe partners voorstellen', 'Schoolkosten']
};

/** RFC 5545 folds long lines; unfold before reading. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('a meeting as an .ics file', () => {
	it('is a published calendar with one event in UTC, a stable UID and the agenda', () => {
		const ics = unfold(meetingToIcs(meeting, 'https://brugwerk.example'));
		expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(ics).toContain('METHOD:PUBLISH');
		expect(ics).toContain(`UID:${meetingUid(meeting.id)}`);
		// 14:00 in Brussels in November (winter time, UTC+1) is 13:00 UTC.
		expect(ics).toContain('DTSTART:20261117T130000Z');
		expect(ics).toContain('DTEND:20261117T143000Z');
		expect(ics).toContain('SUMMARY:Structureel overleg\\, najaar');
		expect(ics).toContain('LOCATION:Basisschool De Linde\\, vergaderzaal');
		expect(ics).toContain('STATUS:CONFIRMED');
		expect(ics).toContain('SEQUENCE:2');
		expect(ics).toContain('DTSTAMP:20261001T080000Z');
		expect(ics).toContain(`URL:https://brugwerk.example/s/${meeting.partnershipId}/overleg/${meeting.id}`);
		expect(ics).toContain('1. Opvolging van open afspraken\\n2. Nieuwe partners voorstellen\\n3. Schoolkosten');
		expect(ics).toContain('Online: https://meet.example.be/brug');
		expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
		// The same meeting always gives the same file.
		expect(meetingToIcs(meeting, 'https://brugwerk.example')).toBe(meetingToIcs(meeting, 'https://brugwerk.example'));
	});

	it('marks a cancelled meeting, and uses the online link when there is no place', () => {
		const ics = unfold(
			meetingToIcs(
				{
					...meeting,
					cancelled: true,
					place: '',
					startsAt: brusselsToUtc('2027-05-04', '09:00'),
					endsAt: brusselsToUtc('2027-05-04', '10:00')
				},
				'https://x.example'
			)
		);
		expect(ics).toContain('STATUS:CANCELLED');
		expect(ics).toContain('LOCATION:https://meet.example.be/brug');
		// Summer time: 09:00 in Brussels is 07:00 UTC.
		expect(ics).toContain('DTSTART:20270504T070000Z');
	});
});
