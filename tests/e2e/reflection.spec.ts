// Live reflection moments across two app instances on one database, one thing a person does per
// test. The facilitator (instance A, the run's PORT) starts a moment on "communicatie" from the
// menu (without a question it is refused) and puts the projector view on a 1920×1080 screen: the
// questions, the short link and a QR code in large type. A partner who is not logged in opens the
// short link on instance B (SECOND_PORT), logs in and lands on the answer page. On her phone, on
// B, the personal-data guard stops a name before an anonymous answer goes in. An answer sent on B
// appears on the projector and on the facilitator's page on A without a reload (LISTEN/NOTIFY from
// B to A, then server-sent events): without a name when anonymous, with her name otherwise. The
// facilitator groups an answer, turns a group into an agreement, closes the moment (the projector
// follows, the phone can no longer answer); the summary prints without forms; the list shows the
// closed moment. Without JavaScript the same moment runs on plain forms: start, answer, group and
// rename, agreement, close.

import type { BrowserContextOptions, Page } from '@playwright/test';
import type { Db } from '$lib/server/db/client';
import { closeMoment, moveAnswer } from '$lib/domain/reflection/reflection.server';
import { makeGroupAgreement, makeMoment, makeReflectionAnswer, makeReflectionGroup } from '../factories';
import { expect, expectAxeClean, openMenu, test, visit, type World } from './fixtures';
import { SECOND_PORT } from './settings.js';

const SECOND = `http://localhost:${SECOND_PORT}`;
const PHONE: BrowserContextOptions = {
	baseURL: SECOND,
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true
};
const PROJECTOR = { width: 1920, height: 1080 };

const TITLE = 'Hoe praten we met ouders?';
const ANONYMOUS = 'Onze brieven zijn te lang en vol schooltaal.';
const NAMED = 'Ouders zitten zelden mee aan tafel.';
const GROUP = 'Brieven in eenvoudige taal';
const AGREEMENT = 'We herschrijven de brieven naar ouders in eenvoudige taal en laten ze nalezen door de oudergroep.';

/** Marks the page; the mark survives only as long as the page is not reloaded. */
async function markPage(page: Page) {
	await page.evaluate(() => ((window as unknown as { noReload: boolean }).noReload = true));
}
async function expectNotReloaded(page: Page) {
	expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
}

/**
 * A partnership whose coordinator Sofie Begeleider runs a moment "Hoe praten we met ouders?" on
 * "communicatie" (its first question and the first recurring one, anonymous answers allowed), and a
 * partner from the CLB, Lies.
 */
async function liveMoment(world: World, db: Db) {
	const { partnership, coordinator } = await world.partnership({
		coordinator: await world.user({ name: 'Sofie Begeleider' })
	});
	const partner = await world.member(partnership, {
		name: 'Lies Partner',
		organisationName: 'CLB Oost',
		organisationType: 'clb',
		function: 'clb_medewerker'
	});
	const moment = await makeMoment(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		block: 'communicatie',
		questions: ['0', '6'],
		title: TITLE,
		allowAnonymous: '1'
	});
	const momentUrl = `${partnership.url}/reflectie/${moment.id}`;
	return { partnership, coordinator, partner, momentId: moment.id, code: moment.code, momentUrl };
}

type LiveMoment = Awaited<ReturnType<typeof liveMoment>>;

/** Lies's anonymous answer to the first question, in the group "Brieven in eenvoudige taal". */
async function groupedAnswer(db: Db, { partnership, partner, momentId }: LiveMoment) {
	const scope = { partnershipId: partnership.id, momentId };
	const answer = await makeReflectionAnswer(db, {
		...scope,
		userId: partner.id,
		question: '0',
		text: ANONYMOUS,
		anonymous: '1'
	});
	const group = await makeReflectionGroup(db, { ...scope, title: GROUP });
	await moveAnswer(db, { ...scope, answerId: answer.id, groupId: group.id });
	return { answerId: answer.id, groupId: group.id };
}

