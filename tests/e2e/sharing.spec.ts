// Information sharing and consent: without organisations the sharing page explains what to do
// first; a coordinator records a sharing agreement that asks the parents' consent and links it to a
// case. The case warns; an expired consent record keeps the warning (and says when it expired); a
// valid record removes it; withdrawing that record brings the warning back.

import type { Page } from '@playwright/test';
import { createPartnership, expect, expectAxeClean, openMenu, postForm, register, test, visit } from './fixtures';

const brussels = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(date);
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const long = (iso: string) => new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

const TITLE = 'Doorverwijzing van school naar CLB';

async function addConsent(page: Page, record: { givenOn: string; expiresOn: string; givenBy: string; form: string }) {
	const add = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Toestemming noteren' }) });
	await expect(add.getByRole('combobox', { name: 'Bij welke afspraak hoort deze toestemming?' })).toHaveValue(/[0-9a-f-]{36}/);
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

test('a sharing agreement that asks consent: the case warns until valid consent exists, and again after withdrawal', async ({ page, baseURL }) => {
	test.setTimeout(150_000);
	await register(page, { name: 'Sofie Coördinator' });
	const partnership = await createPartnership(page);
	const today = brussels(new Date());
	const yesterday = shift(today, -1);

	// No organisations yet: the page explains and points to the directory.
	await visit(page, partnership.url);
	await openMenu(page, 'Netwerk', 'Informatiedeling');
	await expect(page.getByRole('heading', { level: 1, name: 'Informatiedeling' })).toBeVisible();
	await expect(page.getByText('Er staan nog geen organisaties in de lijst van deze samenwerking.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Naar de organisaties' })).toHaveAttribute('href', `${partnership.url}/organisaties`);
	await expect(page.getByRole('link', { name: 'Nieuwe afspraak over informatiedeling' })).toHaveCount(0);
	await expectAxeClean(page);
	await visit(page, `${partnership.url}/informatiedeling/nieuw`);
	await expect(page.getByRole('link', { name: 'Naar de organisaties' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afspraak bewaren' })).toHaveCount(0);

	// Two organisations, through the organisations form.
	for (const org of [
		{ name: 'Basisschool De Brug', type: 'school', sector: 'education', level: 'micro' },
		{ name: 'CLB Gent', type: 'clb', sector: 'education', level: 'meso' }
	]) {
		const response = await postForm(page.request, `${partnership.url}/organisaties/nieuw`, org, { origin: baseURL!, enhanced: true });
		expect(await response.json()).toMatchObject({ type: 'redirect' });
	}

	// The agreement: first refused with messages next to the fields, then saved.
	await visit(page, `${partnership.url}/informatiedeling`);
	await page.getByRole('link', { name: 'Nieuwe afspraak over informatiedeling' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe afspraak over informatiedeling' })).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
	const parties = page.getByRole('group', { name: 'Tussen welke organisaties?' });
	await parties.getByRole('checkbox', { name: 'Basisschool De Brug' }).check();
	await page.getByRole('radio', { name: 'Toestemming van de ouders' }).check();
	await page.getByRole('button', { name: 'Afspraak bewaren' }).click();
	await expect(page.getByText('Kies minstens twee organisaties: een afspraak over delen maak je met elkaar.')).toBeVisible();
	await expect(page.getByText('Schrijf op hoe jullie de toestemming vragen en vastleggen.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue(TITLE);
	await expectAxeClean(page);
	await parties.getByRole('checkbox', { name: 'CLB Gent' }).check();
	await page.getByRole('textbox', { name: 'Wat mogen we delen?' }).fill('De vraag van het gezin en wat de school al deed.');
	await page.getByRole('textbox', { name: 'Wat delen we niet?' }).fill('Medische gegevens en wat ouders in vertrouwen vertelden.');
	await page.getByRole('radio', { name: 'Discretieplicht (leerkrachten)' }).check();
	await page.getByRole('textbox', { name: 'Hoe vragen en noteren we de toestemming?' }).fill('De zorgcoördinator vraagt het schriftelijk, met het formulier van de school.');
	await page.getByRole('textbox', { name: 'Langs welke weg delen we?' }).fill('Via het beveiligde berichtensysteem van het CLB.');
	await page.getByRole('textbox', { name: 'Wat hoort de school terug?' }).fill('Aangemeld, in begeleiding of afgesloten.');
	await page.getByRole('button', { name: 'Afspraak bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByText('De afspraak is bewaard.')).toBeVisible();
	await expect(page.getByText('Basisschool De Brug, CLB Gent')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Wat betekent: Discretieplicht (leerkrachten)?' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
	await expectAxeClean(page);

	// A case, without any sharing agreement yet: no warning.
	await visit(page, `${partnership.url}/casussen/nieuw`);
	await page.getByRole('textbox', { name: 'Code of schuilnaam' }).fill('K-TOE-1');
	await page.getByRole('textbox', { name: 'Korte situatie' }).fill('Een leerling komt vaak te laat. De school wil het CLB inschakelen.');
	await page.getByRole('button', { name: 'Casus aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Casus K-TOE-1' })).toBeVisible();
	const caseUrl = new URL(page.url()).pathname;
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toHaveCount(0);

	// Link the agreement on the case's consent page: the warning appears.
	await page.getByRole('link', { name: 'Toestemming en informatiedeling' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Toestemming en informatiedeling/ })).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('combobox', { name: 'Welke afspraak geldt ook voor deze casus?' }).selectOption({ label: `${TITLE} (Toestemming van de ouders)` });
	await page.getByRole('button', { name: 'Koppelen aan de casus' }).click();
	const consentWarning = page.getByRole('region', { name: 'Toestemming ontbreekt' });
	await expect(consentWarning).toContainText(TITLE);
	await expect(consentWarning).toContainText('Er is geen geldige toestemming van de ouders');
	await expectAxeClean(page);

	// The case itself warns near the top, and the case list marks it in words.
	await visit(page, caseUrl);
	const caseWarning = page.getByRole('region', { name: 'Toestemming ontbreekt' });
	await expect(caseWarning).toContainText(`${TITLE}: Er is geen geldige toestemming van de ouders`);
	await expect(caseWarning.getByRole('link', { name: 'Toestemming bekijken of noteren' })).toHaveAttribute('href', `${caseUrl}/toestemming`);
	await visit(page, `${partnership.url}/casussen`);
	const row = page.getByRole('row').filter({ hasText: 'K-TOE-1' });
	await expect(row.getByRole('link', { name: 'Toestemming ontbreekt' })).toBeVisible();

	// Consent given two months ago that ran until yesterday: still a warning, which says it expired.
	await row.getByRole('link', { name: 'Toestemming ontbreekt' }).click();
	await expect(page).toHaveURL(`${caseUrl}/toestemming`);
	await addConsent(page, { givenOn: shift(today, -60), expiresOn: yesterday, givenBy: 'Eén ouder', form: 'Schriftelijk' });
	await expect(page.locator('li.record').filter({ hasText: 'Schriftelijk' })).toContainText('Verlopen');
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toContainText(`De toestemming van de ouders (of één ouder of de voogd) is verlopen op ${long(yesterday)}.`);
	await expectAxeClean(page);
	await visit(page, caseUrl);
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toContainText(`is verlopen op ${long(yesterday)}`);

	// Valid consent: the warning is gone, here and on the case, and the list no longer marks it.
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

	// The parents withdraw it from today: the warning is back.
	await visit(page, `${caseUrl}/toestemming`);
	const valid = page.locator('li.record').filter({ hasText: 'Digitaal' });
	await valid.getByText('Toestemming intrekken', { exact: true }).click();
	await expect(valid.getByLabel('Ingetrokken vanaf')).toHaveValue(today);
	await valid.getByRole('textbox', { name: 'Toelichting' }).fill('De ouders willen eerst zelf met het CLB praten.');
	await expectAxeClean(page);
	await valid.getByRole('button', { name: 'Intrekken', exact: true }).click();
	await expect(valid.locator('.badge')).toHaveText('Ingetrokken');
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toContainText(`is ingetrokken vanaf ${long(today)}`);
	await expectAxeClean(page);
	await visit(page, caseUrl);
	await expect(page.getByRole('region', { name: 'Toestemming ontbreekt' })).toContainText(`${TITLE}: De toestemming van de ouders (of één ouder of de voogd) is ingetrokken vanaf ${long(today)}.`);
	await visit(page, `${partnership.url}/casussen`);
	await expect(page.getByRole('row').filter({ hasText: 'K-TOE-1' }).getByRole('link', { name: 'Toestemming ontbreekt' })).toBeVisible();

	// The sharing list shows the agreement and that it applies to one case.
	await visit(page, `${partnership.url}/informatiedeling`);
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });
	await expect(card).toContainText('Geldt voor casussen');
	await expect(card).toContainText('Toestemming van de ouders');
});
