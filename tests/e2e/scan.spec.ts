// The collaboration scan: a coordinator opens a round; partners answer (one on a phone, one without
// JavaScript), anonymously and only once. With two answers the results page says how many are
// still needed and shows no figures; with three, once the round is closed, the radar and its data
// table appear. An insight becomes an agreement.

import type { Page } from '@playwright/test';
import { createInviteLink, createPartnership, expect, expectAxeClean, expectNothingSticksOut, joinThroughLink, openMenu, postForm, register, test, visit } from './fixtures';

const PHONE = { width: 375, height: 740 };

/** Chooses `value` for every statement of the answer form that has no choice yet. */
async function answerRest(page: Page, value: string) {
	for (const radio of await page.locator(`form.answer input[type="radio"][value="${value}"]`).all()) {
		const name = await radio.getAttribute('name');
		if ((await page.locator(`form.answer input[type="radio"][name="${name}"]:checked`).count()) === 0) await radio.check();
	}
}

test('scan: opened, answered anonymously once by each partner, radar from three answers, an insight becomes an agreement', async ({ page, newContext, baseURL }) => {
	test.setTimeout(240_000);
	await register(page, { name: 'Sofie Coördinator' });
	const partnership = await createPartnership(page);
	const link = await createInviteLink(page, partnership, { multiple: true });

	// The coordinator opens a round from the menu; a date in the past is refused next to the field.
	await visit(page, partnership.url);
	await openMenu(page, 'Evalueren', 'Samenwerkingsscan');
	await expect(page.getByRole('heading', { level: 1, name: 'Samenwerkingsscan' })).toBeVisible();
	await expect(page.getByText('Er is nog geen ronde. Open hierboven de eerste.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: /Naam van de ronde/ })).toHaveValue(/^Samenwerkingsscan /);
	await expectAxeClean(page);
	await page.getByRole('textbox', { name: /Naam van de ronde/ }).fill('Scan voorjaar');
	await page.getByLabel(/Open tot en met/).fill('2020-01-10');
	await page.getByRole('button', { name: 'Ronde openen' }).click();
	await expect(page.getByText('Kies een datum na vandaag: de partners hebben tijd nodig om te antwoorden.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: /Naam van de ronde/ })).toHaveValue('Scan voorjaar');
	await expectAxeClean(page);
	await page.getByLabel(/Open tot en met/).fill(new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10));
	await page.getByRole('button', { name: 'Ronde openen' }).click();
	await expect(page).toHaveURL(/\/scan\/[0-9a-f-]{36}\?geopend$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Scan voorjaar' })).toBeVisible();
	await expect(page.getByText('De ronde is geopend.')).toBeVisible();
	await expectAxeClean(page);
	const roundUrl = new URL(page.url()).pathname;
	const resultsUrl = `${roundUrl}/resultaten`;

	// Three partners join: the first on a phone, the third without JavaScript.
	const partners: Page[] = [];
	for (const [i, options] of [{ viewport: PHONE }, {}, { javaScriptEnabled: false }].entries()) {
		const p = await (await newContext(options)).newPage();
		await register(p, { name: `Partner ${i + 1}` });
		await joinThroughLink(p, link, { organisationName: `CAW Oost ${i + 1}`, organisationType: 'CAW', function: 'Welzijnswerker' });
		partners.push(p);
	}
	const [phone, second, noJs] = partners as [Page, Page, Page];

	// On the phone: "Invullen" from the overview; one fieldset per block, radio groups per statement.
	await visit(phone, `${partnership.url}/scan`);
	await phone.getByRole('link', { name: /^Invullen/ }).click();
	await expect(phone.getByRole('heading', { level: 2, name: 'Jouw antwoorden' })).toBeVisible();
	await expectAxeClean(phone);
	await expectNothingSticksOut(phone);
	const block = phone.getByRole('group', { name: '2. Werken aan relatie' });
	await expect(block.getByRole('group')).toHaveCount(5);
	const statement = phone.getByRole('group', { name: 'We kennen elkaar ook buiten moeilijke situaties.' });
	await statement.getByRole('radio', { name: '5 (helemaal akkoord)' }).check();
	const comment = phone.getByRole('textbox', { name: 'Toelichting bij Relatie (niet verplicht)' });
	await comment.fill('Jan Peeters van het CAW belt nooit terug.');
	// Sent half filled in: a message next to each statement without a choice; what was chosen stays.
	await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(phone.getByText('Nog zonder antwoord: 29.')).toBeVisible();
	await expect(phone.getByText('Kies bij deze uitspraak een cijfer van 1 tot 5, of ‘weet niet’.')).toHaveCount(29);
	await expect(statement.getByRole('radio', { name: '5 (helemaal akkoord)' })).toBeChecked();
	await expect(comment).toHaveValue('Jan Peeters van het CAW belt nooit terug.');
	await expectAxeClean(phone);
	// Everything chosen: the guard stops the name in the comment, the answers stay.
	await answerRest(phone, '3');
	await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
	const warning = phone.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' });
	await expect(warning).toBeVisible();
	await expect(warning.locator('mark').first()).toContainText('Jan Peeters');
	await expect(statement.getByRole('radio', { name: '5 (helemaal akkoord)' })).toBeChecked();
	await expectAxeClean(phone);
	await comment.fill('Na een doorverwijzing hoor ik niets meer terug.');
	await phone.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(phone.getByText('Bedankt! Je antwoord is anoniem bewaard.')).toBeVisible();
	await expect(phone.getByText('Je kunt het niet meer aanpassen')).toBeVisible();
	await expect(phone.getByRole('button', { name: 'Antwoorden versturen' })).toHaveCount(0);
	await expect(phone.getByText('Antwoorden: 1', { exact: false })).toBeVisible();
	await expectAxeClean(phone);

	// The second partner answers; a second answer (another tab, a replayed form) is refused.
	await visit(second, roundUrl);
	const names = await second.locator('form.answer input[type="radio"][value="2"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).name));
	await answerRest(second, '2');
	await second.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(second.getByText('Bedankt! Je antwoord is anoniem bewaard.')).toBeVisible();
	const again = await postForm(second.request, `${roundUrl}?/answer`, Object.fromEntries(names.map((n) => [n, '5'])), { origin: baseURL! });
	expect(again.status()).toBe(409);
	expect(await again.text()).toContain('Je hebt deze ronde al ingevuld.');
	await visit(second, roundUrl);
	await expect(second.getByText('Je hebt deze ronde al ingevuld.')).toBeVisible();
	await expect(second.getByRole('button', { name: 'Antwoorden versturen' })).toHaveCount(0);

	// Two answers: the results page says one more is needed, and shows no figures.
	await visit(page, resultsUrl);
	await expect(page.getByText('Nog 1 antwoord nodig.')).toBeVisible();
	await expect(page.getByRole('img', { name: /Radar/ })).toHaveCount(0);
	await expect(page.getByRole('table')).toHaveCount(0);
	await expect(page.getByText('hoor ik niets meer terug')).toHaveCount(0);

	// The third answers without JavaScript, with one "weet niet".
	await visit(noJs, roundUrl);
	await noJs.getByRole('group', { name: 'Ik hoor terug wat er met mijn signaal of vraag gebeurd is.' }).getByRole('radio', { name: 'Weet niet' }).check();
	await answerRest(noJs, '4');
	await noJs.getByRole('button', { name: 'Antwoorden versturen' }).click();
	await expect(noJs.getByText('Bedankt! Je antwoord is anoniem bewaard.')).toBeVisible();
	await expectAxeClean(noJs);

	// Three answers while the round is open: enough, but the figures wait for the close.
	await visit(page, resultsUrl);
	await expect(page.getByText('Er zijn genoeg antwoorden.')).toBeVisible();
	await expect(page.getByRole('img', { name: /Radar/ })).toHaveCount(0);
	await page.getByRole('link', { name: 'Naar de ronde, om ze nu af te sluiten' }).click();
	await page.getByText('Ronde nu afsluiten', { exact: true }).click();
	await page.getByRole('button', { name: 'Ja, ronde afsluiten' }).click();
	await expect(page.getByText('De ronde is afgesloten. Niemand kan nog antwoorden.')).toBeVisible();
	await expectAxeClean(page);

	// The radar (SVG) and its data table with the same figures.
	await page.getByRole('link', { name: 'Resultaten' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Resultaten: Scan voorjaar' })).toBeVisible();
	const radar = page.getByRole('img', { name: 'Radar van de zes bouwstenen: Scan voorjaar' });
	await expect(radar).toBeVisible();
	expect(await radar.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
	const figures = page.getByRole('table', { name: 'Gemiddelde per bouwsteen (1 tot 5)' });
	await expect(figures.getByRole('row')).toHaveCount(7);
	// Relatie: (3,4 + 2 + 4) / 3 = 3,1 (one 5 among the 3s); communicatie: (3 + 2 + 4) / 3 = 3,0 ("weet niet" left out).
	await expect(figures.getByRole('row', { name: /Relatie/ })).toContainText('3,1');
	await expect(figures.getByRole('row', { name: /Communicatie/ })).toContainText('3,0');
	await expect(page.getByText('Na een doorverwijzing hoor ik niets meer terug.')).toBeVisible();
	await expect(page.getByText('Geen opsplitsing per sector in deze ronde.')).toBeVisible();
	await expect(page.getByText('Dit is de eerste ronde met resultaten.')).toBeVisible();
	// The weakest blocks link to their reflection questions in the knowledge base.
	const weakest = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Waar kunnen jullie aan werken?' }) });
	await expect(weakest.getByRole('link', { name: /^Reflectievragen bij deze bouwsteen/ })).toHaveCount(2);
	await expect(weakest.getByRole('link', { name: /^Reflectievragen bij deze bouwsteen/ }).first()).toHaveAttribute('href', /^\/bouwstenen\/[a-z-]+#questions-title$/);
	await expectAxeClean(page);

	// An insight becomes an agreement of this round.
	await page.getByRole('textbox', { name: 'Wat spreken we af?' }).fill('Elke dienst stuurt na een doorverwijzing een korte status naar de school.');
	await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Elke dienst stuurt na een doorverwijzing een korte status naar de school.' })).toBeVisible();
	await expectAxeClean(page);

	// The partnership home shows this radar as its compass, with the two weakest blocks.
	await visit(page, partnership.url);
	const compass = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Kompas: hoe staat onze samenwerking ervoor?' }) });
	await expect(compass.getByRole('img', { name: 'Radar van de zes bouwstenen: Scan voorjaar' })).toBeVisible();
	await expect(compass).toContainText('met 3 antwoorden');
	await expect(compass.getByRole('link', { name: 'Reflectievragen bij deze bouwsteen' })).toHaveCount(2);
	await expectAxeClean(page);

	// On the phone: the results fit the screen; the round can no longer be answered.
	await visit(phone, resultsUrl);
	await expect(phone.getByRole('img', { name: /Radar/ })).toBeVisible();
	await expectNothingSticksOut(phone);
	await visit(phone, roundUrl);
	await expect(phone.getByText('Je hebt deze ronde al ingevuld.')).toBeVisible();
	await visit(phone, `${partnership.url}/scan`);
	await expect(phone.getByRole('link', { name: /^Invullen/ })).toHaveCount(0);
	await expect(phone.getByText('Je hebt deze ronde ingevuld.')).toBeVisible();
});
