// The covenant or action plan of the method "betrokkenheid op verschillende niveaus": a member
// writes an action plan, adds commitments on each level and sees them grouped by level, with the
// review date highlighted when it has come; a stale edit shows both versions; an observer reads
// only; and the way in from the knowledge base, through the worksheet, to the partnership's plans.

import type { Page } from '@playwright/test';
import { isoDate } from '../factories';
import { addCommitment, createCovenant } from '$lib/domain/covenants/covenant.server';
import { expect, expectAxeClean, test, visit, type World } from './fixtures';

/** A partnership with a member logged in on `page`. */
async function memberOf(world: World, page: Page) {
	const { partnership, coordinator } = await world.partnership();
	const member = await world.member(partnership, { name: 'Lies Partner', role: 'member' });
	await world.logIn(page, member);
	return { partnership, coordinator, member };
}

async function addCommitmentThroughForm(
	page: Page,
	{ level, party, what, until }: { level: string; party: string; what: string; until?: string }
) {
	const form = page.getByRole('form', { name: 'Een engagement toevoegen' });
	// The section stays open after an earlier commitment was added.
	if (!(await form.isVisible())) await page.getByText('Een engagement toevoegen', { exact: true }).click();
	await form.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: level });
	await form.getByRole('textbox', { name: 'Wie engageert zich?' }).fill(party);
	await form.getByRole('textbox', { name: 'Waartoe engageert die partner zich?' }).fill(what);
	if (until) await form.getByLabel('Tot wanneer?').fill(until);
	await form.getByRole('button', { name: 'Engagement toevoegen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Het engagement staat in het plan.' })).toBeVisible();
	await expect(page.getByText(what, { exact: true })).toBeVisible();
}