/** The projector: another tab of the facilitator, full HD, on the moment's screen. */
async function projector(page: Page, momentUrl: string) {
	const screen = await page.context().newPage();
	await screen.setViewportSize(PROJECTOR);
	await screen.goto(`${momentUrl}/scherm`);
	return screen;
}

test('the facilitator finds the reflection moments in the menu, none yet, and opens “Nieuw moment”', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership({
		coordinator: await world.user({ name: 'Sofie Begeleider' })
	});
	await world.logIn(page, coordinator);
	await page.goto(partnership.url);
	await openMenu(page, 'Evalueren', 'Reflectiemomenten');
	await expect(page).toHaveURL(`${partnership.url}/reflectie`);
	await expect(page.getByRole('heading', { level: 1, name: 'Reflectiemomenten' })).toBeVisible();
	await expect(page.getByText('Er zijn nog geen reflectiemomenten.')).toBeVisible();
	await expectAxeClean(page);

	await page.getByRole('link', { name: 'Nieuw moment' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuw reflectiemoment' })).toBeVisible();
	await expectAxeClean(page);
});

test('a block chosen for a new moment brings its questions, the recurring ones ticked, anonymous answers allowed', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership({
		coordinator: await world.user({ name: 'Sofie Begeleider' })
	});
	await world.logIn(page, coordinator);
	await page.goto(`${partnership.url}/reflectie/nieuw`);
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
});

/** Logged in as a new partnership's coordinator, on the questions of "communicatie" for a new moment; returns the partnership and the questions' checkboxes. */
async function newCommunicationMoment(page: Page, world: World) {
	const { partnership, coordinator } = await world.partnership({
		coordinator: await world.user({ name: 'Sofie Begeleider' })
	});
	await world.logIn(page, coordinator);
	await page.goto(`${partnership.url}/reflectie/nieuw?bouwsteen=communicatie`);
	const questions = page.getByRole('group', { name: 'Welke vragen stel je?' }).getByRole('checkbox');
	await expect(questions).toHaveCount(8);
	return { partnership, questions };
}

test('a moment without a question is refused, the title kept', async ({ page, world }) => {
	const { questions } = await newCommunicationMoment(page, world);
	// Nothing ticked: a message next to the questions, the title kept.
	await questions.nth(6).uncheck();
	await questions.nth(7).uncheck();
	await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
	await page.getByRole('button', { name: 'Moment starten' }).click();
	await expect(page.getByText('Kies minstens één vraag om te stellen.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Titel' })).toHaveValue(TITLE);
	await expectAxeClean(page);
});

test('a moment with two questions starts, with a short link on the app’s address', async ({ page, world, baseURL }) => {
	const { partnership, questions } = await newCommunicationMoment(page, world);
	await questions.nth(0).check();
	await questions.nth(7).uncheck();
	await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
	await page.getByRole('button', { name: 'Moment starten' }).click();
	await expect(page).toHaveURL(new RegExp(`${partnership.url}/reflectie/[0-9a-f-]{36}$`));
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByText('Loopt', { exact: true })).toBeVisible();
	await expect(page.getByText('Nog geen antwoorden.')).toHaveCount(2);
	await expectAxeClean(page);
	const momentId = new URL(page.url()).pathname.split('/').at(-1)!;
	// The short link is on the app's own address.
	const shortLink = await page.getByRole('textbox', { name: 'Korte link' }).inputValue();
	expect(shortLink.startsWith(`${baseURL}/r/`)).toBe(true);
	expect(shortLink).toMatch(/^http:\/\/localhost:\d+\/r\/[2-9A-HJ-NP-Z]{6}$/);
	await expect(page.getByRole('link', { name: 'Signaal maken' })).toHaveAttribute(
		'href',
		`${partnership.url}/signalen/nieuw?reflectie=${momentId}`
	);
});

