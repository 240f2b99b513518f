// Case work (step 2 of the method for "relatie"): a case whose text holds a child's name and a
// national register number is stopped by the personal-data guard, edited and saved clean; two
// partners write their own perspective; a chosen action gets a valid RASCI; an agreement with a due
// date appears in "Mijn afspraken" and in the personal ICS feed; two people editing the same part
// get a conflict instead of a silent overwrite.

import type { Page } from '@playwright/test';
import { createInviteLink, createPartnership, expect, expectAxeClean, fillRegistration, newUser, register, submitJoin, test, visit } from './fixtures';

const section = (page: Page, id: string) => page.locator(`section#${id}`);

test('a case from first note to agreement, with the guard, perspectives, RASCI, calendar and conflicts', async ({ page, newContext }) => {
	test.setTimeout(120_000);
	// Coordinator and a partner who joins by link.
	await register(page, { name: 'Sofie Coördinator' });
	const partnership = await createPartnership(page);
	const link = await createInviteLink(page, partnership, { role: 'Partner' });
	const partnerContext = await newContext();
	const partner = await partnerContext.newPage();
	await visit(partner, link);
	await partner.locator('#main').getByRole('link', { name: 'Account maken' }).click();
	await fillRegistration(partner, newUser({ name: 'Tom Partner' }));
	await partner.getByRole('button', { name: 'Account maken' }).click();
	await submitJoin(partner, { organisationName: 'CAW Oost', organisationType: 'CAW', function: 'Welzijnswerker' });

	// A new case with a name and a national register number: the guard warns and highlights.
	await visit(page, `${partnership.url}/casussen`);
	await expectAxeClean(page);
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
	// Edit: the text without personal data saves at once.
	await situation.fill('Het kind is sinds november vaak afwezig. De ouders maken zich zorgen over de schoolkosten.');
	await page.getByRole('button', { name: 'Casus aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Casus K-2026-01' })).toBeVisible();
	await expect(page.getByText('persoonsgegevens leek')).toHaveCount(0);
	await expectAxeClean(page);
	const caseUrl = new URL(page.url()).pathname;

	// Two partners each write their own perspective.
	await section(page, 'perspectieven').getByRole('textbox', { name: 'Wat zie ik?' }).fill('Moe in de klas, vergeet vaak zijn turngerief.');
	await section(page, 'perspectieven').getByRole('button', { name: 'Mijn kijk opslaan' }).click();
	await expect(section(page, 'perspectieven').getByText('Opgeslagen.')).toBeVisible();
	await visit(partner, caseUrl);
	await expect(section(partner, 'perspectieven')).toContainText('Moe in de klas');
	await section(partner, 'perspectieven').getByRole('textbox', { name: 'Wat zie ik?' }).fill('Het gezin zoekt een betaalbare woning.');
	await section(partner, 'perspectieven').getByRole('button', { name: 'Mijn kijk opslaan' }).click();
	await expect(section(partner, 'perspectieven').getByText('Opgeslagen.')).toBeVisible();
	await expectAxeClean(partner);
	await page.reload();
	await expect(section(page, 'perspectieven').getByRole('heading', { name: 'Tom Partner' })).toBeVisible();
	await expect(section(page, 'perspectieven')).toContainText('betaalbare woning');

	// An action is chosen and gets a RASCI: first without an A (refused), then valid.
	const actions = section(page, 'acties');
	await actions.getByRole('textbox', { name: 'Actie' }).fill('Samen met de ouders de schoolrekening bekijken');
	await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
	await expect(actions.getByText('Samen met de ouders de schoolrekening bekijken')).toBeVisible();
	await actions.getByRole('button', { name: 'Kiezen' }).click();
	const rasci = actions.getByRole('table');
	await expect(rasci).toBeVisible();
	await rasci.getByRole('radio', { name: 'Tom Partner: Voert uit' }).check();
	await actions.getByRole('button', { name: 'Rollen opslaan' }).click();
	await expect(actions.getByRole('alert')).toContainText('precies één persoon');
	await rasci.getByRole('radio', { name: 'Sofie Coördinator: Eindverantwoordelijk' }).check();
	await actions.getByRole('button', { name: 'Rollen opslaan' }).click();
	await expect(actions.getByText('Opgeslagen.')).toBeVisible();
	await expectAxeClean(page);

	// An agreement with a due date for the partner.
	const agreements = section(page, 'afspraken');
	await agreements.getByRole('textbox', { name: 'Wat spreken we af?' }).fill('Gesprek met de ouders over de schoolkosten');
	await agreements.getByRole('combobox', { name: 'Wie neemt het op?' }).selectOption({ label: 'Tom Partner (CAW Oost)' });
	await agreements.getByLabel('Tegen wanneer').fill('2026-12-15');
	await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(agreements.getByRole('link', { name: 'Gesprek met de ouders over de schoolkosten' })).toBeVisible();

	// It is in the partner's "Mijn afspraken" and in their calendar feed.
	await visit(partner, `${partnership.url}/afspraken/mijn`);
	await expect(partner.getByRole('link', { name: 'Gesprek met de ouders over de schoolkosten' })).toBeVisible();
	await expectAxeClean(partner);
	await partner.getByRole('link', { name: 'Zet je afspraken en overleggen in je eigen agenda' }).click();
	await partner.getByRole('button', { name: 'Nieuwe agendalink maken' }).click();
	const feed = await partner.getByRole('textbox', { name: 'Agendalink' }).inputValue();
	await expectAxeClean(partner);
	// Unfold the 75-character lines of RFC 5545 before reading.
	const ics = (await (await partner.request.get(feed)).text()).replace(/\r?\n[ \t]/g, '');
	expect(ics).toContain('BEGIN:VCALENDAR');
	expect(ics).toContain('DTSTART;VALUE=DATE:20261215');
	expect(ics).toContain('Gesprek met de ouders over de schoolkosten (casus K-2026-01)');

	// Two people edit the same part: the later save gets a conflict with both versions.
	await visit(page, caseUrl);
	await visit(partner, caseUrl);
	await section(page, 'sterktes').getByRole('textbox', { name: 'Sterktes van het kind' }).fill('Tekent graag en helpt klasgenoten.');
	await section(partner, 'sterktes').getByRole('textbox', { name: 'Sterktes van het kind' }).fill('Speelt voetbal bij de wijkclub.');
	await section(page, 'sterktes').getByRole('button', { name: 'Opslaan' }).click();
	await expect(section(page, 'sterktes').getByText('Opgeslagen.')).toBeVisible();
	await section(partner, 'sterktes').getByRole('button', { name: 'Opslaan' }).click();
	const conflict = section(partner, 'sterktes').getByRole('alert');
	await expect(conflict).toContainText('Iemand anders heeft dit deel intussen opgeslagen');
	await expect(conflict).toContainText('Tekent graag en helpt klasgenoten.');
	await expect(section(partner, 'sterktes').getByRole('textbox', { name: 'Sterktes van het kind' })).toHaveValue('Speelt voetbal bij de wijkclub.');
	await expectAxeClean(partner);
	await page.reload();
	await expect(section(page, 'sterktes').getByRole('textbox', { name: 'Sterktes van het kind' })).toHaveValue('Tekent graag en helpt klasgenoten.');

	// The coordinator's audit log shows reads and changes.
	await page.getByRole('link', { name: 'Logboek', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Logboek/ })).toBeVisible();
	await expect(page.getByRole('table')).toContainText('Gelezen');
	await expect(page.getByRole('table')).toContainText('Tom Partner');
	// Each row names the part in words, not by its code.
	await expect(page.getByRole('row').filter({ hasText: 'Sterktes' }).first()).toContainText('Gewijzigd');
	await expect(page.getByRole('table')).not.toContainText('strengths');
	await expectAxeClean(page);
});
