// The learning log: a bottleneck whose text holds a child's name is stopped by the personal-data
// guard, edited and saved clean; it is edited again (and a stale second tab gets a conflict);
// a second entry is added; the list filters by building block and kind; an entry saved on purpose
// despite the warning is marked, and deleted.

import { createPartnership, expect, expectAxeClean, openMenu, register, test } from './fixtures';

test('learning log: guard, edit, conflict, filters and delete', async ({ page, context }) => {
	test.setTimeout(120_000);
	await register(page, { name: 'Sofie Coördinator' });
	const partnership = await createPartnership(page);

	await openMenu(page, 'Evalueren', 'Leerlogboek');
	await expect(page.getByRole('heading', { level: 1, name: 'Leerlogboek' })).toBeVisible();
	await expect(page.getByText('Nog niets in het leerlogboek.')).toBeVisible();
	await expectAxeClean(page);

	// A bottleneck with a child's name: the guard warns, highlights it and keeps the text.
	await page.getByRole('link', { name: 'Een knelpunt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuw in het leerlogboek' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Knelpunt' })).toBeChecked();
	await expectAxeClean(page);
	// First nothing filled in: messages next to the fields.
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(page.getByText('Geef een korte titel (minstens 3 tekens).')).toBeVisible();
	await expect(page.getByText('Kies minstens één bouwsteen waar dit over gaat.')).toBeVisible();
	await expectAxeClean(page);

	await page.getByRole('textbox', { name: 'Titel' }).fill('De school hoort niets na een doorverwijzing');
	const description = page.getByRole('textbox', { name: 'Wat gebeurde er?' });
	await description.fill('Emma Peeters werd doorverwezen naar het CAW. De zorgcoördinator hoorde daarna niets meer.');
	await page.getByRole('textbox', { name: 'Wat leren we eruit, of wat zou helpen?' }).fill('Spreek een korte status af.');
	await page.getByRole('checkbox', { name: 'Werken aan communicatie' }).check();
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	const warning = page.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' });
	await expect(warning).toBeVisible();
	await expect(warning.locator('mark').first()).toContainText('Emma Peeters');
	await expect(description).toHaveValue(/Emma Peeters/);
	await expect(page.getByRole('checkbox', { name: 'Werken aan communicatie' })).toBeChecked();
	await expectAxeClean(page);

	// Edited without the name: saved, and shown on its own page.
	await description.fill('Een leerling werd doorverwezen naar het CAW. De zorgcoördinator hoorde daarna niets meer.');
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'De school hoort niets na een doorverwijzing' })).toBeVisible();
	await expect(page.getByText('persoonsgegevens leek')).toHaveCount(0);
	await expect(page.getByRole('link', { name: '6. Werken aan communicatie' })).toBeVisible();
	await expectAxeClean(page);
	const entryUrl = page.url();

	// Edit: open the form, change the lesson, save. A second tab that still shows the old version
	// gets a conflict that shows what was saved meanwhile, and keeps its own text.
	const stale = await context.newPage();
	await stale.goto(entryUrl);
	await page.getByText('Aanpassen', { exact: true }).click();
	await page.getByRole('textbox', { name: 'Wat leren we eruit, of wat zou helpen?' }).fill('Spreek per doorverwijzing een korte status af: aangemeld, bezig of afgerond.');
	await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	await expect(page.locator('p.text').filter({ hasText: 'aangemeld, bezig of afgerond' })).toBeVisible();
	await expectAxeClean(page);
	await stale.getByText('Aanpassen', { exact: true }).click();
	await stale.getByRole('textbox', { name: 'Titel' }).fill('Geen nieuws na een doorverwijzing');
	await stale.getByRole('button', { name: 'Opslaan', exact: true }).click();
	const conflict = stale.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit deel intussen opgeslagen' });
	await expect(conflict).toContainText('aangemeld, bezig of afgerond');
	await expect(stale.getByRole('textbox', { name: 'Titel' })).toHaveValue('Geen nieuws na een doorverwijzing');
	await expectAxeClean(stale);
	await stale.close();

	// A success about another block.
	await page.goto(`${partnership.url}/leerlogboek/nieuw?soort=success`);
	await page.getByRole('textbox', { name: 'Titel' }).fill('Eén gesprek met alle diensten samen');
	await page.getByRole('textbox', { name: 'Wat gebeurde er?' }).fill('School, CLB en CAW zaten samen met het gezin aan tafel. De ouders moesten hun verhaal maar één keer doen.');
	await page.getByRole('checkbox', { name: 'Werken aan relatie' }).check();
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Eén gesprek met alle diensten samen' })).toBeVisible();

	// The list filters by building block and by kind, with counts.
	await page.getByRole('link', { name: 'Terug naar het leerlogboek' }).click();
	await expect(page.getByText('2 van 2 items getoond.')).toBeVisible();
	const filters = page.getByRole('navigation', { name: 'Filters van het leerlogboek' });
	await filters.getByRole('link', { name: 'Werken aan communicatie (1)' }).click();
	await expect(page.getByText('1 van 2 items getoond.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'De school hoort niets na een doorverwijzing' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Eén gesprek met alle diensten samen' })).toHaveCount(0);
	await expect(filters.getByRole('link', { name: 'Werken aan communicatie (1)' })).toHaveAttribute('aria-current', 'true');
	await expectAxeClean(page);
	// Both filters together: a success about communication does not exist.
	await filters.getByRole('link', { name: 'Wat goed liep (1)' }).click();
	await expect(page.getByText('0 van 2 items getoond.')).toBeVisible();
	await expect(page.getByText('Geen items bij deze filter.')).toBeVisible();
	await expectAxeClean(page);
	await filters.getByRole('link', { name: 'Alle bouwstenen (2)' }).click();
	await expect(page.getByText('1 van 2 items getoond.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Eén gesprek met alle diensten samen' })).toBeVisible();

	// Saving anyway despite the warning is possible and said; then the entry is deleted.
	await page.goto(`${partnership.url}/leerlogboek/nieuw?soort=success`);
	await page.getByRole('textbox', { name: 'Titel' }).fill('Warme overdracht door Lies');
	await page.getByRole('textbox', { name: 'Wat gebeurde er?' }).fill('Een collega van het CLB stelde het gezin persoonlijk voor aan het CAW.');
	await page.getByRole('checkbox', { name: 'Werken aan relatie' }).check();
	await page.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' })).toBeVisible();
	await page.getByRole('button', { name: 'Toch opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Warme overdracht door Lies' })).toBeVisible();
	await expect(page.getByText('Opgeslagen, hoewel de tekst op persoonsgegevens leek.')).toBeVisible();
	await expectAxeClean(page);
	await page.getByText('Verwijderen', { exact: true }).click();
	await page.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
	await expect(page.getByText('Het item is verwijderd.')).toBeVisible();
	await expect(page.getByText('2 van 2 items getoond.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Warme overdracht door Lies' })).toHaveCount(0);
	await expectAxeClean(page);
});
