import { z } from 'zod';

/** A checkbox: present (any value) when ticked, absent when not. */
const box = z
	.string()
	.optional()
	.transform((value) => value !== undefined);

/** The reminder settings form: one checkbox per kind of mail. */
export const reminderPreferencesSchema = z.object({
	agreementDue: box,
	meetingInvitation: box,
	scanClosing: box
});

export type ReminderPreferencesInput = z.infer<typeof reminderPreferencesSchema>;
