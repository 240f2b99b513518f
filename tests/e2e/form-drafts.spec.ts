// Typed text is never lost (ADR 0025): a long form keeps a draft a moment after typing stops, puts
// it back with a note when the form opens again, and the browser asks before leaving with unsaved
// text. One thing a person does per test; waits for states ("Concept bewaard"), never for time.

import type { Page } from '@playwright/test';
import { makeCase, makeDraft } from '../factories';
import { getCase, saveCaseSection } from '$lib/domain/cases/case.server';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { expect, expectAxeClean, openMenu, test, visit, type World } from './fixtures';

type Db = Parameters<typeof makeCase>[0];

const draftSaved = (scope: Page | ReturnType<Page['locator']>) =>
	scope.getByRole('status').filter({ hasText: /Concept bewaard om \d{1,2}[:.]\d{2}/ });

/** A partnership whose coordinator is logged in on `page`, with one case. */
async function caseOf(world: World, db: Db, page: Page) {
	const { partnership, coordinator } = await world.partnership();
	const created = await makeCase(db, { partnershipId: partnership.id, userId: coordinator.id, code: 'K-CONCEPT-1' });
	await world.logIn(page, coordinator);
	return { partnership, coordinator, caseUrl: `${partnership.url}/casussen/${created.id}` };
}

test('a perspective typed and left through the menu is back, with a note, when the case opens again', async ({
	page,
	world,
	db
}) => {
	const { caseUrl } = await caseOf(world, db, page);
	await visit(page, caseUrl);
	const perspective = page.locator('section#perspectieven');
	const seen = perspective.getByRole('textbox', { name: 'Wat zie ik?' });
	await seen.fill('Het kind komt elke maandag te laat en is dan erg moe.');
	await expect(draftSaved(perspective)).toBeVisible();

	// Leaving asks first: the text is not saved in the case yet.
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(dialog.message());
		void dialog.accept();
	});
	await openMenu(page, 'Overleg');
	await expect(page.getByRole('heading', { level: 1, name: 'Overleg' })).toBeVisible();
	expect(asked).toEqual(['Je hebt wijzigingen die nog niet bewaard zijn. Wil je deze pagina toch verlaten?']);

	await visit(page, caseUrl);
	await expect(perspective.getByText(/^Je concept van .+ is teruggezet\.$/)).toBeVisible();
	await expect(seen).toHaveValue('Het kind komt elke maandag te laat en is dan erg moe.');
	await expectAxeClean(page);

	// Saved for real: the draft is gone, and leaving asks nothing.
	await perspective.getByRole('button', { name: 'Mijn kijk opslaan' }).click();
	await expect(perspective.getByText('Opgeslagen.')).toBeVisible();
	await expect(perspective.getByText(/is teruggezet/)).toHaveCount(0);
	await openMenu(page, 'Overleg');
	await expect(page.getByRole('heading', { level: 1, name: 'Overleg' })).toBeVisible();
	await visit(page, caseUrl);
	await expect(seen).toHaveValue('Het kind komt elke maandag te laat en is dan erg moe.');
	await expect(perspective.getByText(/is teruggezet/)).toHaveCount(0);
	expect(asked).toHaveLength(1);
});

test('leaving a section with unsaved text asks first, and staying keeps the text', async ({ page, world, db }) => {
	const { caseUrl } = await caseOf(world, db, page);
	await visit(page, caseUrl);
	const strengths = page.locator('section#sterktes');
	const field = strengths.getByRole('textbox').first();
	await field.fill('De grootmoeder helpt elke dag.');
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(dialog.type());
		void dialog.dismiss();
	});
	await openMenu(page, 'Overleg');
	await expect.poll(() => asked).toEqual(['confirm']);
	await expect(page).toHaveURL(caseUrl);
	await expect(field).toHaveValue('De grootmoeder helpt elke dag.');
});

