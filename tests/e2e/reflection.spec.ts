// A live reflection moment across two app instances on one database. The facilitator (instance A,
// port 3100) starts a moment on "communicatie" and puts the projector view on a 1920×1080 screen. A
// partner who joined the partnership opens the short link on instance B (port 3101): not logged in,
// she logs in and comes back to the answer page, answers one question anonymously (after the
// personal-data guard stopped a name) and another with her name. Both answers appear on the
// projector and on the facilitator's page without a reload (LISTEN/NOTIFY from B to A, then
// server-sent events). The facilitator groups the anonymous answer, turns the group into an
// agreement, closes the moment (the projector follows), and the summary prints without forms.
// Without JavaScript, the same moment runs on plain forms (answer, group, rename, agreement, close).

import type { Page } from '@playwright/test';
import { createInviteLink, createPartnership, expect, expectAxeClean, joinThroughLink, openMenu, register, test, visit } from './fixtures';

const SECOND = `http://localhost:${process.env.E2E_SECOND_PORT ?? 3101}`;

/** Marks the page; the mark survives only as long as the page is not reloaded. */
async function markPage(page: Page) {
	await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
}
async function expectNotReloaded(page: Page) {
	expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
}

test('a reflection moment: answers from a phone on instance B appear live on the projector on instance A', async ({ page, newContext }) => {
	test.setTimeout(180_000);

	// The facilitator (instance A) and a partner who joins on instance B.
	await register(page, { name: 'Sofie Begeleider' });
	const partnership = await createPartnership(page);
	const link = await createInviteLink(page, partnership, { role: 'Partner' });
	const phoneContext = await newContext({ baseURL: SECOND, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
	const phone = await phoneContext.newPage();
	const partner = await register(phone, { name: 'Lies Partner' });
	await joinThroughLink(phone, link.replace(/^https?:\/\/[^/]+/, SECOND), { organisationName: 'CLB Oost', organisationType: 'CLB', function: 'CLB-medewerker' });
	expect(new URL(phone.url()).origin).toBe(SECOND);

	await test.step('the facilitator starts a moment: a block, its questions, anonymous allowed', async () => {
		await page.goto(partnership.url);
		await openMenu(page, 'Evalueren', 'Reflectiemomenten');
		await expect(page).toHaveURL(`${partnership.url}/reflectie`);
		await expect(page.getByRole('heading', { level: 1, name: 'Reflectiemomenten' })).toBeVisible();
		await expect(page.getByText('Er zijn nog geen reflectiemomenten.')).toBeVisible();
		await expectAxeClean(page);

		await page.getByRole('link', { name: 'Nieuw moment' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Nieuw reflectiemoment' })).toBeVisible();
		await expectAxeClean(page);
		await page.getByRole('radio', { name: /Werken aan communicatie/ }).check();
		await page.getByRole('button', { name: 'Verder' }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Vragen bij ‘Werken aan communicatie’' })).toBeVisible();
		const questions = page.getByRole('group', { name: 'Welke vragen stel je?' }).getByRole('checkbox');
		await expect(questions).toHaveCount(8);
		// The two recurring questions are ticked by default; the others are not.
		await expect(questions.nth(6)).toBeChecked();
		await expect(questions.nth(7)).toBeChecked();
		await expect(questions.nth(0)).not.toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Deelnemers mogen anoniem antwoorden' })).toBeChecked();
		await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue('Werken aan communicatie');
		await expectAxeClean(page);

		// Nothing ticked: a message next to the questions, the title kept.
		await questions.nth(6).uncheck();
		await questions.nth(7).uncheck();
		await page.getByRole('textbox', { name: 'Titel' }).fill('Hoe praten we met ouders?');
		await page.getByRole('button', { name: 'Moment starten' }).click();
		await expect(page.getByText('Kies minstens één vraag om te stellen.')).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue('Hoe praten we met ouders?');
		await expectAxeClean(page);

		await questions.nth(0).check();
		await questions.nth(6).check();
		await page.getByRole('button', { name: 'Moment starten' }).click();
		await expect(page).toHaveURL(new RegExp(`${partnership.url}/reflectie/[0-9a-f-]{36}$`));
		await expect(page.getByRole('heading', { level: 1, name: 'Hoe praten we met ouders?' })).toBeVisible();
		await expect(page.getByText('Loopt', { exact: true })).toBeVisible();
		await expect(page.getByText('Nog geen antwoorden.')).toHaveCount(2);
		await expectAxeClean(page);
	});
	const momentUrl = new URL(page.url()).pathname;
	const momentId = momentUrl.split('/').at(-1)!;
	const shortLink = await page.getByRole('textbox', { name: 'Korte link' }).inputValue();
	expect(shortLink).toMatch(/^http:\/\/localhost:3100\/r\/[2-9A-HJ-NP-Z]{6}$/);
	const code = shortLink.slice(-6);
	await expect(page.getByRole('link', { name: 'Signaal maken' })).toHaveAttribute('href', `${partnership.url}/signalen/nieuw?reflectie=${momentId}`);

	// The projector: another tab of the facilitator, full HD.
	const screen = await page.context().newPage();
	await screen.setViewportSize({ width: 1920, height: 1080 });
	await test.step('the projector view shows the questions, the short link and a QR code', async () => {
		await page.getByRole('link', { name: 'Scherm voor de projector' }).click();
		await expect(page).toHaveURL(`${momentUrl}/scherm`);
		await page.goBack();
		await visit(screen, `${momentUrl}/scherm`);
		await expect(screen.getByRole('heading', { level: 1, name: 'Hoe praten we met ouders?' })).toBeVisible();
		await expect(screen.getByRole('heading', { level: 2, name: /Vraag 1 Hoe ga je na of ouders begrijpen/ })).toBeVisible();
		await expect(screen.getByRole('heading', { level: 2, name: /Vraag 2 Waar hoor je de stem van kinderen en ouders/ })).toBeVisible();
		const qr = screen.getByRole('img', { name: `QR-code naar ${shortLink}` });
		await expect(qr.locator('svg')).toBeVisible();
		await expect(screen.getByText(code, { exact: true })).toBeInViewport();
		await expect(qr).toBeInViewport();
		// Large type: readable from the back of a room.
		const size = await screen.getByText(code, { exact: true }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThan(40);
		const question = await screen.getByRole('heading', { level: 2, name: /Vraag 1/ }).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(question).toBeGreaterThan(30);
		await expect(screen.getByText('Antwoorden: 0')).toHaveCount(2);
		await markPage(screen);
		await markPage(page);
	});

	await test.step('the short link on instance B: log in first, then the answer page', async () => {
		await phoneContext.clearCookies();
		await phone.goto(`${SECOND}/r/${code.toLowerCase()}`);
		await expect(phone).toHaveURL(`${SECOND}/inloggen?next=${encodeURIComponent(`/r/${code.toLowerCase()}`)}`);
		await expectAxeClean(phone);
		await phone.getByRole('textbox', { name: 'E-mailadres' }).fill(partner.email);
		await phone.getByLabel('Wachtwoord').fill(partner.password);
		await phone.getByRole('button', { name: 'Inloggen' }).click();
		await expect(phone).toHaveURL(`${SECOND}${momentUrl}/meedoen`);
		await expect(phone.getByRole('heading', { level: 1, name: 'Hoe praten we met ouders?' })).toBeVisible();
		await expectAxeClean(phone);
	});

	await test.step('an anonymous answer: the guard stops a name first', async () => {
		const first = phone.getByRole('form', { name: 'Vraag 1' });
		const answer = first.getByRole('textbox', { name: /Hoe ga je na of ouders begrijpen/ });
		await answer.fill('Ik bel Emma Peeters altijd na het oudercontact.');
		await first.getByRole('checkbox', { name: 'Anoniem antwoorden' }).check();
		await first.getByRole('button', { name: 'Antwoord versturen' }).click();
		await expect(first.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' })).toBeVisible();
		await expect(first.getByRole('button', { name: 'Toch opslaan' })).toBeVisible();
		await expect(answer).toHaveValue(/Emma Peeters/);
		await expectAxeClean(phone);
		await answer.fill('Onze brieven zijn te lang en vol schooltaal.');
		await first.getByRole('button', { name: 'Antwoord versturen' }).click();
		await expect(first.getByRole('status')).toHaveText('Bedankt, je antwoord staat erbij, zonder naam. Je kan nog een antwoord sturen.');
		await expect(answer).toHaveValue('');
		await expect(first.getByRole('checkbox', { name: 'Anoniem antwoorden' })).toBeChecked();
		await expectAxeClean(phone);
	});

	await test.step('it appears on the projector and on the facilitator page without a reload, without a name', async () => {
		const onScreen = screen.locator('.answers li').filter({ hasText: 'Onze brieven zijn te lang en vol schooltaal.' });
		await expect(onScreen).toBeVisible();
		await expect(onScreen).not.toContainText('Lies Partner');
		await expect(screen.getByText('Antwoorden: 1')).toBeVisible();
		await expectNotReloaded(screen);
		const onPage = page.getByRole('listitem').filter({ hasText: 'Onze brieven zijn te lang en vol schooltaal.' });
		await expect(onPage).toContainText('Anoniem');
		await expect(page.getByRole('heading', { level: 2, name: 'Antwoorden (1)' })).toBeVisible();
		await expectNotReloaded(page);
		await expectAxeClean(screen);
	});

	await test.step('a second answer, with her name, to the other question', async () => {
		const second = phone.getByRole('form', { name: 'Vraag 2' });
		await second.getByRole('textbox').fill('Ouders zitten zelden mee aan tafel.');
		await second.getByRole('button', { name: 'Antwoord versturen' }).click();
		await expect(second.getByRole('status')).toHaveText('Bedankt, je antwoord staat erbij. Je kan nog een antwoord sturen.');
		const onScreen = screen.locator('.answers li').filter({ hasText: 'Ouders zitten zelden mee aan tafel.' });
		await expect(onScreen).toContainText('Lies Partner');
		await expectNotReloaded(screen);
	});

	await test.step('the facilitator groups the anonymous answer and makes an agreement of the group', async () => {
		await page.getByRole('textbox', { name: 'Naam van een nieuwe groep' }).fill('Brieven in eenvoudige taal');
		await page.getByRole('button', { name: 'Groep maken' }).click();
		const group = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Brieven in eenvoudige taal' }) });
		await expect(group).toContainText('Nog geen antwoorden in deze groep.');
		await expect(page.getByRole('textbox', { name: 'Naam van een nieuwe groep' })).toHaveValue('');
		const answer = page.getByRole('listitem').filter({ hasText: 'Onze brieven zijn te lang en vol schooltaal.' }).filter({ has: page.getByRole('combobox') });
		await answer.getByRole('combobox', { name: 'Groep' }).selectOption({ label: 'Brieven in eenvoudige taal' });
		await answer.getByRole('button', { name: 'Verplaatsen' }).click();
		await expect(group).toContainText('Onze brieven zijn te lang en vol schooltaal.');
		await expect(answer).toContainText('in groep Brieven in eenvoudige taal');
		await expectAxeClean(page);

		await group.getByRole('link', { name: 'Maak er een afspraak van' }).click();
		await expect(page).toHaveURL(/\?groep=[0-9a-f-]{36}#afspraak$/);
		const form = page.locator('#afspraak');
		await expect(form.getByRole('heading', { level: 2, name: 'Afspraak uit de groep ‘Brieven in eenvoudige taal’' })).toBeVisible();
		await expect(form.getByRole('textbox', { name: 'Wat spreken we af?' })).toHaveValue('Brieven in eenvoudige taal');
		await expectAxeClean(page);
		await form.getByRole('textbox', { name: 'Wat spreken we af?' }).fill('We herschrijven de brieven naar ouders in eenvoudige taal en laten ze nalezen door de oudergroep.');
		await form.getByLabel('Tegen wanneer').fill(`${new Date().getFullYear() + 1}-03-31`);
		await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'De afspraak is gemaakt en hangt aan de groep.' })).toBeVisible();
		await expect(group.getByText('Afspraak gemaakt')).toBeVisible();
		await expect(group.getByRole('link', { name: /We herschrijven de brieven/ })).toBeVisible();
		await expect(group.getByRole('link', { name: 'Maak er een afspraak van' })).toHaveCount(0);
		await expect(page.getByRole('table').getByText(/We herschrijven de brieven/)).toBeVisible();
		await expectAxeClean(page);
	});

	await test.step('closing: the projector follows, the phone can no longer answer', async () => {
		await page.getByRole('button', { name: 'Moment afsluiten' }).click();
		await expect(page.getByText(/^Afgesloten op /)).toBeVisible();
		await expect(screen.getByRole('heading', { level: 2, name: 'Afgesloten' })).toBeVisible();
		await expect(screen.getByRole('img', { name: /QR-code/ })).toHaveCount(0);
		await expectNotReloaded(screen);
		await expectAxeClean(screen);
		await phone.reload();
		await expect(phone.getByText('Dit moment is afgesloten. Je kan niet meer antwoorden.')).toBeVisible();
		await expect(phone.getByRole('button', { name: 'Antwoord versturen' }).first()).toBeDisabled();
		await expectAxeClean(phone);
	});

	await test.step('the summary: questions, grouped answers, the agreement; it prints without forms', async () => {
		await page.getByRole('link', { name: 'Samenvatting' }).click();
		await expect(page).toHaveURL(`${momentUrl}/samenvatting`);
		await expect(page.getByRole('heading', { level: 1, name: /Samenvatting Hoe praten we met ouders\?/ })).toBeVisible();
		const groups = page.getByRole('region', { name: 'Wat er naar boven kwam' });
		await expect(groups.getByRole('heading', { level: 3, name: 'Brieven in eenvoudige taal' })).toBeVisible();
		await expect(groups).toContainText('Onze brieven zijn te lang en vol schooltaal.');
		await expect(groups).toContainText('Afspraak: We herschrijven de brieven');
		await expect(page.getByRole('region', { name: 'Andere antwoorden' })).toContainText('Ouders zitten zelden mee aan tafel.');
		await expect(page.getByRole('main')).not.toContainText('Lies Partner');
		await expectAxeClean(page);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('form:visible')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
		await expect(groups).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
	});

	await test.step('the list shows the closed moment', async () => {
		await visit(page, `${partnership.url}/reflectie`);
		const closed = page.getByRole('region', { name: 'Afgesloten momenten' });
		await expect(closed.getByRole('link', { name: 'Hoe praten we met ouders?' })).toBeVisible();
		await expect(closed).toContainText('Vragen: 2 · Antwoorden: 2');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a moment is run with plain forms: answer, group, agreement, close', async ({ page }) => {
		test.setTimeout(120_000);
		await register(page, { name: 'Tom Begeleider' });
		const partnership = await createPartnership(page);
		await visit(page, `${partnership.url}/reflectie/nieuw`);
		await page.getByRole('radio', { name: /Werken aan relatie/ }).check();
		await page.getByRole('button', { name: 'Verder' }).click();
		await expect(page).toHaveURL(`${partnership.url}/reflectie/nieuw?bouwsteen=relatie`);
		await page.getByRole('checkbox', { name: 'Deelnemers mogen anoniem antwoorden' }).uncheck();
		await page.getByRole('button', { name: 'Moment starten' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Werken aan relatie' })).toBeVisible();
		// Without JavaScript there is no live connection: a link reloads the page.
		await expect(page.getByRole('link', { name: 'Vernieuw de pagina om nieuwe antwoorden te zien.' })).toBeVisible();
		await expectAxeClean(page);
		const momentUrl = new URL(page.url()).pathname;

		// Answering: no anonymous choice here, because the facilitator did not allow it.
		await page.getByRole('link', { name: 'Zelf antwoorden' }).click();
		await expect(page.getByRole('checkbox', { name: 'Anoniem antwoorden' })).toHaveCount(0);
		const first = page.getByRole('form', { name: 'Vraag 1' });
		await first.getByRole('button', { name: 'Antwoord versturen' }).click();
		await expect(page.getByRole('form', { name: 'Vraag 1' }).getByText('Schrijf een kort antwoord.')).toBeVisible();
		await expectAxeClean(page);
		await page.getByRole('form', { name: 'Vraag 1' }).getByRole('textbox').fill('We zien elkaar alleen als er iets misloopt.');
		await page.getByRole('form', { name: 'Vraag 1' }).getByRole('button', { name: 'Antwoord versturen' }).click();
		await expect(page.getByRole('form', { name: 'Vraag 1' }).getByRole('status')).toContainText('Bedankt, je antwoord staat erbij.');
		await expect(page.getByRole('form', { name: 'Vraag 1' }).getByRole('textbox')).toHaveValue('');
		await expectAxeClean(page);

		await visit(page, momentUrl);
		await expect(page.getByRole('listitem').filter({ hasText: 'We zien elkaar alleen als er iets misloopt.' })).toContainText('Tom Begeleider');
		await page.getByRole('textbox', { name: 'Naam van een nieuwe groep' }).fill('Elkaar ook zien als alles goed gaat');
		await page.getByRole('button', { name: 'Groep maken' }).click();
		const answer = page.getByRole('listitem').filter({ hasText: 'We zien elkaar alleen als er iets misloopt.' }).filter({ has: page.getByRole('combobox') });
		await answer.getByRole('combobox', { name: 'Groep' }).selectOption({ label: 'Elkaar ook zien als alles goed gaat' });
		await answer.getByRole('button', { name: 'Verplaatsen' }).click();
		const group = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Elkaar ook zien als alles goed gaat' }) });
		await expect(group).toContainText('We zien elkaar alleen als er iets misloopt.');
		await expectAxeClean(page);

		// Renaming: the form sits in a details element, opened without JavaScript too.
		await group.locator('summary').click();
		await group.getByRole('textbox', { name: 'Nieuwe naam' }).fill('Informeel contact');
		await group.getByRole('button', { name: 'Naam bewaren' }).click();
		const renamed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Informeel contact' }) });
		await renamed.getByRole('link', { name: 'Maak er een afspraak van' }).click();
		// An empty agreement: the error shows, the form stays on this group.
		await page.getByRole('textbox', { name: 'Wat spreken we af?' }).fill('');
		await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
		await expect(page.getByText('Beschrijf concreet wat er afgesproken is.')).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: 'Afspraak uit de groep ‘Informeel contact’' })).toBeVisible();
		await expectAxeClean(page);
		await page.getByRole('textbox', { name: 'Wat spreken we af?' }).fill('Elk trimester een koffiemoment met alle partners, ook zonder casus.');
		await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
		await expect(page.getByText('De afspraak is gemaakt en hangt aan de groep.')).toBeVisible();
		await expect(renamed.getByText('Afspraak gemaakt')).toBeVisible();
		await page.getByRole('button', { name: 'Moment afsluiten' }).click();
		await expect(page.getByText(/^Afgesloten op /)).toBeVisible();
		await expectAxeClean(page);
		await visit(page, `${momentUrl}/samenvatting`);
		await expect(page.getByRole('region', { name: 'Wat er naar boven kwam' })).toContainText('Afspraak: Elk trimester een koffiemoment');
	});
});