test('the projector view shows the questions, the short link and a QR code, in large type', async ({
	page,
	world,
	db,
	baseURL
}) => {
	const { coordinator, code, momentUrl } = await liveMoment(world, db);
	await world.logIn(page, coordinator);
	await page.goto(momentUrl);
	await page.getByRole('link', { name: 'Scherm voor de projector' }).click();
	await expect(page).toHaveURL(`${momentUrl}/scherm`);
	// On the projector: full HD.
	await page.setViewportSize(PROJECTOR);
	await expectAxeClean(page);
	const screen = page;
	await expect(screen.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(
		screen.getByRole('heading', { level: 2, name: /Vraag 1 Hoe ga je na of ouders begrijpen/ })
	).toBeVisible();
	await expect(
		screen.getByRole('heading', { level: 2, name: /Vraag 2 Waar hoor je de stem van kinderen en ouders/ })
	).toBeVisible();
	const qr = screen.getByRole('img', { name: `QR-code naar ${baseURL}/r/${code}` });
	await expect(qr.locator('svg')).toBeVisible();
	await expect(screen.getByText(code, { exact: true })).toBeInViewport();
	await expect(qr).toBeInViewport();
	// Large type: readable from the back of a room.
	const size = await screen
		.getByText(code, { exact: true })
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(size).toBeGreaterThan(40);
	const question = await screen
		.getByRole('heading', { level: 2, name: /Vraag 1/ })
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(question).toBeGreaterThan(30);
	await expect(screen.getByText('Antwoorden: 0')).toHaveCount(2);
});

test('a partner who is not logged in opens the short link on instance B, logs in, and lands on the answer page', async ({
	world,
	db,
	newContext
}) => {
	const { partner, code, momentUrl } = await liveMoment(world, db);
	const phone = await (await newContext(PHONE)).newPage();
	await phone.goto(`${SECOND}/r/${code.toLowerCase()}`);
	await expect(phone).toHaveURL(`${SECOND}/inloggen?next=${encodeURIComponent(`/r/${code.toLowerCase()}`)}`);
	await expectAxeClean(phone);
	await phone.getByRole('textbox', { name: 'E-mailadres' }).fill(partner.email);
	await phone.getByLabel('Wachtwoord').fill(partner.password);
	await phone.getByRole('button', { name: 'Inloggen' }).click();
	await expect(phone).toHaveURL(`${SECOND}${momentUrl}/meedoen`);
	await expect(phone.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expectAxeClean(phone);
});

test('on her phone (instance B), the guard stops a name in an anonymous answer; then it is sent without a name', async ({
	world,
	db
}) => {
	const { partner, momentUrl } = await liveMoment(world, db);
	const phone = await world.pageFor(partner, PHONE);
	await phone.goto(`${momentUrl}/meedoen`);
	expect(new URL(phone.url()).origin).toBe(SECOND);
	const first = phone.getByRole('form', { name: 'Vraag 1' });
	const answer = first.getByRole('textbox', { name: /Hoe ga je na of ouders begrijpen/ });
	await answer.fill('Ik bel Emma Peeters altijd na het oudercontact.');
	await first.getByRole('checkbox', { name: 'Anoniem antwoorden' }).check();
	await first.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(first.getByRole('alert').filter({ hasText: 'Staan hier persoonsgegevens in?' })).toBeVisible();
	await expect(first.getByRole('button', { name: 'Toch opslaan' })).toBeVisible();
	await expect(answer).toHaveValue(/Emma Peeters/);
	await expectAxeClean(phone);
	await answer.fill(ANONYMOUS);
	await first.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(first.getByRole('status')).toHaveText(
		'Bedankt, je antwoord staat erbij, zonder naam. Je kan nog een antwoord sturen.'
	);
	await expect(answer).toHaveValue('');
	await expect(first.getByRole('checkbox', { name: 'Anoniem antwoorden' })).toBeChecked();
	await expectAxeClean(phone);
});

test('an anonymous answer sent on instance B appears on the projector and the facilitator’s page on A without a reload, without a name', async ({
	page,
	world,
	db
}) => {
	test.slow(); // three pages in two browsers: the facilitator's page and the projector on instance A, a phone on instance B
	const { coordinator, partner, momentUrl } = await liveMoment(world, db);
	await world.logIn(page, coordinator);
	await page.goto(momentUrl);
	const screen = await projector(page, momentUrl);
	await markPage(screen);
	await markPage(page);

	const phone = await world.pageFor(partner, PHONE);
	await phone.goto(`${momentUrl}/meedoen`);
	const first = phone.getByRole('form', { name: 'Vraag 1' });
	await first.getByRole('textbox').fill(ANONYMOUS);
	await first.getByRole('checkbox', { name: 'Anoniem antwoorden' }).check();
	await first.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(first.getByRole('status')).toHaveText(
		'Bedankt, je antwoord staat erbij, zonder naam. Je kan nog een antwoord sturen.'
	);

	const onScreen = screen.locator('.answers li').filter({ hasText: ANONYMOUS });
	await expect(onScreen).toBeVisible();
	await expect(onScreen).not.toContainText('Lies Partner');
	await expect(screen.getByText('Antwoorden: 1')).toBeVisible();
	await expectNotReloaded(screen);
	const onPage = page.getByRole('listitem').filter({ hasText: ANONYMOUS });
	await expect(onPage).toContainText('Anoniem');
	await expect(page.getByRole('heading', { level: 2, name: 'Antwoorden (1)' })).toBeVisible();
	await expectNotReloaded(page);
	await expectAxeClean(screen);
});

test('an answer with her name, sent on instance B, appears on the projector on A with her name, without a reload', async ({
	page,
	world,
	db
}) => {
	const { coordinator, partner, momentUrl } = await liveMoment(world, db);
	await world.logIn(page, coordinator);
	const screen = await projector(page, momentUrl);
	await markPage(screen);

	const phone = await world.pageFor(partner, PHONE);
	await phone.goto(`${momentUrl}/meedoen`);
	const second = phone.getByRole('form', { name: 'Vraag 2' });
	await second.getByRole('textbox').fill(NAMED);
	await second.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(second.getByRole('status')).toHaveText(
		'Bedankt, je antwoord staat erbij. Je kan nog een antwoord sturen.'
	);
	const onScreen = screen.locator('.answers li').filter({ hasText: NAMED });
	await expect(onScreen).toContainText('Lies Partner');
	await expectNotReloaded(screen);
});

test('the facilitator puts an anonymous answer in a new group', async ({ page, world, db }) => {
	const moment = await liveMoment(world, db);
	await makeReflectionAnswer(db, {
		partnershipId: moment.partnership.id,
		momentId: moment.momentId,
		userId: moment.partner.id,
		question: '0',
		text: ANONYMOUS,
		anonymous: '1'
	});
	await world.logIn(page, moment.coordinator);
	await page.goto(moment.momentUrl);
	await page.getByRole('textbox', { name: 'Naam van een nieuwe groep' }).fill(GROUP);
	await page.getByRole('button', { name: 'Groep maken' }).click();
	const group = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: GROUP }) });
	await expect(group).toContainText('Nog geen antwoorden in deze groep.');
	await expect(page.getByRole('textbox', { name: 'Naam van een nieuwe groep' })).toHaveValue('');
	const answer = page
		.getByRole('listitem')
		.filter({ hasText: ANONYMOUS })
		.filter({ has: page.getByRole('combobox') });
	await answer.getByRole('combobox', { name: 'Groep' }).selectOption({ label: GROUP });
	await answer.getByRole('button', { name: 'Verplaatsen' }).click();
	await expect(group).toContainText(ANONYMOUS);
	await expect(answer).toContainText(`in groep ${GROUP}`);
	await expectAxeClean(page);
});

