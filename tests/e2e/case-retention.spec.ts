// Case retention (ADR 0021), one thing a person does per test: a coordinator sets how long closed
// cases are kept; a purged case's page says its content was removed and offers nothing to edit.

import { eq } from 'drizzle-orm';
import { cases } from '../../src/lib/server/db/schema';
import { makeCase } from '../factories';
import { expect, expectAxeClean, test, visit } from './fixtures';

test('a coordinator sets how long closed cases are kept', async ({ page, world }) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/instellingen`);
	const period = page.getByRole('combobox', { name: 'Bewaartermijn na het afsluiten' });
	await expect(period).toHaveValue('24');
	await expect(page.getByText(/De casus telt nog mee als afgesloten/)).toBeVisible();
	await period.selectOption({ label: '5 jaar' });
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('status')).toHaveText('De gegevens zijn opgeslagen.');
	await page.reload();
	await expect(period).toHaveValue('60');
	await expectAxeClean(page);
});

test("a purged case's page says its content was removed and offers nothing to edit", async ({ page, world, db }) => {
	const { partnership, coordinator } = await world.partnership();
	const made = await makeCase(db, { partnershipId: partnership.id, userId: coordinator.id, code: 'OUD-1' });
	const when = new Date('2026-03-02T10:00:00Z');
	await db
		.update(cases)
		.set({ status: 'closed', closedAt: new Date('2024-01-01T10:00:00Z'), purgedAt: when })
		.where(eq(cases.id, made.id));
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/casussen/${made.id}`);
	await expect(page.getByRole('heading', { level: 2, name: 'De inhoud van deze casus is gewist' })).toBeVisible();
	await expect(page.getByText(/op 2 mrt 2026/)).toBeVisible();
	await expect(page.locator('main form')).toHaveCount(0);
	await expectAxeClean(page);
	await visit(page, `${partnership.url}/casussen?status=closed`);
	await expect(page.getByRole('row', { name: /OUD-1/ })).toContainText('inhoud gewist');
});
