// Removing a member with a handover: a coordinator removes a partner who owns two open agreements,
// names another partner as successor in one step, and the agreements show the new owner.

import { makeAgreement, makeCase } from '../factories';
import { expect, expectAxeClean, test, visit } from './fixtures';

test('a coordinator removes a member, hands their agreements to another, and they show the new owner', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	const leaving = await world.member(partnership, { name: 'Lien Vertrekt' });
	await world.member(partnership, { name: 'Bram Opvolger' });
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
	await world.logIn(page, coordinator);

	await visit(page, `${partnership.url}/leden`);
	await page.getByRole('link', { name: 'Lien Vertrekt verwijderen…' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lien Vertrekt verwijderen' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Huisbezoek plannen' })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Terugkoppelen aan school' })).toBeVisible();
	await expectAxeClean(page);

	// Without a successor nothing happens: the choice is asked next to the field.
	await page.getByRole('checkbox', { name: 'Ja, verwijder dit lid.' }).check();
	await page.getByRole('button', { name: 'Doorgeven en verwijderen' }).click();
	await expect(page.getByText('Kies wie dit overneemt.')).toBeVisible();
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
});
