// The learning log, one thing a person does per test: an empty entry is refused with messages next
// to the fields; a bottleneck whose text holds a child's name is stopped by the personal-data guard,
// edited and saved clean; an entry is edited while a stale second tab gets a conflict; a success
// about another block is added; the list filters by building block and kind; an entry saved on
// purpose despite the warning is marked; an entry is deleted.

import type { Page } from '@playwright/test';
import { makeLearningEntry } from '../factories';
import { expect, expectAxeClean, openMenu, test, visit, type World } from './fixtures';

type Db = Parameters<typeof makeLearningEntry>[0];

const BOTTLENECK = 'De school hoort niets na een doorverwijzing';
const SUCCESS = 'Eén gesprek met alle diensten samen';

/** A partnership whose coordinator is logged in on `page`. */
async function coordinatorOf(world: World, page: Page) {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	return { partnership, coordinator };
}

/** The bottleneck about communication and the success about the relation, as the coordinator wrote them. */
async function twoEntries(db: Db, { partnership, coordinator }: Awaited<ReturnType<typeof coordinatorOf>>) {
	const scope = { partnershipId: partnership.id, userId: coordinator.id };
	const bottleneck = await makeLearningEntry(db, {
		...scope,
		kind: 'bottleneck',
		title: BOTTLENECK,
		description: 'Een leerling werd doorverwezen naar het CAW. De zorgcoördinator hoorde daarna niets meer.',
		lesson: 'Spreek een korte status af.',
		blocks: ['communicatie']
	});
	const success = await makeLearningEntry(db, {
		...scope,
		kind: 'success',
		title: SUCCESS,
		description:
			'School, CLB en CAW zaten samen met het gezin aan tafel. De ouders moesten hun verhaal maar één keer doen.',
		lesson: '',
		blocks: ['relatie']
	});
	return { bottleneck, success };
}

