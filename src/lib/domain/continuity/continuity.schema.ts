// One line of the continuity plan (method "afstemming en taakafbakening"): a contact or connection,
// who holds it now, who takes over when that person leaves, and where the backup finds things.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';

export const CONTACT_MAX = 300;
export const HANDOVER_NOTE_MAX = 2000;

/** The free-text fields; the personal-data guard runs over each of them before saving. */
export const CONTINUITY_TEXT_FIELDS = ['contact', 'handoverNote'] as const;

export const continuityItemSchema = z
	.object({
		contact: z
			.string()
			.trim()
			.min(1, { error: () => m.cty_err_contact() })
			.max(CONTACT_MAX, { error: () => m.err_field_max({ max: CONTACT_MAX }) }),
		holderId: z.uuid({ error: () => m.cty_err_holder() }),
		/** '' is "nobody yet". */
		backupId: z
			.uuid({ error: () => m.cty_err_backup() })
			.or(z.literal(''))
			.default('')
			.transform((v) => v || null),
		handoverNote: z
			.string()
			.trim()
			.max(HANDOVER_NOTE_MAX, { error: () => m.err_field_max({ max: HANDOVER_NOTE_MAX }) })
			.default('')
	})
	.refine((item) => item.backupId !== item.holderId, {
		path: ['backupId'],
		error: () => m.cty_err_backup_is_holder()
	});
export type ContinuityItemInput = z.infer<typeof continuityItemSchema>;

/** The plan's filters (`?zonder=backup&van=mij`); anything unknown means "all". */
export const continuityFilterSchema = z.object({
	zonder: z.literal('backup').or(z.literal('')).catch(''),
	van: z.literal('mij').or(z.literal('')).catch('')
});
export type ContinuityFilter = z.infer<typeof continuityFilterSchema>;
