import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { reminderPreferencesSchema } from '$lib/domain/reminders/reminder.schema';
import { getReminderPreferences, saveReminderPreferences } from '$lib/domain/reminders/reminders.server';
import { requireUser } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { email: user.email, preferences: await getReminderPreferences(getDb(), user.id) };
};

export const actions: Actions = {
	default: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(reminderPreferencesSchema, await event.request.formData());
		// Checkboxes cannot be invalid; a malformed post is refused without saving anything.
		if (!parsed.ok) return fail(400, { saved: false });
		await saveReminderPreferences(getDb(), { userId: user.id, input: parsed.data });
		return { saved: true };
	}
};