test('a new agreement of a case and a new signal keep their drafts', async ({ page, world, db }) => {
	const { partnership, caseUrl } = await caseOf(world, db, page);
	page.on('dialog', (dialog) => void dialog.accept());
	await visit(page, caseUrl);
	const agreements = page.locator('section#afspraken');
	await agreements.getByRole('textbox', { name: 'Wat spreken we af?' }).fill('De school belt de ouders elke vrijdag.');
	await expect(draftSaved(agreements)).toBeVisible();
	await visit(page, `${partnership.url}/signalen/nieuw`);
	const title = page.getByRole('textbox', { name: 'Titel' });
	await title.fill('Wachtlijsten bij de thuisbegeleiding');
	await expect(draftSaved(page)).toBeVisible();

	await visit(page, caseUrl);
	await expect(agreements.getByText(/is teruggezet/)).toBeVisible();
	await expect(agreements.getByRole('textbox', { name: 'Wat spreken we af?' })).toHaveValue(
		'De school belt de ouders elke vrijdag.'
	);
	await visit(page, `${partnership.url}/signalen/nieuw`);
	await expect(page.getByText(/is teruggezet/)).toBeVisible();
	await expect(title).toHaveValue('Wachtlijsten bij de thuisbegeleiding');
	await expectAxeClean(page);

	// Discarded: the form is empty again, and stays so.
	await page.getByRole('button', { name: 'Concept weggooien' }).click();
	await expect(title).toHaveValue('');
	await visit(page, `${partnership.url}/signalen/nieuw`);
	await expect(title).toHaveValue('');
	await expect(page.getByText(/is teruggezet/)).toHaveCount(0);
});

test('a draft of a part someone saved since is shown next to the stored text, and can be put back', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator, caseUrl } = await caseOf(world, db, page);
	const caseId = caseUrl.split('/').pop()!;
	const scope = { partnershipId: partnership.id, caseId };
	const found = await getCase(db, { ...scope, userId: coordinator.id });
	if (!found?.ok) throw new Error('the coordinator reads every case');
	const version = found.sections.situation!.version;
	await makeDraft(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		formKey: draftKey.caseSection(caseId, 'situation'),
		values: { situation: 'Mijn versie van de situatie.', differences: '' },
		version
	});
	const colleague = await world.member(partnership, { role: 'coordinator' });
	const saved = await saveCaseSection(db, {
		...scope,
		kind: 'situation',
		content: { situation: 'De versie van een collega.' },
		version,
		userId: colleague.id
	});
	expect(saved.ok).toBe(true);

	await visit(page, caseUrl);
	const part = page.locator('section#situatie');
	const field = part.getByRole('textbox', { name: 'Wat speelt er?' });
	await expect(part.getByText(/^Iemand heeft dit bewaard nadat je concept begon\./)).toBeVisible();
	await expect(field).toHaveValue('De versie van een collega.');
	await expect(part.locator('details').getByText('Mijn versie van de situatie.')).toBeVisible();
	await expectAxeClean(page);
	await part.getByRole('button', { name: 'Zet mijn concept in het formulier' }).click();
	await expect(field).toHaveValue('Mijn versie van de situatie.');
	await expect(draftSaved(part)).toBeVisible();
});

test('the role card asks before leaving with unsaved text, and not after it is saved or when nothing changed', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(dialog.type());
		void dialog.dismiss();
	});
	// Nothing typed: leaving asks nothing.
	await visit(page, `${partnership.url}/rolkaart`);
	await openMenu(page, 'Overleg');
	await expect(page.getByRole('heading', { level: 1, name: 'Overleg' })).toBeVisible();
	expect(asked).toEqual([]);

	await visit(page, `${partnership.url}/rolkaart`);
	await page.getByRole('textbox', { name: 'Mijn kerntaak' }).fill('Leerlingen begeleiden bij schoolmoeheid.');
	await openMenu(page, 'Overleg');
	await expect.poll(() => asked).toEqual(['confirm']);
	await expect(page).toHaveURL(`${partnership.url}/rolkaart`);

	await page.getByRole('button', { name: 'Rolkaart opslaan' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Je rolkaart is opgeslagen.' })).toBeVisible();
	await openMenu(page, 'Overleg');
	await expect(page.getByRole('heading', { level: 1, name: 'Overleg' })).toBeVisible();
	expect(asked).toEqual(['confirm']);
});
