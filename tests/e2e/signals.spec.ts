// Signals to policy: a partner makes a signal from a case (nothing of the case shows on the signal),
// bad input is kept with Dutch messages, a learning-log entry counts in the same signal, and a
// coordinator moves it through discussed → passed on → answered with dates and the answer received.
// The overview counts per theme. An observer (policy level) reads the overview and the signal but
// never sees which case, and cannot write.

import { createInviteLink, createPartnership, expect, expectAxeClean, joinThroughLink, openMenu, register, test, visit } from './fixtures';

/** A date `days` before today in Belgium, as YYYY-MM-DD (what a date field holds). */
function daysAgo(days: number): string {
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
	return new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}
/** How the pages write that date ("12 mrt 2026"). */
const shown = (date: string) => new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

const CASE_CODE = 'SIG-KOSTEN-07';
const CASE_TEXT = 'komt vaak zonder boterhammen naar school';

test('a signal from a case goes to policy and back with an answer; an observer reads counts only', async ({ page, newContext }) => {
	test.setTimeout(240_000);
	await register(page, { name: 'Sofie Coördinator' });
	const partnership = await createPartnership(page);
	const memberLink = await createInviteLink(page, partnership, { role: 'Partner' });
	const observerLink = await createInviteLink(page, partnership, { role: 'Waarnemer' });

	const member = await (await newContext()).newPage();
	await register(member, { name: 'Lies Partner' });
	await joinThroughLink(member, memberLink, { organisationName: 'CLB Oost', organisationType: 'CLB', function: 'CLB-medewerker' });

	// The partner's case, with content that must never reach a signal.
	await visit(member, `${partnership.url}/casussen/nieuw`);
	await member.getByRole('textbox', { name: 'Code of schuilnaam' }).fill(CASE_CODE);
	await member.getByRole('textbox', { name: 'Korte situatie' }).fill(`Een leerling ${CASE_TEXT}. De schoolrekening is al maanden open.`);
	await member.getByRole('button', { name: 'Casus aanmaken' }).click();
	await expect(member.getByRole('heading', { level: 1, name: `Casus ${CASE_CODE}` })).toBeVisible();
	const caseUrl = new URL(member.url()).pathname;
	const caseId = caseUrl.split('/').pop()!;

	// From the case page: "Signaal maken". The new-signal page says only "gezien in 1 casus".
	const caseSignals = member.getByRole('complementary', { name: 'Signalen naar beleid' });
	await caseSignals.getByRole('link', { name: 'Signaal maken' }).click();
	await expect(member).toHaveURL(`${partnership.url}/signalen/nieuw?casus=${caseId}`);
	await expect(member.getByRole('heading', { level: 1, name: 'Nieuw signaal' })).toBeVisible();
	await expect(member.getByText('gezien in 1 casus')).toBeVisible();
	const main = member.getByRole('main');
	await expect(main).not.toContainText(CASE_CODE);
	await expect(main).not.toContainText(CASE_TEXT);
	await expectAxeClean(member);

	// Nothing filled in: Dutch messages next to the fields.
	const create = member.getByRole('button', { name: 'Signaal bewaren' });
	await create.click();
	await expect(member.getByText('Geef het signaal een korte titel (minstens 3 tekens).')).toBeVisible();
	await expect(member.getByText('Kies het thema waar het signaal over gaat.')).toBeVisible();
	await expect(member.getByText('Kies het niveau dat het signaal moet bereiken.')).toBeVisible();
	await expect(member.getByText('Kies aan wie jullie het signaal richten.')).toBeVisible();
	await expect(member).toHaveURL(`${partnership.url}/signalen/nieuw?casus=${caseId}`);
	await expect(member.getByText('gezien in 1 casus')).toBeVisible();
	await expectAxeClean(member);

	// "Andere" without a name, a date in the future and a child's name: each stopped, the input kept.
	const title = member.getByRole('textbox', { name: 'Titel' });
	const description = member.getByRole('textbox', { name: 'Wat loopt er mis?' });
	await title.fill('Schoolrekeningen blijven open');
	await member.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Schoolkosten' });
	await description.fill('Emma Peeters en andere kinderen gaan niet mee op uitstap omdat de rekening te hoog is.');
	await member.getByRole('textbox', { name: 'Wat vragen jullie?' }).fill('Een gezamenlijke regeling voor schoolkosten in de gemeente.');
	await member.getByRole('radio', { name: /^Meso/ }).check();
	await member.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Andere' });
	await member.getByLabel('Datum van verzamelen').fill(daysAgo(-3));
	await create.click();
	await expect(member.getByText('Schrijf bij "Andere" aan wie jullie het signaal richten.')).toBeVisible();
	await expect(title).toHaveValue('Schoolrekeningen blijven open');
	await expect(member.getByRole('radio', { name: /^Meso/ })).toBeChecked();
	await expectAxeClean(member);
	await member.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Lokaal bestuur' });
	await create.click();
	await expect(member.getByText('Deze datum ligt in de toekomst. Kies vandaag of een dag ervoor.')).toBeVisible();
	await member.getByLabel('Datum van verzamelen').fill(daysAgo(30));
	await create.click();
	const warning = member.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' });
	await expect(warning).toBeVisible();
	await expect(warning.locator('mark').first()).toContainText('Emma Peeters');
	await expect(warning.getByRole('button', { name: 'Toch opslaan' })).toBeVisible();
	await expect(description).toHaveValue(/Emma Peeters/);
	await expectAxeClean(member);
	await description.fill('Kinderen uit gezinnen met een laag inkomen gaan niet mee op uitstap, omdat de rekening te hoog is.');
	await create.click();

	// The signal: its own words, "gezien in 1 casus", nothing of the case.
	await expect(member.getByRole('heading', { level: 1, name: 'Schoolrekeningen blijven open' })).toBeVisible();
	await expect(member.getByText('Het signaal is bewaard.')).toBeVisible();
	await expect(member.locator('#bronnen')).toContainText('gezien in 1 casus');
	await expect(main).not.toContainText(CASE_CODE);
	await expect(main).not.toContainText(CASE_TEXT);
	const firstStep = member.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
	await expect(firstStep).toHaveCount(1);
	await expect(firstStep).toContainText('Verzameld');
	await expect(firstStep).toContainText(shown(daysAgo(30)));
	await expectAxeClean(member);
	const signalUrl = new URL(member.url()).pathname;

	// The case page now says which signal it counts in.
	await visit(member, caseUrl);
	await expect(caseSignals.getByText('Deze casus telt mee in:')).toBeVisible();
	await expect(caseSignals.getByRole('link', { name: 'Schoolrekeningen blijven open' })).toHaveAttribute('href', signalUrl);

	// A learning-log entry about the same problem counts in the existing signal.
	await visit(member, `${partnership.url}/leerlogboek/nieuw?soort=bottleneck`);
	await member.getByRole('textbox', { name: 'Titel' }).fill('Uitstappen te duur voor veel gezinnen');
	await member.getByRole('textbox', { name: 'Wat gebeurde er?' }).fill('Bij elke uitstap blijven dezelfde kinderen thuis omdat de kosten te hoog zijn.');
	await member.getByRole('checkbox', { name: 'Werken aan betrokkenheid op verschillende niveaus' }).check();
	await member.getByRole('button', { name: 'Bewaren in het leerlogboek' }).click();
	await expect(member.getByRole('heading', { level: 1, name: 'Uitstappen te duur voor veel gezinnen' })).toBeVisible();
	await member.getByRole('link', { name: 'Signaal maken' }).click();
	await expect(member.getByText('gezien in 1 item van het leerlogboek')).toBeVisible();
	await expectAxeClean(member);
	await member.getByRole('button', { name: 'Ook gezien: laat meetellen: Schoolrekeningen blijven open' }).click();
	await expect(member).toHaveURL(new RegExp(`${signalUrl}\\?gekoppeld=learning`));
	await expect(member.getByText('De bron telt nu mee in dit signaal.')).toBeVisible();
	await expect(member.locator('#bronnen')).toContainText('gezien in 1 item van het leerlogboek');
	await expect(member.locator('#bronnen')).toContainText('gezien in 1 casus');
	await expectAxeClean(member);

	// The coordinator moves it through its steps, each with a date.
	await visit(page, signalUrl);
	const forward = (name: string) => page.getByRole('form', { name });
	const discuss = forward('Hebben jullie het signaal samen besproken?');
	await discuss.getByLabel('Datum van deze stap').fill(daysAgo(40));
	await discuss.getByRole('textbox', { name: 'Notitie' }).fill('Besproken in het structureel overleg van de wijk.');
	await discuss.getByRole('button', { name: 'Zet de stap: Besproken' }).click();
	await expect(page.getByText(`Kies een datum op of na de vorige stap (${shown(daysAgo(30))}).`)).toBeVisible();
	await expect(discuss.getByRole('textbox', { name: 'Notitie' })).toHaveValue('Besproken in het structureel overleg van de wijk.');
	await expectAxeClean(page);
	await discuss.getByLabel('Datum van deze stap').fill(daysAgo(20));
	await discuss.getByRole('button', { name: 'Zet de stap: Besproken' }).click();
	await expect(page.getByText('De stap is gezet. Het signaal staat nu op: Besproken.')).toBeVisible();

	const passOn = forward('Hebben jullie het signaal doorgegeven aan wie er iets aan kan doen?');
	await passOn.getByLabel('Datum van deze stap').fill(daysAgo(10));
	await passOn.getByRole('textbox', { name: 'Notitie' }).fill('Per mail aan de schepen van onderwijs.');
	await passOn.getByRole('button', { name: 'Zet de stap: Doorgegeven' }).click();
	await expect(page.getByText('De stap is gezet. Het signaal staat nu op: Doorgegeven.')).toBeVisible();
	await expectAxeClean(page);

	// "Answered" needs the answer received.
	const answer = forward('Kregen jullie een antwoord?');
	await answer.getByRole('button', { name: 'Zet de stap: Beantwoord' }).click();
	await expect(answer.getByText('Noteer het antwoord dat jullie kregen (minstens 3 tekens).')).toBeVisible();
	await expectAxeClean(page);
	await answer.getByRole('textbox', { name: 'Het antwoord dat jullie kregen' }).fill('Het lokaal bestuur start een proef met een toelage voor uitstappen.');
	await answer.getByRole('button', { name: 'Zet de stap: Beantwoord' }).click();
	await expect(page.getByText('De stap is gezet. Het signaal staat nu op: Beantwoord.')).toBeVisible();
	const answered = page.getByRole('region', { name: 'Het antwoord' });
	await expect(answered).toContainText('Het lokaal bestuur start een proef met een toelage voor uitstappen.');
	await expect(answered).toContainText(`Ontvangen op ${shown(daysAgo(0))}`);
	const timeline = page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem');
	await expect(timeline).toHaveCount(4);
	await expect(timeline.nth(0)).toContainText(shown(daysAgo(30)));
	await expect(timeline.nth(0)).toContainText('Verzameld');
	await expect(timeline.nth(1)).toContainText(shown(daysAgo(20)));
	await expect(timeline.nth(1)).toContainText('Besproken in het structureel overleg van de wijk.');
	await expect(timeline.nth(2)).toContainText(shown(daysAgo(10)));
	await expect(timeline.nth(2)).toContainText('Doorgegeven');
	await expect(timeline.nth(3)).toContainText('Beantwoord');
	await expect(page.getByText('Dit signaal heeft een antwoord gekregen. Dat is de laatste stap.')).toBeVisible();
	await expectAxeClean(page);

	// A second signal, from nothing, about housing.
	await visit(page, `${partnership.url}/signalen/nieuw`);
	await page.getByRole('textbox', { name: 'Titel' }).fill('Te weinig grote sociale woningen');
	await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Wonen' });
	await page.getByRole('textbox', { name: 'Wat loopt er mis?' }).fill('Grote gezinnen vinden geen betaalbare woning en verhuizen vaak van school naar school.');
	await page.getByRole('radio', { name: /^Macro/ }).check();
	await page.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Vlaamse overheid' });
	await page.getByRole('button', { name: 'Signaal bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Te weinig grote sociale woningen' })).toBeVisible();
	await expect(page.locator('#bronnen')).toContainText('Nog aan geen casus, leerlogboek of reflectie gekoppeld.');

	// The list filters by status and theme, with counts.
	await openMenu(page, 'Evalueren', 'Signalen');
	await expect(page.getByRole('heading', { level: 1, name: 'Signalen naar beleid' })).toBeVisible();
	await expect(page.getByText('2 van 2 signalen getoond.')).toBeVisible();
	const filters = page.getByRole('navigation', { name: 'Filters van de signalen' });
	await filters.getByRole('link', { name: 'Beantwoord (1)' }).click();
	await expect(page.getByText('1 van 2 signalen getoond.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Schoolrekeningen blijven open' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Te weinig grote sociale woningen' })).toHaveCount(0);
	await expectAxeClean(page);

	// The overview: counts per theme and per step, as a chart and a table.
	await page.getByRole('link', { name: 'Overzicht per thema' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Signalen per thema' })).toBeVisible();
	const table = page.getByRole('table', { name: 'Aantal signalen per thema en per stap' });
	await expect(table.getByRole('row', { name: /^Schoolkosten/ })).toHaveText(/Schoolkosten\s*0\s*0\s*0\s*1\s*1/);
	await expect(table.getByRole('row', { name: /^Wonen/ })).toHaveText(/Wonen\s*1\s*0\s*0\s*0\s*1/);
	await expect(page.getByRole('img', { name: /Staafdiagram/ })).toBeVisible();
	await expectAxeClean(page);

	// The observer at policy level: the overview and the signal, counts only, no case, no forms.
	const observer = await (await newContext()).newPage();
	await register(observer, { name: 'Nadia Beleid' });
	await joinThroughLink(observer, observerLink, { organisationName: 'Stad Oost', organisationType: 'Lokaal bestuur', function: 'Beleidsmedewerker' });
	await openMenu(observer, 'Evalueren', 'Signalen');
	await expect(observer.getByRole('link', { name: 'Nieuw signaal' })).toHaveCount(0);
	await expectAxeClean(observer);
	await observer.getByRole('link', { name: 'Overzicht per thema' }).click();
	await expect(observer.getByRole('table', { name: 'Aantal signalen per thema en per stap' }).getByRole('row', { name: /^Schoolkosten/ })).toHaveText(/Schoolkosten\s*0\s*0\s*0\s*1\s*1/);
	await expect(observer.getByText('2 signalen.', { exact: true })).toBeVisible();
	await expect(observer.locator('.summary')).toContainText('Samen gezien in: 1 casus, 1 item van het leerlogboek.');
	await expectAxeClean(observer);
	await visit(observer, signalUrl);
	const observed = observer.getByRole('main');
	await expect(observed).toContainText('gezien in 1 casus');
	await expect(observed).toContainText('Het lokaal bestuur start een proef');
	await expect(observed).not.toContainText(CASE_CODE);
	await expect(observed).not.toContainText(CASE_TEXT);
	await expect(observer.getByRole('button', { name: /Zet de stap|Laten meetellen|Opslaan|Terug naar/ })).toHaveCount(0);
	await expect(observed.getByRole('combobox')).toHaveCount(0);
	// Writing is not for observers, and the case itself stays closed.
	expect((await observer.goto(`${partnership.url}/signalen/nieuw?casus=${caseId}`))?.status()).toBe(403);
	expect((await observer.goto(caseUrl))?.status()).toBe(403);

	// A case id that is not of this partnership: 404 for the partner too.
	expect((await member.goto(`${partnership.url}/signalen/nieuw?casus=00000000-0000-4000-8000-000000000000`))?.status()).toBe(404);
	expect((await member.goto(`${partnership.url}/signalen/nieuw?leerlogboek=geen-id`))?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a signal is made and moved on a phone without scripts; bad input comes back with Dutch messages', async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 375, height: 800 });
		await register(page, { name: 'Tom Zonder Script' });
		const partnership = await createPartnership(page);
		await visit(page, `${partnership.url}/signalen/nieuw`);
		await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Vervoer' });
		await page.getByRole('radio', { name: /^Macro/ }).check();
		await page.getByRole('combobox', { name: 'Gericht aan' }).selectOption({ label: 'Andere' });
		await page.getByRole('textbox', { name: 'Naam van een andere bestemmeling' }).fill('De vervoersmaatschappij');
		await page.getByRole('textbox', { name: 'Wat loopt er mis?' }).fill('Kort');
		await page.getByRole('button', { name: 'Signaal bewaren' }).click();
		await expect(page.getByText('Geef het signaal een korte titel (minstens 3 tekens).')).toBeVisible();
		await expect(page.getByText('Beschrijf het probleem in een paar zinnen, in algemene woorden (minstens 20 tekens).')).toBeVisible();
		await expect(page.getByRole('combobox', { name: 'Thema' })).toHaveValue('mobility');
		await expect(page.getByRole('combobox', { name: 'Gericht aan' })).toHaveValue('other');
		await expect(page.getByRole('textbox', { name: 'Naam van een andere bestemmeling' })).toHaveValue('De vervoersmaatschappij');
		await expect(page.getByRole('radio', { name: /^Macro/ })).toBeChecked();
		await expectAxeClean(page);

		await page.getByRole('textbox', { name: 'Titel' }).fill('Geen bus naar de secundaire school');
		await page.getByRole('textbox', { name: 'Wat loopt er mis?' }).fill('Leerlingen uit de deelgemeente hebben geen bus die op tijd aan school komt.');
		await page.getByRole('button', { name: 'Signaal bewaren' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Geen bus naar de secundaire school' })).toBeVisible();
		await expect(page.getByText('De vervoersmaatschappij')).toBeVisible();
		await expectAxeClean(page);

		// A step dated in the future: refused, the note kept; then set for today.
		const discuss = page.getByRole('form', { name: 'Hebben jullie het signaal samen besproken?' });
		await discuss.getByLabel('Datum van deze stap').fill(daysAgo(-1));
		await discuss.getByRole('textbox', { name: 'Notitie' }).fill('Besproken met de directies.');
		await discuss.getByRole('button', { name: 'Zet de stap: Besproken' }).click();
		await expect(page.getByText('Deze datum ligt in de toekomst. Kies vandaag of een dag ervoor.')).toBeVisible();
		await expect(discuss.getByRole('textbox', { name: 'Notitie' })).toHaveValue('Besproken met de directies.');
		await expectAxeClean(page);
		await discuss.getByLabel('Datum van deze stap').fill(daysAgo(0));
		await discuss.getByRole('button', { name: 'Zet de stap: Besproken' }).click();
		await expect(page.getByText('De stap is gezet. Het signaal staat nu op: Besproken.')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Tijdlijn' }).getByRole('listitem')).toHaveCount(2);
		await expectAxeClean(page);
	});
});
