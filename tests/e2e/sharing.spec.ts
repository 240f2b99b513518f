// Information sharing and consent, one thing a person does per test: without organisations the
// sharing pages explain what to do first; a coordinator records a sharing agreement that asks the
// parents' consent (refused first, with messages next to the fields) and links it to a case. The
// case and the case list then warn; an expired consent record keeps the warning (and says when it
// expired); a valid record removes it; withdrawing that record brings the warning back; the sharing
// list shows that the agreement applies to cases.

import type { Page } from '@playwright/test';
import { linkCaseSharingAgreement } from '$lib/domain/sharing/consent.server';
import { makeCase, makeConsent, makeOrganisation, makeSharingAgreement } from '../factories';
import { expect, expectAxeClean, openMenu, test, visit, type World } from './fixtures';

type Db = Parameters<typeof makeCase>[0];

const brussels = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(date);
const shift = (iso: string, days: number) =>
	new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const long = (iso: string) =>
	new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const TITLE = 'Doorverwijzing van school naar CLB';

/** A partnership whose coordinator is logged in on `page`, with a school and a CLB in its directory. */
async function withOrganisations(world: World, db: Db, page: Page) {
	const { partnership, coordinator } = await world.partnership();
	const school = await makeOrganisation(db, {
		partnershipId: partnership.id,
		name: 'Basisschool De Brug',
		type: 'school',
		sector: 'education',
		level: 'micro'
	});
	const clb = await makeOrganisation(db, {
		partnershipId: partnership.id,
		name: 'CLB Gent',
		type: 'clb',
		sector: 'education',
		level: 'meso'
	});
	await world.logIn(page, coordinator);
	return { partnership, coordinator, parties: [school.id, clb.id] };
}

/** …and a sharing agreement between them that asks the parents' consent, and a case (not linked yet). */
async function withCase(world: World, db: Db, page: Page) {
	const team = await withOrganisations(world, db, page);
	const scope = { partnershipId: team.partnership.id, userId: team.coordinator.id };
	const agreement = await makeSharingAgreement(db, {
		...scope,
		parties: team.parties,
		title: TITLE,
		consent: 'parents',
		consentHow: 'De zorgcoördinator vraagt het schriftelijk, met het formulier van de school.'
	});
	const created = await makeCase(db, {
		...scope,
		code: 'K-TOE-1',
		situation: 'Een leerling komt vaak te laat. De school wil het CLB inschakelen.'
	});
	const caseUrl = `${team.partnership.url}/casussen/${created.id}`;
	return { ...team, scope, agreementId: agreement.id, caseId: created.id, caseUrl };
}

/** …with the agreement linked to the case on its consent page (no consent recorded yet). */
async function withLinkedCase(world: World, db: Db, page: Page) {
	const made = await withCase(world, db, page);
	const linked = await linkCaseSharingAgreement(db, {
		...made.scope,
		caseId: made.caseId,
		sharingAgreementId: made.agreementId
	});
	if (!linked.ok) throw new Error(`Test setup: linking the sharing agreement was refused: ${JSON.stringify(linked)}`);
	return made;
}

async function addConsent(page: Page, record: { givenOn: string; expiresOn: string; givenBy: string; form: string }) {
	const add = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { level: 2, name: 'Toestemming noteren' }) });
	await expect(add.getByRole('combobox', { name: 'Bij welke afspraak hoort deze toestemming?' })).toHaveValue(
		/[0-9a-f-]{36}/
	);
	await add.getByLabel('Gegeven op').fill(record.givenOn);
	await add.getByLabel('Geldig tot en met').fill(record.expiresOn);
	await add.getByRole('radio', { name: record.givenBy }).check();
	await add.getByRole('radio', { name: record.form }).check();
	await add.getByRole('textbox', { name: 'Welke informatie?' }).fill('De vraag van het gezin en de schoolresultaten');
	await add.getByRole('textbox', { name: 'Met wie?' }).fill('Het CLB');
	await add.getByRole('textbox', { name: 'Waarvoor?' }).fill('Om samen een gesprek met het gezin voor te bereiden');
	await add.getByRole('button', { name: 'Toestemming noteren' }).click();
	await expect(add.getByText('De toestemming is genoteerd.')).toBeVisible();
}

