// Demo reminder preferences.
import type { Tx } from '$lib/server/db/client';
import { saveReminderPreferences } from '$lib/domain/reminders/reminders.server';
import type { DemoContext } from './context';
import { can, mayHold } from '$lib/domain/permissions/permissions';

/** Demo: one partner has turned meeting invitations off (he follows meetings in his calendar feed). */
export async function seedDemoReminders(tx: Tx, ctx: DemoContext): Promise<void> {
	const partner = ctx.members
		.filter((mb) => mayHold(mb.role, 'meeting:invitee') && !can(mb.role, 'meeting:write'))
		.at(-1);
	if (!partner) return;
	await saveReminderPreferences(tx, {
		userId: partner.userId,
		input: { agreementDue: true, meetingInvitation: false, scanClosing: true }
	});
}
