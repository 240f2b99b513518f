// Case work (step 2 of the method for "relatie"), one thing a person does per test: a case whose
// text holds a child's name and a national register number is stopped by the personal-data guard
// and saved clean; two partners write their own perspective; a chosen action gets a valid RASCI; an
// agreement with a due date appears in "Mijn afspraken" and in the personal ICS feed; two people
// editing the same part get a conflict instead of a silent overwrite; the audit log shows it all.

import type { Page } from '@playwright/test';
import { makeCase } from '../factories';
import { saveCaseSection } from '$lib/domain/cases/case.server';
import { expect, expectAxeClean, test, visit, type World } from './fixtures';

const section = (page: Page, id: string) => page.locator(`section#${id}`);

/** A partnership with its coordinator (logged in on `page`), a partner from the CAW and a case. */
async function caseTeam(world: World, db: Parameters<typeof makeCase>[0], page: Page) {
	const { partnership, coordinator } = await world.partnership();
	const partner = await world.member(partnership, {
		name: 'Tom Partner',
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	// The CAW partner works on the case: only its partners and the coordinators read it (ADR 0023).
	const created = await makeCase(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		code: 'K-2026-01',
		partners: [partner.membershipId]
	});
	await world.logIn(page, coordinator);
	return {
		partnership,
		coordinator,
		partner,
		caseUrl: `${partnership.url}/casussen/${created.id}`,
		caseId: created.id
	};
}

test('a new case with a name and a national register number is stopped by the guard, then saved clean', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/casussen`);
	await page.getByRole('link', { name: 'Nieuwe casus' }).click();
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'Code of schuilnaam' }).fill('K-2026-01');
	const situation = page.getByRole('textbox', { name: 'Korte situatie' });
	await situation.fill('Emma Peeters (rijksregisternummer 15.03.12-123.76) is sinds november vaak afwezig.');
	await page.getByRole('button', { name: 'Casus aanmaken' }).click();
	const warning = page.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' });
	await expect(warning).toBeVisible();
	await expect(warning.locator('mark')).toHaveCount(2);
	await expect(warning.locator('mark').first()).toContainText('Emma Peeters');
	await expect(warning).toContainText('rijksregisternummer');
	await expect(situation).toHaveValue(/Emma Peeters/); // nothing typed is lost
	await expectAxeClean(page);
	// Edited: the text without personal data saves at once.
	await situation.fill('Het kind is sinds november vaak afwezig. De ouders maken zich zorgen over de schoolkosten.');
	await page.getByRole('button', { name: 'Casus aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Casus K-2026-01' })).toBeVisible();
	await expect(page.getByText('persoonsgegevens leek')).toHaveCount(0);
	await expectAxeClean(page);
});

test('two partners each write their own perspective on a case', async ({ page, world, db }) => {
	const { partner, caseUrl } = await caseTeam(world, db, page);
	await visit(page, caseUrl);
	await section(page, 'perspectieven')
		.getByRole('textbox', { name: 'Wat zie ik?' })
		.fill('Moe in de klas, vergeet vaak zijn turngerief.');
	await section(page, 'perspectieven').getByRole('button', { name: 'Mijn kijk opslaan' }).click();
	await expect(section(page, 'perspectieven').getByText('Opgeslagen.')).toBeVisible();

	const partnerPage = await world.pageFor(partner);
	await visit(partnerPage, caseUrl);
	await expect(section(partnerPage, 'perspectieven')).toContainText('Moe in de klas');
	await section(partnerPage, 'perspectieven')
		.getByRole('textbox', { name: 'Wat zie ik?' })
		.fill('Het gezin zoekt een betaalbare woning.');
	await section(partnerPage, 'perspectieven').getByRole('button', { name: 'Mijn kijk opslaan' }).click();
	await expect(section(partnerPage, 'perspectieven').getByText('Opgeslagen.')).toBeVisible();
	await expectAxeClean(partnerPage);

	await page.reload();
	await expect(section(page, 'perspectieven').getByRole('heading', { name: 'Tom Partner' })).toBeVisible();
	await expect(section(page, 'perspectieven')).toContainText('betaalbare woning');
});

test('a chosen action gets a RASCI with exactly one person accountable', async ({ page, world, db }) => {
	const { coordinator, caseUrl } = await caseTeam(world, db, page);
	await visit(page, caseUrl);
	const actions = section(page, 'acties');
	await actions.getByRole('textbox', { name: 'Actie' }).fill('Samen met de ouders de schoolrekening bekijken');
	await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
	await expect(actions.getByText('Samen met de ouders de schoolrekening bekijken')).toBeVisible();
	await actions.getByRole('button', { name: 'Kiezen' }).click();
	const rasci = actions.getByRole('table');
	await expect(rasci).toBeVisible();
	// First without an A: refused.
	await rasci.getByRole('radio', { name: 'Tom Partner: Voert uit' }).check();
	await actions.getByRole('button', { name: 'Rollen opslaan' }).click();
	await expect(actions.getByRole('alert')).toContainText('precies één persoon');
	await rasci.getByRole('radio', { name: `${coordinator.name}: Eindverantwoordelijk` }).check();
	await actions.getByRole('button', { name: 'Rollen opslaan' }).click();
	await expect(actions.getByText('Opgeslagen.')).toBeVisible();
	await expectAxeClean(page);
});

test('an agreement with a due date is in the partner’s “Mijn afspraken” and calendar feed', async ({
	page,
	world,
	db
}) => {
	const { partnership, partner, caseUrl } = await caseTeam(world, db, page);
	await visit(page, caseUrl);
	const agreements = section(page, 'afspraken');
	await agreements
		.getByRole('textbox', { name: 'Wat spreken we af?' })
		.fill('Gesprek met de ouders over de schoolkosten');
	await agreements
		.getByRole('combobox', { name: 'Wie neemt het op?' })
		.selectOption({ label: 'Tom Partner (CAW Oost)' });
	await agreements.getByLabel('Tegen wanneer').fill('2026-12-15');
	await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(agreements.getByRole('link', { name: 'Gesprek met de ouders over de schoolkosten' })).toBeVisible();
	await expectAxeClean(page);

	const partnerPage = await world.pageFor(partner);
	await visit(partnerPage, `${partnership.url}/afspraken/mijn`);
	await expect(partnerPage.getByRole('link', { name: 'Gesprek met de ouders over de schoolkosten' })).toBeVisible();
	await partnerPage.getByRole('link', { name: 'Zet je afspraken en overleggen in je eigen agenda' }).click();
	await partnerPage.getByRole('button', { name: 'Nieuwe agendalink maken' }).click();
	const feed = await partnerPage.getByRole('textbox', { name: 'Agendalink' }).inputValue();
	await expectAxeClean(partnerPage);
	// Unfold the 75-character lines of RFC 5545 before reading.
	const ics = (await (await partnerPage.request.get(feed)).text()).replace(/\r?\n[ \t]/g, '');
	expect(ics).toContain('BEGIN:VCALENDAR');
	expect(ics).toContain('DTSTART;VALUE=DATE:20261215');
	// A case agreement shows in the calendar without its text or the case code (ADR 0022).
	expect(ics).toContain('SUMMARY:Afspraak bij een casus');
	expect(ics).not.toContain('schoolkosten');
	expect(ics).not.toContain('K-2026-01');
	await visit(partnerPage, '/agenda');
	await expect(partnerPage.getByText(/^1 keer opgehaald\. Laatst: /)).toBeVisible();
	await expectAxeClean(partnerPage);
});

test('two people save the same part: the later save gets a conflict with both versions', async ({
	page,
	world,
	db
}) => {
	const { partner, caseUrl } = await caseTeam(world, db, page);
	const partnerPage = await world.pageFor(partner);
	await visit(page, caseUrl);
	await visit(partnerPage, caseUrl);
	await section(page, 'sterktes')
		.getByRole('textbox', { name: 'Sterktes van het kind' })
		.fill('Tekent graag en helpt klasgenoten.');
	await section(partnerPage, 'sterktes')
		.getByRole('textbox', { name: 'Sterktes van het kind' })
		.fill('Speelt voetbal bij de wijkclub.');
	await section(page, 'sterktes').getByRole('button', { name: 'Opslaan' }).click();
	await expect(section(page, 'sterktes').getByText('Opgeslagen.')).toBeVisible();
	await section(partnerPage, 'sterktes').getByRole('button', { name: 'Opslaan' }).click();
	const conflict = section(partnerPage, 'sterktes').getByRole('alert');
	await expect(conflict).toContainText('Iemand anders heeft dit deel intussen opgeslagen');
	await expect(conflict).toContainText('Tekent graag en helpt klasgenoten.');
	await expect(section(partnerPage, 'sterktes').getByRole('textbox', { name: 'Sterktes van het kind' })).toHaveValue(
		'Speelt voetbal bij de wijkclub.'
	);
	await expectAxeClean(partnerPage);
	await page.reload();
	await expect(section(page, 'sterktes').getByRole('textbox', { name: 'Sterktes van het kind' })).toHaveValue(
		'Tekent graag en helpt klasgenoten.'
	);
});

test('the coordinator’s audit log names who read and who changed which part', async ({ page, world, db }) => {
	const { partnership, partner, caseUrl, caseId } = await caseTeam(world, db, page);
	// The partner reads the case and changes the strengths.
	const partnerPage = await world.pageFor(partner);
	await visit(partnerPage, caseUrl);
	await saveCaseSection(db, {
		partnershipId: partnership.id,
		caseId,
		kind: 'strengths',
		content: { child: 'Speelt voetbal bij de wijkclub.' },
		version: 0,
		userId: partner.id
	});

	await visit(page, caseUrl);
	await page.getByRole('link', { name: 'Logboek', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Logboek/ })).toBeVisible();
	await expect(page.getByRole('table')).toContainText('Gelezen');
	await expect(page.getByRole('table')).toContainText('Tom Partner');
	// Each row names the part in words, not by its code.
	await expect(page.getByRole('row').filter({ hasText: 'Sterktes' }).first()).toContainText('Gewijzigd');
	await expect(page.getByRole('table')).not.toContainText('strengths');
	await expectAxeClean(page);
});
