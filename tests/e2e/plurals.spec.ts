// Counts read right: a partnership with exactly one open case and one overdue agreement says so in
// the singular on its home and in "Mijn afspraken", in Dutch and in French (ADR 0027;
// src/lib/plurals.test.ts renders every message for 0, 1 and 2).

import type { BrowserContext, Page } from '@playwright/test';
import { isoDate, makeAgreement, makeCase } from '../factories';
import { expect, expectAxeClean, test, visit, type World } from './fixtures';

type Db = Parameters<typeof makeCase>[0];

/** The language cookie the language menu sets. */
async function speak(context: BrowserContext, baseURL: string | undefined, locale: 'fr') {
	await context.addCookies([{ name: 'brugwerk_lang', value: locale, url: baseURL ?? 'http://localhost' }]);
}

/** A partnership with one open case and one agreement on it, three days late, owned by its coordinator. */
async function oneOfEach(world: World, db: Db, page: Page) {
	const { partnership, coordinator } = await world.partnership();
	const scope = { partnershipId: partnership.id, userId: coordinator.id };
	const c = await makeCase(db, { ...scope, code: 'K-01' });
	await makeAgreement(db, {
		...scope,
		origin: { caseId: c.id },
		what: 'Gesprek met de ouders',
		ownerId: coordinator.id,
		dueDate: isoDate(-3)
	});
	await world.logIn(page, coordinator);
	return partnership;
}

/** The list items of the page's main content, as a reader reads them. */
const items = (page: Page) => page.getByRole('main').getByRole('listitem');

test('a home with one open case and one late agreement says it in the singular, in Dutch', async ({
	page,
	world,
	db
}) => {
	const partnership = await oneOfEach(world, db, page);
	await visit(page, partnership.url);
	await expect(
		items(page)
			.filter({ hasText: /^\s*1\s+lopende casus\s*$/ })
			.first()
	).toBeVisible();
	await expect(
		items(page)
			.filter({ hasText: /^\s*1\s+lopende afspraak\s*$/ })
			.first()
	).toBeVisible();
	await expect(items(page).filter({ hasText: /^\s*1\s+afspraak te laat\s*$/ })).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText(/\b1\s+(lopende casussen|lopende afspraken|afspraken)/);
	await expectAxeClean(page);

	await visit(page, `${partnership.url}/afspraken/mijn`);
	await expect(page.getByText('1 afspraak is te laat.')).toBeVisible();
	await expect(page.getByText('1 afspraken zijn te laat.')).toHaveCount(0);

	await visit(page, '/s');
	await expect(page.getByText('1 partner', { exact: true })).toBeVisible();
});

test('the same home in French says “1 situation en cours” and “1 accord en retard”', async ({
	page,
	world,
	db,
	baseURL
}) => {
	const partnership = await oneOfEach(world, db, page);
	await speak(page.context(), baseURL, 'fr');
	await visit(page, partnership.url);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(
		items(page)
			.filter({ hasText: /^\s*1\s+situation en cours\s*$/ })
			.first()
	).toBeVisible();
	await expect(
		items(page)
			.filter({ hasText: /^\s*1\s+accord en cours\s*$/ })
			.first()
	).toBeVisible();
	await expect(items(page).filter({ hasText: /^\s*1\s+accord en retard\s*$/ })).toBeVisible();
	await expect(page.getByRole('main')).not.toContainText(/\b1\s+(situations|accords)/);
	await expectAxeClean(page);

	await visit(page, `${partnership.url}/afspraken/mijn`);
	await expect(page.getByText('1 accord est en retard.')).toBeVisible();
});