test('the facilitator turns a group into an agreement', async ({ page, world, db }) => {
	const moment = await liveMoment(world, db);
	await groupedAnswer(db, moment);
	await world.logIn(page, moment.coordinator);
	await page.goto(moment.momentUrl);
	const group = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: GROUP }) });
	await group.getByRole('link', { name: 'Maak er een afspraak van' }).click();
	await expect(page).toHaveURL(/\?groep=[0-9a-f-]{36}#afspraak$/);
	const form = page.locator('#afspraak');
	await expect(form.getByRole('heading', { level: 2, name: `Afspraak uit de groep ‘${GROUP}’` })).toBeVisible();
	await expect(form.getByRole('textbox', { name: 'Wat spreken we af?' })).toHaveValue(GROUP);
	await expectAxeClean(page);
	await form.getByRole('textbox', { name: 'Wat spreken we af?' }).fill(AGREEMENT);
	await form.getByLabel('Tegen wanneer').fill(`${new Date().getFullYear() + 1}-03-31`);
	await form.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'De afspraak is gemaakt en hangt aan de groep.' })
	).toBeVisible();
	await expect(group.getByText('Afspraak gemaakt')).toBeVisible();
	await expect(group.getByRole('link', { name: /We herschrijven de brieven/ })).toBeVisible();
	await expect(group.getByRole('link', { name: 'Maak er een afspraak van' })).toHaveCount(0);
	await expect(page.getByRole('table').getByText(/We herschrijven de brieven/)).toBeVisible();
	await expectAxeClean(page);
});

