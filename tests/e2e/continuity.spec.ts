// The continuity plan (method "afstemming en taakafbakening"), one thing a person does per test: a
// member sees a contact flagged without backup and names one; the plan and the history show it,
// and the plan prints as "Continuïteitsplan". Without JavaScript, a backup who is the holder is
// refused next to the field with the input kept. An observer reads the plan only.

import type { Db } from '$lib/server/db/client';
import { createContinuityItem } from '$lib/domain/continuity/continuity.server';
import { expect, expectAxeClean, expectNothingSticksOut, openMenu, test, visit, type World } from './fixtures';

const CONTACT = 'De oudergroep van de brede school';

/** A coordinator (Els), a member (Mira), and one contact Els holds without a backup. */
async function planTeam(world: World, db: Db) {
	const { partnership, coordinator } = await world.partnership({
		coordinator: await world.user({ name: 'Els Coördinator' })
	});
	const member = await world.member(partnership, { name: 'Mira Partner' });
	const created = await createContinuityItem(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		input: { contact: CONTACT, holderId: coordinator.id, backupId: null, handoverNote: 'De map op de gedeelde schijf.' }
	});
	if (!created.ok) throw new Error('setup refused');
	return { partnership, coordinator, member, itemId: created.id };
}

test('a member names a backup for a contact', async ({ page, world, db }) => {
	const { partnership, member } = await planTeam(world, db);
	await world.logIn(page, member);
	await visit(page, partnership.url);
	// Through the menu on a phone, where it lists every page.
	await page.setViewportSize({ width: 360, height: 780 });
	await openMenu(page, 'Werkbladen', 'Continuïteitsplan');
	await expect(page.getByRole('heading', { level: 1, name: 'Continuïteitsplan' })).toBeVisible();
	await expectAxeClean(page);
	const plan = page.getByRole('table', { name: 'Het plan' });
	const row = plan.getByRole('row').filter({ hasText: CONTACT });
	await expect(row).toContainText('Nog niemand');
	await expect(page.getByText('Zonder vervanger: 1 van de 1 contacten.')).toBeVisible();

	await row.getByRole('link', { name: CONTACT }).click();
	await expect(page.getByRole('heading', { level: 1, name: CONTACT })).toBeVisible();
	await expectAxeClean(page);
	const edit = page.getByRole('form', { name: 'Contact aanpassen' });
	await edit.getByRole('combobox', { name: 'Wie neemt over als die persoon vertrekt?' }).selectOption({
		label: 'Mira Partner'
	});
	await edit.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).first()).toBeVisible();
	await expect(page.locator('dl.summary')).toContainText('Mira Partner');
	const history = page.getByRole('region', { name: 'Geschiedenis' });
	await expect(history.getByRole('listitem')).toHaveCount(2);
	await expect(history.getByRole('listitem').first()).toContainText('Neemt over');

	await page.getByRole('link', { name: 'Terug naar het continuïteitsplan' }).click();
	await expect(plan.getByRole('row').filter({ hasText: CONTACT })).toContainText('Mira Partner');
	await expect(page.getByText(/Zonder vervanger/)).toHaveCount(0);
	await page.getByRole('link', { name: /Mijn contacten/ }).click();
	await expect(plan.getByRole('row').filter({ hasText: CONTACT })).toBeVisible();

	// A phone and paper: the plan stays a table, the add form and filters stay off the page.
	await expectNothingSticksOut(page);
	await expectAxeClean(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { level: 1, name: 'Continuïteitsplan' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Een contact toevoegen' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Het plan filteren' })).toBeHidden();
	await expect(plan).toBeVisible();
});

test('an observer reads the plan but gets no form; another partnership’s item is a 404', async ({
	page,
	world,
	db
}) => {
	const { partnership, itemId } = await planTeam(world, db);
	const observer = await world.member(partnership, { role: 'observer', name: 'Waarnemer' });
	await world.logIn(page, observer);
	await visit(page, `${partnership.url}/continuiteit`);
	await expect(page.getByRole('table', { name: 'Het plan' })).toContainText(CONTACT);
	await expect(page.getByRole('heading', { name: 'Een contact toevoegen' })).toHaveCount(0);
	await visit(page, `${partnership.url}/continuiteit/${itemId}`);
	await expect(page.getByRole('form', { name: 'Contact aanpassen' })).toHaveCount(0);

	const other = await world.partnership();
	await world.logIn(page, other.coordinator);
	const response = await page.goto(`${other.partnership.url}/continuiteit/${itemId}`);
	expect(response?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a backup who is the holder is refused next to the field, and what was typed stays', async ({ page, world }) => {
		const { partnership } = await world.partnership({ coordinator: await world.user({ name: 'Els Coördinator' }) });
		const member = await world.member(partnership, { name: 'Mira Partner' });
		await world.logIn(page, member);
		await visit(page, `${partnership.url}/continuiteit`);
		const add = page.getByRole('form', { name: 'Een contact toevoegen' });
		await add.getByRole('textbox', { name: /^Contact/ }).fill('Het onthaal van het OCMW');
		await add.getByRole('combobox', { name: /Wie heeft het contact nu/ }).selectOption({ label: 'Mira Partner' });
		await add.getByRole('combobox', { name: /Wie neemt over/ }).selectOption({ label: 'Mira Partner' });
		await add.getByRole('button', { name: 'Toevoegen aan het plan' }).click();
		await expect(page.getByText('De vervanger moet iemand anders zijn dan wie het contact nu heeft.')).toBeVisible();
		await expect(add.getByRole('textbox', { name: /^Contact/ })).toHaveValue('Het onthaal van het OCMW');
		await expectAxeClean(page);
		await add.getByRole('combobox', { name: /Wie neemt over/ }).selectOption({ label: 'Els Coördinator' });
		await add.getByRole('button', { name: 'Toevoegen aan het plan' }).click();
		await expect(page.getByText('Het contact staat in het plan.')).toBeVisible();
		await expect(
			page.getByRole('table', { name: 'Het plan' }).getByRole('row').filter({ hasText: 'OCMW' })
		).toContainText('Els Coördinator');
	});
});
