// Removing a member with a handover: a coordinator removes a partner who owns two open agreements,
// a pilot, a contact of the continuity plan and a letter on a recurring task, names another partner
// as successor in one step, and the agreements show the new owner (the worksheet records too).

import { eq } from 'drizzle-orm';
import { continuityItems, pilots, recurringTaskAssignments } from '$lib/server/db/schema';
import { makeAgreement, makeCase } from '../factories';
import { makeContinuityRecord, makePilotRecord, makeRecurringTaskRecord } from '../worksheet-records';
import { expect, expectAxeClean, test, visit } from './fixtures';

test('a coordinator removes a member, hands their agreements to another, and they show the new owner', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	const leaving = await world.member(partnership, { name: 'Lien Vertrekt' });
	const heir = await world.member(partnership, { name: 'Bram Opvolger' });
	const scope = { partnershipId: partnership.id, userId: coordinator.id };
	const c = await makeCase(db, { ...scope, code: 'K-07' });
	const first = await makeAgreement(db, {
		...scope,
		origin: { caseId: c.id },
		what: 'Huisbezoek plannen',
		ownerId: leaving.id
	});
	await makeAgreement(db, {
		...scope,
		origin: { caseId: c.id },
		what: 'Terugkoppelen aan school',
		ownerId: leaving.id
	});
	const pilot = await makePilotRecord(db, { ...scope, ownerId: leaving.id, title: 'Samen op huisbezoek' });
	const contact = await makeContinuityRecord(db, { ...scope, contact: 'De school en het OCMW', holderId: leaving.id });
	const task = await makeRecurringTaskRecord(db, {
		...scope,
		title: 'Verslag van het overleg',
		letters: [{ membershipId: leaving.membershipId, letter: 'A' }]
	});
	await world.logIn(page, coordinator);

	await visit(page, `${partnership.url}/leden`);
	await page.getByRole('link', { name: 'Lien Vertrekt verwijderen…' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lien Vertrekt verwijderen' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Huisbezoek plannen' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Terugkoppelen aan school' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Pilots als eigenaar' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Samen op huisbezoek' })).toBeVisible();
	await expect(
		page.getByRole('listitem').filter({ hasText: 'De school en het OCMW · houdt het contact' })
	).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'A · Verslag van het overleg' })).toBeVisible();
	await expectAxeClean(page);

	// Without a successor nothing happens: the choice is asked next to the field.
	await page.getByRole('checkbox', { name: 'Ja, verwijder dit lid.' }).check();
	await page.getByRole('button', { name: 'Doorgeven en verwijderen' }).click();
	// Each kind held is named at its own field, and once at the field for everything.
	await expect(page.locator('#f-all-error')).toHaveText('Kies wie dit overneemt.');
	await expect(page.locator('#f-pilots-error')).toHaveText('Kies wie dit overneemt.');
	await expectAxeClean(page);

	await page.getByLabel('Wie neemt alles over?').selectOption({ label: 'Bram Opvolger (CLB Test)' });
	await page.getByRole('checkbox', { name: 'Ja, verwijder dit lid.' }).check();
	await page.getByRole('button', { name: 'Doorgeven en verwijderen' }).click();
	await expect(page.getByText('Het lid is verwijderd. Wat het beheerde, is doorgegeven.')).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Lien Vertrekt' })).toHaveCount(0);

	await visit(page, `${partnership.url}/afspraken/${first.id}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Afspraak' })).toBeVisible();
	await expect(page.getByText('Open Bram Opvolger')).toBeVisible();
	// The history names the owner change, as after a change on this page.
	await expect(page.getByRole('heading', { level: 2, name: 'Geschiedenis' })).toBeVisible();

	// The worksheet records went to the same successor in the same step.
	const [ownedPilot] = await db.select().from(pilots).where(eq(pilots.id, pilot.id));
	expect(ownedPilot?.ownerId).toBe(heir.id);
	const [heldContact] = await db.select().from(continuityItems).where(eq(continuityItems.id, contact.id));
	expect(heldContact?.holderId).toBe(heir.id);
	const letters = await db.select().from(recurringTaskAssignments).where(eq(recurringTaskAssignments.taskId, task.id));
	expect(letters.map((l) => [l.membershipId, l.letter])).toEqual([[heir.membershipId, 'A']]);
});