test('an empty entry is refused with a message next to each field', async ({ page, world }) => {
	const { partnership } = await coordinatorOf(world, page);
	await visit(page, partnership.url);
	await openMenu(page, 'Evalueren', 'Leerlogboek');
	await expect(page.getByRole('heading', { level: 1, name: 'Leerlogboek' })).toBeVisible();
	await expect(page.getByText('Nog niets in het leerlogboek.')).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('link', { name: 'Een knelpunt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuw in het leerlogboek' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Knelpunt' })).toBeChecked();
	await expectAxeClean(page);
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(page.getByText('Geef een korte titel (minstens 3 tekens).')).toBeVisible();
	await expect(page.getByText('Kies minstens één bouwsteen waar dit over gaat.')).toBeVisible();
	await expectAxeClean(page);
});

test('a bottleneck with a child’s name is stopped by the guard, then saved clean', async ({ page, world }) => {
	const { partnership } = await coordinatorOf(world, page);
	await visit(page, `${partnership.url}/leerlogboek/nieuw?soort=bottleneck`);
	await page.getByRole('textbox', { name: 'Titel' }).fill(BOTTLENECK);
	const description = page.getByRole('textbox', { name: 'Wat gebeurde er?' });
	await description.fill('Emma Peeters werd doorverwezen naar het CAW. De zorgcoördinator hoorde daarna niets meer.');
	await page
		.getByRole('textbox', { name: 'Wat leren we eruit, of wat zou helpen?' })
		.fill('Spreek een korte status af.');
	await page.getByRole('checkbox', { name: 'Werken aan communicatie' }).check();
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	// The guard warns, highlights the name and keeps everything typed.
	const warning = page.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' });
	await expect(warning).toBeVisible();
	await expect(warning.locator('mark').first()).toContainText('Emma Peeters');
	await expect(description).toHaveValue(/Emma Peeters/);
	await expect(page.getByRole('checkbox', { name: 'Werken aan communicatie' })).toBeChecked();
	await expectAxeClean(page);

	// Edited without the name: saved, and shown on its own page.
	await description.fill('Een leerling werd doorverwezen naar het CAW. De zorgcoördinator hoorde daarna niets meer.');
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(page.getByRole('heading', { level: 1, name: BOTTLENECK })).toBeVisible();
	await expect(page.getByText('persoonsgegevens leek')).toHaveCount(0);
	await expect(page.getByRole('link', { name: '6. Werken aan communicatie' })).toBeVisible();
	await expectAxeClean(page);
});

test('an entry is edited; a second tab that still shows the old version gets a conflict and keeps its text', async ({
	page,
	world,
	db,
	context
}) => {
	const team = await coordinatorOf(world, page);
	const { bottleneck } = await twoEntries(db, team);
	const entryUrl = `${team.partnership.url}/leerlogboek/${bottleneck.id}`;
	await visit(page, entryUrl);
	const stale = await context.newPage();
	await visit(stale, entryUrl);

	// Open the form, change the lesson, save.
	await page.getByText('Aanpassen', { exact: true }).click();
	await page
		.getByRole('textbox', { name: 'Wat leren we eruit, of wat zou helpen?' })
		.fill('Spreek per doorverwijzing een korte status af: aangemeld, bezig of afgerond.');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	await expect(page.locator('p.text').filter({ hasText: 'aangemeld, bezig of afgerond' })).toBeVisible();
	await expectAxeClean(page);

	// The stale tab shows what was saved meanwhile, and keeps its own text.
	await stale.getByText('Aanpassen', { exact: true }).click();
	await stale.getByRole('textbox', { name: 'Titel' }).fill('Geen nieuws na een doorverwijzing');
	await stale.getByRole('button', { name: 'Opslaan', exact: true }).click();
	const conflict = stale.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit deel intussen opgeslagen' });
	await expect(conflict).toContainText('aangemeld, bezig of afgerond');
	await expect(stale.getByRole('textbox', { name: 'Titel' })).toHaveValue('Geen nieuws na een doorverwijzing');
	await expectAxeClean(stale);
});

test('a success about another building block is added', async ({ page, world }) => {
	const { partnership } = await coordinatorOf(world, page);
	await visit(page, `${partnership.url}/leerlogboek/nieuw?soort=success`);
	await page.getByRole('textbox', { name: 'Titel' }).fill(SUCCESS);
	await page
		.getByRole('textbox', { name: 'Wat gebeurde er?' })
		.fill('School, CLB en CAW zaten samen met het gezin aan tafel. De ouders moesten hun verhaal maar één keer doen.');
	await page.getByRole('checkbox', { name: 'Werken aan relatie' }).check();
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(page.getByRole('heading', { level: 1, name: SUCCESS })).toBeVisible();
});

test('the list filters by building block and by kind, with counts', async ({ page, world, db }) => {
	const team = await coordinatorOf(world, page);
	const { success } = await twoEntries(db, team);
	// From an entry back to the list.
	await visit(page, `${team.partnership.url}/leerlogboek/${success.id}`);
	await page.getByRole('link', { name: 'Terug naar het leerlogboek' }).click();
	await expect(page.getByText('2 van 2 items getoond.')).toBeVisible();
	const filters = page.getByRole('navigation', { name: 'Filters van het leerlogboek' });
	await filters.getByRole('link', { name: 'Werken aan communicatie (1)' }).click();
	await expect(page.getByText('1 van 2 items getoond.')).toBeVisible();
	await expect(page.getByRole('link', { name: BOTTLENECK })).toBeVisible();
	await expect(page.getByRole('link', { name: SUCCESS })).toHaveCount(0);
	await expect(filters.getByRole('link', { name: 'Werken aan communicatie (1)' })).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expectAxeClean(page);
	// Both filters together: a success about communication does not exist.
	await filters.getByRole('link', { name: 'Wat goed liep (1)' }).click();
	await expect(page.getByText('0 van 2 items getoond.')).toBeVisible();
	await expect(page.getByText('Geen items bij deze filter.')).toBeVisible();
	await expectAxeClean(page);
	await filters.getByRole('link', { name: 'Alle bouwstenen (2)' }).click();
	await expect(page.getByText('1 van 2 items getoond.')).toBeVisible();
	await expect(page.getByRole('link', { name: SUCCESS })).toBeVisible();
});

test('an entry saved anyway despite the warning says so', async ({ page, world }) => {
	const { partnership } = await coordinatorOf(world, page);
	await visit(page, `${partnership.url}/leerlogboek/nieuw?soort=success`);
	await page.getByRole('textbox', { name: 'Titel' }).fill('Warme overdracht door Lies');
	await page
		.getByRole('textbox', { name: 'Wat gebeurde er?' })
		.fill('Een collega van het CLB stelde het gezin persoonlijk voor aan het CAW.');
	await page.getByRole('checkbox', { name: 'Werken aan relatie' }).check();
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' })).toBeVisible();
	await page.getByRole('button', { name: 'Toch opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Warme overdracht door Lies' })).toBeVisible();
	await expect(page.getByText('Opgeslagen, hoewel de tekst op persoonsgegevens leek.')).toBeVisible();
	await expectAxeClean(page);
});

test('an entry is deleted: the list shows the others without it', async ({ page, world, db }) => {
	const team = await coordinatorOf(world, page);
	await twoEntries(db, team);
	const doomed = await makeLearningEntry(db, {
		partnershipId: team.partnership.id,
		userId: team.coordinator.id,
		kind: 'success',
		title: 'Warme overdracht door Lies',
		description: 'Een collega van het CLB stelde het gezin persoonlijk voor aan het CAW.',
		lesson: '',
		blocks: ['relatie']
	});
	await visit(page, `${team.partnership.url}/leerlogboek/${doomed.id}`);
	await page.getByText('Verwijderen', { exact: true }).click();
	await page.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
	await expect(page.getByText('Het item is verwijderd.')).toBeVisible();
	await expect(page.getByText('2 van 2 items getoond.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Warme overdracht door Lies' })).toHaveCount(0);
	await expectAxeClean(page);
});

test('a long log shows 25 entries a page; the next page keeps the filter', async ({ page, world, db }) => {
	const team = await coordinatorOf(world, page);
	const scope = { partnershipId: team.partnership.id, userId: team.coordinator.id };
	for (let i = 1; i <= 27; i++)
		await makeLearningEntry(db, { ...scope, kind: 'bottleneck', title: `Knelpunt nummer ${i}`, blocks: ['relatie'] });
	await makeLearningEntry(db, { ...scope, kind: 'success', title: SUCCESS, blocks: ['relatie'] });
	await visit(page, `${team.partnership.url}/leerlogboek?soort=bottleneck`);
	const pager = page.getByRole('navigation', { name: 'Items' });
	await expect(pager.getByText('1–25 van 27')).toBeVisible();
	await expect(page.getByRole('link', { name: /^Knelpunt nummer/ })).toHaveCount(25);
	await pager.getByRole('link', { name: 'Volgende' }).click();
	await expect(page).toHaveURL(/soort=bottleneck/);
	await expect(pager.getByText('26–27 van 27')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Knelpunt nummer 1', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: SUCCESS })).toHaveCount(0);
	await expectAxeClean(page);
});
