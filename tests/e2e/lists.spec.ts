// Long lists, one thing a person does per test: a coordinator narrows a year's worth of cases by
// status and code, and pages through them without JavaScript; a partner pages through "Mijn
// afspraken" while the overdue count stays that of the whole list. The state lives in the URL.

import { inArray } from 'drizzle-orm';
import { isoDate, makeAgreement, makeCase, makeMeeting } from '../factories';
import { cases } from '$lib/server/db/schema';
import { expect, expectAxeClean, test, visit } from './fixtures';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the case list pages by 25 and filters by status and code, keeping the filter', async ({ page, world, db }) => {
		const { partnership, coordinator } = await world.partnership();
		const scope = { partnershipId: partnership.id, userId: coordinator.id };
		for (let i = 1; i <= 27; i++) await makeCase(db, { ...scope, code: `K-${String(i).padStart(2, '0')}` });
		const closed = [];
		for (const code of ['Z-A1', 'Z-B2', 'Z-C3']) closed.push((await makeCase(db, { ...scope, code })).id);
		await db.update(cases).set({ status: 'closed' }).where(inArray(cases.id, closed));
		await world.logIn(page, coordinator);

		await visit(page, `${partnership.url}/casussen`);
		const pager = page.getByRole('navigation', { name: 'Casussen', exact: true });
		await expect(pager.getByText('1–25 van 30')).toBeVisible();
		await page.getByRole('link', { name: 'Open (27)' }).click();
		await expect(page).toHaveURL(/status=open/);
		await pager.getByRole('link', { name: 'Volgende' }).click();
		await expect(page).toHaveURL(/status=open.*pagina=2|pagina=2.*status=open/);
		await expect(pager.getByText('26–27 van 27')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Z-A1' })).toHaveCount(0);

		await page.getByRole('link', { name: 'Afgesloten (3)' }).click();
		await page.getByLabel('Zoek op code of schuilnaam').fill('b2');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await expect(page).toHaveURL(/status=closed/);
		await expect(page.getByRole('link', { name: 'Z-B2' })).toBeVisible();
		await expect(pager.getByText('1–1 van 1')).toBeVisible();
		await expect(page.getByLabel('Zoek op code of schuilnaam')).toHaveValue('b2');
		await expectAxeClean(page);
	});
});

test('“Mijn afspraken” pages by 25 and counts every overdue agreement', async ({ page, world, db }) => {
	const { partnership, coordinator } = await world.partnership();
	const partner = await world.member(partnership, { name: 'Tom Partner' });
	const scope = { partnershipId: partnership.id, userId: coordinator.id };
	const c = await makeCase(db, { ...scope, code: 'K-01' });
	for (let i = 0; i < 28; i++)
		await makeAgreement(db, {
			...scope,
			origin: { caseId: c.id },
			what: `Opvolging ${String(i).padStart(2, '0')}`,
			ownerId: partner.id,
			dueDate: isoDate(i < 3 ? -5 + i : i)
		});
	await makeAgreement(db, { ...scope, origin: { caseId: c.id }, what: 'Van iemand anders', ownerId: coordinator.id });
	await world.logIn(page, partner);

	await visit(page, `${partnership.url}/afspraken/mijn`);
	await expect(page.getByText('3 afspraken zijn te laat.')).toBeVisible();
	const pager = page.getByRole('navigation', { name: 'Mijn afspraken' });
	await expect(pager.getByText('1–25 van 28')).toBeVisible();
	await pager.getByRole('link', { name: 'Volgende' }).click();
	await expect(pager.getByText('26–28 van 28')).toBeVisible();
	await expect(page.getByText('3 afspraken zijn te laat.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Opvolging 27' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Van iemand anders' })).toHaveCount(0);

	await page.getByLabel('Status').selectOption({ label: 'Te laat' });
	await page.getByRole('button', { name: 'Toon' }).click();
	await expect(page).toHaveURL(/status=overdue/);
	await expect(pager.getByText('1–3 van 3')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Opvolging 00' })).toBeVisible();
	await expectAxeClean(page);
});

test('the members list narrows to one role and to a search, 25 a page', async ({ page, world }) => {
	const { partnership, coordinator } = await world.partnership();
	for (let i = 1; i <= 25; i++) await world.member(partnership, { name: `Partner ${String(i).padStart(2, '0')}` });
	await world.member(partnership, { name: 'Zoë Waarnemer', role: 'observer', organisationName: 'Stad Oostwijk' });
	await world.logIn(page, coordinator);

	await visit(page, `${partnership.url}/leden`);
	const pager = page.getByRole('navigation', { name: 'Partners', exact: true });
	await expect(pager.getByText('1–25 van 27')).toBeVisible();
	await page.getByRole('link', { name: 'Waarnemer (1)' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Zoë Waarnemer' })).toBeVisible();
	await expect(pager.getByText('1–1 van 1')).toBeVisible();
	await page.getByRole('link', { name: 'Iedereen (27)' }).click();
	await page.getByLabel('Zoek op naam of organisatie').fill('oostwijk');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page).toHaveURL(/zoek=oostwijk/);
	await expect(page.getByRole('heading', { level: 2, name: 'Zoë Waarnemer' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Partner 01' })).toHaveCount(0);
	await expectAxeClean(page);
});

test('the meetings list shows the coming ones, and the past ones latest first', async ({ page, world, db }) => {
	const { partnership, coordinator } = await world.partnership();
	const scope = { partnershipId: partnership.id, userId: coordinator.id };
	await makeMeeting(db, { ...scope, title: 'Overleg van volgende maand', date: isoDate(30) });
	await makeMeeting(db, { ...scope, title: 'Overleg van vorige maand', date: isoDate(-30) });
	await makeMeeting(db, { ...scope, title: 'Overleg van vorig trimester', date: isoDate(-90) });
	await world.logIn(page, coordinator);

	await visit(page, `${partnership.url}/overleg`);
	await expect(page.getByRole('heading', { level: 2, name: 'Komende overleggen' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Overleg van volgende maand' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Overleg van vorige maand' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Voorbij (2)' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Voorbije overleggen' })).toBeVisible();
	const rows = page.getByRole('table').getByRole('link', { name: /^Overleg van vori/ });
	await expect(rows).toHaveText(['Overleg van vorige maand', 'Overleg van vorig trimester']);
	await expectAxeClean(page);
});