test('without organisations the sharing pages explain what to do first', async ({ page, world }) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	await openMenu(page, 'Netwerk', 'Informatiedeling');
	await expect(page.getByRole('heading', { level: 1, name: 'Informatiedeling' })).toBeVisible();
	await expect(page.getByText('Er staan nog geen organisaties in de lijst van deze samenwerking.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Naar de organisaties' })).toHaveAttribute(
		'href',
		`${partnership.url}/organisaties`
	);
	await expect(page.getByRole('link', { name: 'Nieuwe afspraak over informatiedeling' })).toHaveCount(0);
	await expectAxeClean(page);
	await visit(page, `${partnership.url}/informatiedeling/nieuw`);
	await expect(page.getByRole('link', { name: 'Naar de organisaties' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afspraak bewaren' })).toHaveCount(0);
});

test('the coordinator records a sharing agreement that asks consent; refused first, with messages next to the fields', async ({
	page,
	world,
	db
}) => {
	const { partnership } = await withOrganisations(world, db, page);
	await visit(page, `${partnership.url}/informatiedeling`);
	await page.getByRole('link', { name: 'Nieuwe afspraak over informatiedeling' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe afspraak over informatiedeling' })).toBeVisible();
	await expectAxeClean(page);
	// Only one organisation, and consent without saying how: refused.
	await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
	const parties = page.getByRole('group', { name: 'Tussen welke organisaties?' });
	await parties.getByRole('checkbox', { name: 'Basisschool De Brug' }).check();
	await page.getByRole('radio', { name: 'Toestemming van de ouders' }).check();
	await page.getByRole('button', { name: 'Afspraak bewaren' }).click();
	await expect(
		page.getByText('Kies minstens twee organisaties: een afspraak over delen maak je met elkaar.')
	).toBeVisible();
	await expect(page.getByText('Schrijf op hoe jullie de toestemming vragen en vastleggen.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue(TITLE);
	await expectAxeClean(page);
	await parties.getByRole('checkbox', { name: 'CLB Gent' }).check();
	await page
		.getByRole('textbox', { name: 'Wat mogen we delen?' })
		.fill('De vraag van het gezin en wat de school al deed.');
	await page
		.getByRole('textbox', { name: 'Wat delen we niet?' })
		.fill('Medische gegevens en wat ouders in vertrouwen vertelden.');
	await page.getByRole('radio', { name: 'Discretieplicht (leerkrachten)' }).check();
	await page
		.getByRole('textbox', { name: 'Hoe vragen en noteren we de toestemming?' })
		.fill('De zorgcoördinator vraagt het schriftelijk, met het formulier van de school.');
	await page
		.getByRole('textbox', { name: 'Langs welke weg delen we?' })
		.fill('Via het beveiligde berichtensysteem van het CLB.');
	await page
		.getByRole('textbox', { name: 'Wat hoort de school terug?' })
		.fill('Aangemeld, in begeleiding of afgesloten.');
	await page.getByRole('button', { name: 'Afspraak bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByText('De afspraak is bewaard.')).toBeVisible();
	await expect(page.getByText('Basisschool De Brug, CLB Gent')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Wat betekent: Discretieplicht (leerkrachten)?' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
	await expectAxeClean(page);
});

test('linking an agreement that asks consent to a case makes the case warn', async ({ page, world, db }) => {
	const { caseUrl } = await withCase(world, db, page);
	// Without any sharing agreement yet: no warning.
	await visit(page, caseUrl);
	await expect(page.getByRole('heading', { level: 1, name: 'Casus K-TOE-1' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toHaveCount(0);

	// Linked on the case's consent page: the warning appears.
	await page.getByRole('link', { name: 'Toestemming en informatiedeling' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Toestemming en informatiedeling/ })).toBeVisible();
	await expectAxeClean(page);
	await page
		.getByRole('combobox', { name: 'Welke afspraak geldt ook voor deze casus?' })
		.selectOption({ label: `${TITLE} (Toestemming van de ouders)` });
	await page.getByRole('button', { name: 'Koppelen aan de casus' }).click();
	const consentWarning = page.getByRole('region', { name: 'Toestemming ontbreekt' });
	await expect(consentWarning).toContainText(TITLE);
	await expect(consentWarning).toContainText('Er is geen geldige toestemming van de ouders');
	await expectAxeClean(page);
});

test('a case without the consent its agreement asks warns near the top, and the case list marks it in words', async ({
	page,
	world,
	db
}) => {
	const { partnership, caseUrl } = await withLinkedCase(world, db, page);
	await visit(page, caseUrl);
	const caseWarning = page.getByRole('region', { name: 'Toestemming ontbreekt' });
	await expect(caseWarning).toContainText(`${TITLE}: Er is geen geldige toestemming van de ouders`);
	await expect(caseWarning.getByRole('link', { name: 'Toestemming bekijken of noteren' })).toHaveAttribute(
		'href',
		`${caseUrl}/toestemming`
	);
	await visit(page, `${partnership.url}/casussen`);
	const row = page.getByRole('row').filter({ hasText: 'K-TOE-1' });
	await expect(row.getByRole('link', { name: 'Toestemming ontbreekt' })).toBeVisible();
});

test('consent that ran until yesterday keeps the warning, which says when it expired', async ({ page, world, db }) => {
	const { partnership, caseUrl } = await withLinkedCase(world, db, page);
	const today = brussels(new Date());
	const yesterday = shift(today, -1);
	// From the mark in the case list to the consent page.
	await visit(page, `${partnership.url}/casussen`);
	await page
		.getByRole('row')
		.filter({ hasText: 'K-TOE-1' })
		.getByRole('link', { name: 'Toestemming ontbreekt' })
		.click();
	await expect(page).toHaveURL(`${caseUrl}/toestemming`);
	await addConsent(page, {
		givenOn: shift(today, -60),
		expiresOn: yesterday,
		givenBy: 'Eén ouder',
		form: 'Schriftelijk'
	});
	await expect(page.locator('li.record').filter({ hasText: 'Schriftelijk' })).toContainText('Verlopen');
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toContainText(
		`De toestemming van de ouders (of één ouder of de voogd) is verlopen op ${long(yesterday)}.`
	);
	await expectAxeClean(page);
	await visit(page, caseUrl);
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toContainText(
		`is verlopen op ${long(yesterday)}`
	);
});

test('valid consent removes the warning on the consent page, the case and the case list', async ({
	page,
	world,
	db
}) => {
	const { partnership, caseUrl } = await withLinkedCase(world, db, page);
	const today = brussels(new Date());
	await visit(page, `${caseUrl}/toestemming`);
	await addConsent(page, { givenOn: today, expiresOn: shift(today, 365), givenBy: 'Beide ouders', form: 'Digitaal' });
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toHaveCount(0);
	await expect(page.getByText('Alle toestemming die de afspraken van deze casus vragen, is er.')).toBeVisible();
	await expect(page.locator('li.record').filter({ hasText: 'Digitaal' }).locator('.badge')).toHaveText('Geldig');
	await expectAxeClean(page);
	await visit(page, caseUrl);
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toHaveCount(0);
	await visit(page, `${partnership.url}/casussen`);
	await expect(page.getByRole('row').filter({ hasText: 'K-TOE-1' }).getByText('Toestemming ontbreekt')).toHaveCount(0);
});

test('the parents withdraw their consent from today: the warning is back', async ({ page, world, db }) => {
	const { partnership, scope, caseId, agreementId, caseUrl } = await withCase(world, db, page);
	const today = brussels(new Date());
	await makeConsent(db, {
		...scope,
		caseId,
		sharingAgreementId: agreementId,
		givenOn: today,
		expiresOn: shift(today, 365),
		givenBy: 'parents',
		consentForm: 'digital'
	});
	await visit(page, `${caseUrl}/toestemming`);
	const valid = page.locator('li.record').filter({ hasText: 'Digitaal' });
	await valid.getByText('Toestemming intrekken', { exact: true }).click();
	await expect(valid.getByLabel('Ingetrokken vanaf')).toHaveValue(today);
	await valid.getByRole('textbox', { name: 'Toelichting' }).fill('De ouders willen eerst zelf met het CLB praten.');
	await expectAxeClean(page);
	await valid.getByRole('button', { name: 'Intrekken', exact: true }).click();
	await expect(valid.locator('.badge')).toHaveText('Ingetrokken');
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toContainText(
		`is ingetrokken vanaf ${long(today)}`
	);
	await expectAxeClean(page);
	await visit(page, caseUrl);
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toContainText(
		`${TITLE}: De toestemming van de ouders (of één ouder of de voogd) is ingetrokken vanaf ${long(today)}.`
	);
	await visit(page, `${partnership.url}/casussen`);
	await expect(
		page.getByRole('row').filter({ hasText: 'K-TOE-1' }).getByRole('link', { name: 'Toestemming ontbreekt' })
	).toBeVisible();
});

test('the sharing list shows the agreement and that it applies to cases', async ({ page, world, db }) => {
	const { partnership } = await withLinkedCase(world, db, page);
	await visit(page, `${partnership.url}/informatiedeling`);
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });
	await expect(card).toContainText('Geldt voor casussen');
	await expect(card).toContainText('Toestemming van de ouders');
});