test('the facilitator closes the moment: the projector follows without a reload, the phone can no longer answer', async ({
	page,
	world,
	db
}) => {
	test.slow(); // three pages in two browsers: the facilitator's page and the projector on instance A, a phone on instance B
	const { coordinator, partner, momentUrl } = await liveMoment(world, db);
	await world.logIn(page, coordinator);
	await page.goto(momentUrl);
	const screen = await projector(page, momentUrl);
	await markPage(screen);
	await page.getByRole('button', { name: 'Moment afsluiten' }).click();
	await expect(page.getByText(/^Afgesloten op /)).toBeVisible();
	await expect(screen.getByRole('heading', { level: 2, name: 'Afgesloten' })).toBeVisible();
	await expect(screen.getByRole('img', { name: /QR-code/ })).toHaveCount(0);
	await expectNotReloaded(screen);
	await expectAxeClean(screen);

	const phone = await world.pageFor(partner, PHONE);
	await visit(phone, `${momentUrl}/meedoen`);
	await expect(phone.getByText('Dit moment is afgesloten. Je kan niet meer antwoorden.')).toBeVisible();
	await expect(phone.getByRole('button', { name: 'Antwoord versturen' }).first()).toBeDisabled();
});

/** A closed moment: the anonymous answer grouped and turned into an agreement, Lies's named answer to the second question not grouped. */
async function closedMoment(world: World, db: Db) {
	const moment = await liveMoment(world, db);
	const scope = { partnershipId: moment.partnership.id, momentId: moment.momentId };
	const { groupId } = await groupedAnswer(db, moment);
	await makeGroupAgreement(db, { ...scope, userId: moment.coordinator.id, groupId, what: AGREEMENT });
	await makeReflectionAnswer(db, { ...scope, userId: moment.partner.id, question: '1', text: NAMED, anonymous: '' });
	await closeMoment(db, scope);
	return moment;
}