test('a member records an action plan with commitments per level and sees it grouped', async ({ page, world }) => {
	const { partnership } = await memberOf(world, page);
	await visit(page, `${partnership.url}/convenanten`);
	await expect(page.getByRole('heading', { level: 1, name: 'Convenanten en actieplannen' })).toBeVisible();
	await expect(page.getByText('Nog geen convenant of actieplan.')).toBeVisible();
	await expectAxeClean(page);

	await page.getByRole('link', { name: 'Nieuw convenant of actieplan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuw convenant of actieplan' })).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Actieplan' })).toBeChecked();
	// A plan without a title, and a review before the signing day, are refused next to the fields.
	await page.getByLabel('Getekend op').fill(isoDate(0));
	await page.getByLabel('Herbekijken op').fill(isoDate(-3));
	await page.getByRole('button', { name: 'Plan bewaren' }).click();
	await expect(page.getByText('Geef het plan een titel.')).toBeVisible();
	await expect(page.getByText('Je kan het plan niet herbekijken voor het getekend is.')).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'Titel' }).fill('Schoolkosten samen aanpakken');
	await page
		.getByRole('textbox', { name: 'Wat willen jullie er samen mee bereiken?' })
		.fill('Geen kind blijft thuis van een uitstap omdat het geld ontbreekt.');
	await page.getByLabel('Getekend op').fill('');
	await page.getByLabel('Herbekijken op').fill(isoDate(0));
	await page.getByRole('button', { name: 'Plan bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Schoolkosten samen aanpakken' })).toBeVisible();
	// The review date has come: it stands out.
	await expect(page.locator('.meta strong')).toContainText('Tijd om te herbekijken');

	await addCommitmentThroughForm(page, {
		level: 'Meso',
		party: 'OCMW, sociale dienst',
		what: 'Eén vast aanspreekpunt voor schoolkosten.',
		until: isoDate(120)
	});
	await addCommitmentThroughForm(page, {
		level: 'Micro',
		party: 'Zorgcoördinator',
		what: 'Spreekt ouders aan bij een open schoolrekening.'
	});
	await addCommitmentThroughForm(page, {
		level: 'Macro',
		party: 'Stad, dienst Onderwijs',
		what: 'Legt een regeling voor aan het schepencollege.'
	});

	// Grouped by level, micro first, each with who commits to what until when.
	const micro = page.getByRole('region', { name: 'Microniveau: rond het kind en het gezin' });
	const meso = page.getByRole('region', { name: 'Mesoniveau: in de organisaties' });
	const macro = page.getByRole('region', { name: 'Macroniveau: het beleid' });
	await expect(micro).toContainText('Zorgcoördinator');
	await expect(micro).toContainText('zonder einddatum');
	await expect(meso).toContainText('OCMW, sociale dienst');
	await expect(meso).toContainText('tot ');
	await expect(macro).toContainText('Stad, dienst Onderwijs');
	const headings = await page.getByRole('heading', { level: 3 }).allTextContents();
	expect(headings.filter((h) => h.includes('niveau'))).toEqual([
		'Microniveau: rond het kind en het gezin',
		'Mesoniveau: in de organisaties',
		'Macroniveau: het beleid'
	]);

	// Change one commitment, then remove another.
	await meso.getByText('Wijzigen').click();
	const edit = page.getByRole('form', { name: 'Engagement van OCMW, sociale dienst wijzigen' });
	await edit.getByRole('textbox', { name: 'Wie engageert zich?' }).fill('OCMW Oostwijk');
	await edit.getByRole('button', { name: 'Engagement bewaren' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Het engagement is bewaard.' })).toBeVisible();
	await expect(meso).toContainText('OCMW Oostwijk');
	await macro.getByText('Wijzigen').click();
	await page.getByRole('button', { name: 'Engagement van Stad, dienst Onderwijs weghalen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Het engagement is weggehaald.' })).toBeVisible();
	await expect(macro).toContainText('Nog geen engagement op dit niveau.');

	// Who contributed, and the history with the commitments as lines.
	await expect(page.getByRole('heading', { name: 'Werkten eraan mee' })).toBeVisible();
	await expect(page.locator('.contributors')).toContainText('Lies Partner');
	await expect(page.getByRole('heading', { name: 'Geschiedenis' })).toBeVisible();
	await expectAxeClean(page);

	// On paper: the filled-in plan with the day it was printed, without forms or buttons.
	const printedOn = page.getByText(/^Afgedrukt op /);
	await expect(printedOn).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(printedOn).toBeVisible();
	await expect(micro).toContainText('Zorgcoördinator');
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(page.getByText('Plan wijzigen', { exact: true })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Geschiedenis' })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	// The list shows it, with its review due, and the filter finds it.
	await page.getByRole('link', { name: 'Terug naar de plannen' }).click();
	await expect(page.getByRole('link', { name: 'Schoolkosten samen aanpakken' })).toBeVisible();
	await page.getByRole('link', { name: 'Nu te herbekijken (1)' }).click();
	await expect(page).toHaveURL(/herbekijken=1/);
	await expect(page.getByText('2 engagementen')).toBeVisible();
	await expectAxeClean(page);
});

test('a stale edit of the plan shows both versions; an observer reads only', async ({ page, world, db }) => {
	const { partnership, coordinator } = await memberOf(world, page);
	const { id } = await createCovenant(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		input: {
			kind: 'covenant',
			title: 'Convenant brede school',
			purpose: '',
			signedOn: isoDate(-10),
			validUntil: null,
			reviewOn: isoDate(20)
		}
	});
	await addCommitment(db, {
		partnershipId: partnership.id,
		covenantId: id,
		userId: coordinator.id,
		version: 1,
		input: { level: 'meso', party: 'Directie', what: 'Maakt twee uur per week vrij.', until: null }
	});
	const url = `${partnership.url}/convenanten/${id}`;
	await visit(page, url);
	const other = await world.pageFor(coordinator);
	await visit(other, url);

	await other.getByText('Plan wijzigen', { exact: true }).click();
	await other
		.getByRole('form', { name: 'Plan wijzigen' })
		.getByRole('textbox', { name: 'Titel' })
		.fill('Convenant brede school 2027');
	await other.getByRole('form', { name: 'Plan wijzigen' }).getByRole('button', { name: 'Opslaan' }).click();
	await expect(other.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

	await page.getByText('Plan wijzigen', { exact: true }).click();
	const mine = page.getByRole('form', { name: 'Plan wijzigen' });
	await mine.getByRole('textbox', { name: 'Titel' }).fill('Convenant van de brede school');
	await mine.getByRole('button', { name: 'Opslaan' }).click();
	const conflict = page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit deel intussen opgeslagen' });
	await expect(conflict).toBeVisible();
	await expect(conflict).toContainText('Convenant brede school 2027');
	await expect(mine.getByRole('textbox', { name: 'Titel' })).toHaveValue('Convenant van de brede school');
	await expectAxeClean(page);

	// An observer sees the plan, its commitments, but no form.
	const observer = await world.member(partnership, { name: 'Wim Waarnemer', role: 'observer' });
	const watching = await world.pageFor(observer);
	await visit(watching, url);
	await expect(watching.getByRole('heading', { level: 1, name: 'Convenant brede school 2027' })).toBeVisible();
	await expect(watching.getByRole('region', { name: 'Mesoniveau: in de organisaties' })).toContainText('Directie');
	await expect(watching.getByText('Plan wijzigen')).toHaveCount(0);
	await expect(watching.getByText('Een engagement toevoegen')).toHaveCount(0);
	await visit(watching, `${partnership.url}/convenanten`);
	await expect(watching.getByRole('link', { name: 'Nieuw convenant of actieplan' })).toHaveCount(0);
});

