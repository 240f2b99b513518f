// Who reads a case (ADR 0023), one thing a person does per test: a member who is not a partner
// sees only the code in the list and, opening it, who reads it; they ask for access; a case partner
// grants it in another browser, and the member then reads the case.

import { makeCase } from '../factories';
import { expect, expectAxeClean, test, visit } from './fixtures';

const SITUATION = 'Komt sinds de herfstvakantie vaak te laat.';

test('a member who is not a partner sees who reads the case, asks for access, and reads it once granted', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	const partner = await world.member(partnership, { name: 'Petra Partner' });
	const outsider = await world.member(partnership, { name: 'Omar Buiten' });
	const kase = await makeCase(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		code: 'T-42',
		situation: SITUATION,
		partners: [partner.membershipId]
	});

	await world.logIn(page, outsider);
	await visit(page, `${partnership.url}/casussen`);
	const row = page.getByRole('row', { name: /T-42/ });
	await expect(row.getByText('Je bent geen partner van deze casus.')).toBeVisible();
	await expectAxeClean(page);

	await row.getByRole('link', { name: 'T-42' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Wie mag deze casus lezen?' })).toBeVisible();
	await expect(page.getByText(/Je bent geen partner van deze casus\. Daarom/)).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Petra Partner' })).toBeVisible();
	await expect(page.locator('textarea[name="situation"]')).toHaveCount(0);
	await expect(page.getByText(SITUATION)).toHaveCount(0);
	await expectAxeClean(page);

	await page.getByLabel('Waarom heb je deze casus nodig?').fill('Ik begeleid het gezin vanaf deze week.');
	await page.getByRole('button', { name: 'Toegang vragen' }).click();
	await expect(page.getByText(/Je vroeg toegang op/)).toBeVisible();
	await expectAxeClean(page);

	// The partner, at another computer, sees the request on the case and grants it.
	const partnerPage = await world.pageFor(partner);
	await visit(partnerPage, `${partnership.url}/casussen/${kase.id}`);
	await partnerPage.getByRole('link', { name: 'Bekijk wie toegang vraagt' }).click();
	await expect(partnerPage.getByText('Ik begeleid het gezin vanaf deze week.')).toBeVisible();
	await expectAxeClean(partnerPage);
	await partnerPage.getByRole('button', { name: 'Toegang geven aan Omar Buiten' }).click();
	await expect(partnerPage.getByText('Toegang gegeven.', { exact: false })).toBeVisible();
	await expect(partnerPage.getByText('Niemand vraagt nu om toegang.')).toBeVisible();

	// The member now reads the case.
	await visit(page, `${partnership.url}/casussen/${kase.id}`);
	await expect(page.getByRole('heading', { level: 1, name: /T-42/ })).toBeVisible();
	await expect(page.locator('textarea[name="situation"]')).toHaveValue(SITUATION);
});