test('the summary shows the questions, the grouped answers and the agreement, without names; it prints without forms', async ({
	page,
	world,
	db
}) => {
	const { coordinator, momentUrl } = await closedMoment(world, db);
	await world.logIn(page, coordinator);
	await page.goto(momentUrl);
	await page.getByRole('link', { name: 'Samenvatting' }).click();
	await expect(page).toHaveURL(`${momentUrl}/samenvatting`);
	await expect(page.getByRole('heading', { level: 1, name: /Samenvatting Hoe praten we met ouders\?/ })).toBeVisible();
	const groups = page.getByRole('region', { name: 'Wat er naar boven kwam' });
	await expect(groups.getByRole('heading', { level: 3, name: GROUP })).toBeVisible();
	await expect(groups).toContainText(ANONYMOUS);
	await expect(groups).toContainText('Afspraak: We herschrijven de brieven');
	await expect(page.getByRole('region', { name: 'Andere antwoorden' })).toContainText(NAMED);
	await expect(page.getByRole('main')).not.toContainText('Lies Partner');
	await expectAxeClean(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('form:visible')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(groups).toBeVisible();
});

test('the list of moments shows a closed moment with its questions and answers counted', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await closedMoment(world, db);
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/reflectie`);
	const closed = page.getByRole('region', { name: 'Afgesloten momenten' });
	await expect(closed.getByRole('link', { name: TITLE })).toBeVisible();
	await expect(closed).toContainText('Vragen: 2 · Antwoorden: 2');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	/** Tom Begeleider's partnership and a moment on "relatie" (its first question) without anonymous answers. */
	async function plainMoment(world: World, db: Db) {
		const { partnership, coordinator } = await world.partnership({
			coordinator: await world.user({ name: 'Tom Begeleider' })
		});
		const moment = await makeMoment(db, {
			partnershipId: partnership.id,
			userId: coordinator.id,
			block: 'relatie',
			questions: ['0'],
			title: 'Werken aan relatie',
			allowAnonymous: ''
		});
		return { partnership, coordinator, momentId: moment.id, momentUrl: `${partnership.url}/reflectie/${moment.id}` };
	}

	/** Tom's own answer, in the group "Informeel contact". */
	async function plainGroup(db: Db, { partnership, coordinator, momentId }: Awaited<ReturnType<typeof plainMoment>>) {
		const scope = { partnershipId: partnership.id, momentId };
		const answer = await makeReflectionAnswer(db, {
			...scope,
			userId: coordinator.id,
			text: 'We zien elkaar alleen als er iets misloopt.',
			anonymous: ''
		});
		const group = await makeReflectionGroup(db, { ...scope, title: 'Informeel contact' });
		await moveAnswer(db, { ...scope, answerId: answer.id, groupId: group.id });
		return { groupId: group.id };
	}

	test('the facilitator starts a moment without anonymous answers; a link reloads the page instead of a live connection', async ({
		page,
		world
	}) => {
		test.slow(); // two axe checks without JavaScript, each on a copy of the page in a helper browser
		const { partnership, coordinator } = await world.partnership({
			coordinator: await world.user({ name: 'Tom Begeleider' })
		});
		await world.logIn(page, coordinator);
		await visit(page, `${partnership.url}/reflectie/nieuw`);
		await page.getByRole('radio', { name: /Werken aan relatie/ }).check();
		await page.getByRole('button', { name: 'Verder' }).click();
		await expect(page).toHaveURL(`${partnership.url}/reflectie/nieuw?bouwsteen=relatie`);
		await page.getByRole('checkbox', { name: 'Deelnemers mogen anoniem antwoorden' }).uncheck();
		await page.getByRole('button', { name: 'Moment starten' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Werken aan relatie' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Vernieuw de pagina om nieuwe antwoorden te zien.' })).toBeVisible();
		await expectAxeClean(page);
	});

	test('answering: no anonymous choice when the facilitator did not allow it; an empty answer is refused', async ({
		page,
		world,
		db
	}) => {
		test.slow(); // two axe checks without JavaScript, each on a copy of the page in a helper browser
		const { coordinator, momentUrl } = await plainMoment(world, db);
		await world.logIn(page, coordinator);
		await page.goto(momentUrl);
		await page.getByRole('link', { name: 'Zelf antwoorden' }).click();
		await expect(page.getByRole('checkbox', { name: 'Anoniem antwoorden' })).toHaveCount(0);
		const first = page.getByRole('form', { name: 'Vraag 1' });
		await first.getByRole('button', { name: 'Antwoord versturen' }).click();
		await expect(page.getByRole('form', { name: 'Vraag 1' }).getByText('Schrijf een kort antwoord.')).toBeVisible();
		await expectAxeClean(page);
		await page
			.getByRole('form', { name: 'Vraag 1' })
			.getByRole('textbox')
			.fill('We zien elkaar alleen als er iets misloopt.');
		await page.getByRole('form', { name: 'Vraag 1' }).getByRole('button', { name: 'Antwoord versturen' }).click();
		await expect(page.getByRole('form', { name: 'Vraag 1' }).getByRole('status')).toContainText(
			'Bedankt, je antwoord staat erbij.'
		);
		await expect(page.getByRole('form', { name: 'Vraag 1' }).getByRole('textbox')).toHaveValue('');
		await expectAxeClean(page);
	});

	test('the facilitator puts an answer in a new group and renames the group', async ({ page, world, db }) => {
		test.slow(); // two axe checks without JavaScript, each on a copy of the page in a helper browser
		const moment = await plainMoment(world, db);
		await makeReflectionAnswer(db, {
			partnershipId: moment.partnership.id,
			momentId: moment.momentId,
			userId: moment.coordinator.id,
			text: 'We zien elkaar alleen als er iets misloopt.',
			anonymous: ''
		});
		await world.logIn(page, moment.coordinator);
		await visit(page, moment.momentUrl);
		await expect(
			page.getByRole('listitem').filter({ hasText: 'We zien elkaar alleen als er iets misloopt.' })
		).toContainText('Tom Begeleider');
		await page.getByRole('textbox', { name: 'Naam van een nieuwe groep' }).fill('Elkaar ook zien als alles goed gaat');
		await page.getByRole('button', { name: 'Groep maken' }).click();
		const answer = page
			.getByRole('listitem')
			.filter({ hasText: 'We zien elkaar alleen als er iets misloopt.' })
			.filter({ has: page.getByRole('combobox') });
		await answer
			.getByRole('combobox', { name: 'Groep' })
			.selectOption({ label: 'Elkaar ook zien als alles goed gaat' });
		await answer.getByRole('button', { name: 'Verplaatsen' }).click();
		const group = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 3, name: 'Elkaar ook zien als alles goed gaat' }) });
		await expect(group).toContainText('We zien elkaar alleen als er iets misloopt.');
		await expectAxeClean(page);

		// Renaming: the form sits in a details element, opened without JavaScript too.
		await group.locator('summary').click();
		await group.getByRole('textbox', { name: 'Nieuwe naam' }).fill('Informeel contact');
		await group.getByRole('button', { name: 'Naam bewaren' }).click();
		const renamed = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 3, name: 'Informeel contact' }) });
		await expect(renamed).toContainText('We zien elkaar alleen als er iets misloopt.');
	});

	test('a group becomes an agreement; an empty one is refused and the form stays on the group', async ({
		page,
		world,
		db
	}) => {
		const moment = await plainMoment(world, db);
		await plainGroup(db, moment);
		await world.logIn(page, moment.coordinator);
		await page.goto(moment.momentUrl);
		const group = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 3, name: 'Informeel contact' }) });
		await group.getByRole('link', { name: 'Maak er een afspraak van' }).click();
		await page.getByRole('textbox', { name: 'Wat spreken we af?' }).fill('');
		await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
		await expect(page.getByText('Beschrijf concreet wat er afgesproken is.')).toBeVisible();
		await expect(
			page.getByRole('heading', { level: 2, name: 'Afspraak uit de groep ‘Informeel contact’' })
		).toBeVisible();
		await expectAxeClean(page);
		await page
			.getByRole('textbox', { name: 'Wat spreken we af?' })
			.fill('Elk trimester een koffiemoment met alle partners, ook zonder casus.');
		await page.getByRole('button', { name: 'Afspraak toevoegen' }).click();
		await expect(page.getByText('De afspraak is gemaakt en hangt aan de groep.')).toBeVisible();
		await expect(group.getByText('Afspraak gemaakt')).toBeVisible();
	});

	test('the facilitator closes the moment; the summary shows the agreement of the group', async ({
		page,
		world,
		db
	}) => {
		test.slow(); // two axe checks without JavaScript, each on a copy of the page in a helper browser
		const moment = await plainMoment(world, db);
		const { groupId } = await plainGroup(db, moment);
		await makeGroupAgreement(db, {
			partnershipId: moment.partnership.id,
			userId: moment.coordinator.id,
			momentId: moment.momentId,
			groupId,
			what: 'Elk trimester een koffiemoment met alle partners, ook zonder casus.'
		});
		await world.logIn(page, moment.coordinator);
		await page.goto(moment.momentUrl);
		await page.getByRole('button', { name: 'Moment afsluiten' }).click();
		await expect(page.getByText(/^Afgesloten op /)).toBeVisible();
		await expectAxeClean(page);
		await visit(page, `${moment.momentUrl}/samenvatting`);
		await expect(page.getByRole('region', { name: 'Wat er naar boven kwam' })).toContainText(
			'Afspraak: Elk trimester een koffiemoment'
		);
	});
});