test('the betrokkenheid method: from the building block to the worksheet and on to the partnership’s plans', async ({
	page,
	world
}) => {
	const { partnership } = await memberOf(world, page);
	await visit(page, '/bouwstenen/betrokkenheid');
	await page.getByRole('link', { name: 'Betrokken op drie niveaus in zes stappen' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Betrokken op drie niveaus in zes stappen' })).toBeVisible();
	await expect(page.getByText('Een convenant of actieplan').first()).toBeVisible();
	await expectAxeClean(page);

	// Step 5 is recorded in the partnership: the plans page, which links back to the worksheet.
	await visit(page, `${partnership.url}/convenanten`);
	await page.getByRole('link', { name: 'Het werkblad ‘Betrokken op drie niveaus’' }).click();
	await expect(page).toHaveURL(/\/werkbladen\/betrokkenheid$/);
	await visit(page, `${partnership.url}/convenanten/nieuw`);
	await page.getByRole('radio', { name: 'Convenant' }).check();
	await page.getByRole('textbox', { name: 'Titel' }).fill('Convenant betrokkenheid');
	await page.getByRole('button', { name: 'Plan bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Convenant betrokkenheid' })).toBeVisible();
	await expect(page.getByText('Nog niet getekend', { exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Het werkblad ‘Betrokken op drie niveaus’' })).toHaveAttribute(
		'href',
		'/werkbladen/betrokkenheid'
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a member adds a commitment with plain forms, and a bad one is refused next to the field', async ({
		page,
		world,
		db
	}) => {
		const { partnership, member } = await memberOf(world, page);
		const { id } = await createCovenant(db, {
			partnershipId: partnership.id,
			userId: member.id,
			input: {
				kind: 'action_plan',
				title: 'Actieplan zonder script',
				purpose: '',
				signedOn: null,
				validUntil: null,
				reviewOn: null
			}
		});
		await visit(page, `${partnership.url}/convenanten/${id}`);
		await page.getByText('Een engagement toevoegen', { exact: true }).click();
		const form = page.getByRole('form', { name: 'Een engagement toevoegen' });
		await form.getByRole('combobox', { name: 'Niveau' }).selectOption({ label: 'Macro' });
		await form.getByRole('textbox', { name: 'Waartoe engageert die partner zich?' }).fill('Betaalt de tolk.');
		await form.getByRole('button', { name: 'Engagement toevoegen' }).click();
		// Refused: the party is missing; what was typed stays.
		await expect(
			page.getByText('Schrijf wie zich engageert: een organisatie, een dienst of een functie.')
		).toBeVisible();
		const again = page.getByRole('form', { name: 'Een engagement toevoegen' });
		await expect(again.getByRole('textbox', { name: 'Waartoe engageert die partner zich?' })).toHaveValue(
			'Betaalt de tolk.'
		);
		await expect(again.getByRole('combobox', { name: 'Niveau' })).toHaveValue('macro');
		await again.getByRole('textbox', { name: 'Wie engageert zich?' }).fill('Gemeente, dienst Welzijn');
		await again.getByRole('button', { name: 'Engagement toevoegen' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Het engagement staat in het plan.' })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Macroniveau: het beleid' })).toContainText(
			'Gemeente, dienst Welzijn'
		);
		await expectAxeClean(page);
	});
});
