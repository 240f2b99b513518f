// Paper, one thing a person does per test: a coordinator prints a case from its print view (text
// only: no form controls, nothing wider than the page), and the print shows in the case's log; the
// case page itself, printed with Ctrl+P, points to the print view; the state of the partnership
// prints on exactly one A4 page in a busy partnership, and an observer sees it with counts only.

import type { Page } from '@playwright/test';
import {
	answerScanRound,
	makeAgreement,
	makeCase,
	makeGoal,
	makeMeeting,
	makeOrganisation,
	makeScanRound,
	makeSignal
} from '../factories';
import {
	addCaseAction,
	saveCaseSection,
	savePerspective,
	setActionAssignments,
	setActionChosen
} from '$lib/domain/cases/case.server';
import { closeScanRound } from '$lib/domain/scan/scan.server';
import { expect, expectAxeClean, test, visit, type World } from './fixtures';

type Db = Parameters<typeof makeCase>[0];

/** Roughly the width of the printable part of an A4 page (21 cm less the margins) in CSS pixels. */
const A4_WIDTH = 680;
const CASE_AGREEMENT = 'De school belt de mama na het oudercontact';
const LONG_WORD = 'Zorgcoördinatiedoorverwijzingsafsprakenlijstbijhoudingsverantwoordelijkheid'.repeat(2);

/** A partnership with its coordinator (logged in on `page`), a partner and a case with most parts filled. */
async function printedCase(world: World, db: Db, page: Page) {
	const { partnership, coordinator } = await world.partnership({ organisationName: 'Basisschool De Brug' });
	const partner = await world.member(partnership, {
		name: 'Tom Partner',
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker'
	});
	const coordinatorMembership = await db.query.memberships.findFirst({
		where: (mb, { and, eq }) => and(eq(mb.partnershipId, partnership.id), eq(mb.userId, coordinator.id))
	});
	const created = await makeCase(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		code: 'K-2026-07',
		situation: `Het kind komt vaak te laat. ${LONG_WORD}`,
		partners: [partner.membershipId]
	});
	const scope = { partnershipId: partnership.id, caseId: created.id };
	await saveCaseSection(db, {
		...scope,
		kind: 'voice',
		content: { heard: 'partly', how: 'Een gesprek thuis met de brugfiguur.', notYetHeard: 'De papa.' },
		version: 0,
		userId: coordinator.id
	});
	await savePerspective(db, {
		...scope,
		userId: partner.id,
		content: { observations: 'Het gezin zoekt een betaalbare woning.', worries: 'De wachttijd.' },
		version: 0
	});
	const added = await addCaseAction(db, {
		...scope,
		userId: coordinator.id,
		description: 'Samen op huisbezoek',
		feasibility: 3,
		impact: 3
	});
	if (!added.ok) throw new Error(added.reason);
	const action = added.action;
	await setActionChosen(db, { ...scope, actionId: action.id, chosen: true, userId: coordinator.id });
	await setActionAssignments(db, {
		...scope,
		actionId: action.id,
		assignments: [
			{ membershipId: coordinatorMembership!.id, letter: 'A' },
			{ membershipId: partner.membershipId, letter: 'R' }
		],
		userId: coordinator.id
	});
	await makeAgreement(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		origin: { caseId: created.id },
		what: CASE_AGREEMENT,
		ownerId: partner.id,
		dueDate: '2020-03-01'
	});
	await world.logIn(page, coordinator);
	return { partnership, coordinator, partner, caseUrl: `${partnership.url}/casussen/${created.id}` };
}

/** The visible form controls, and what is wider than its box: the document, main and its containers. */
async function printProblems(page: Page) {
	return page.evaluate(() => {
		const controls = [...document.querySelectorAll('input, textarea, select, button')]
			.filter((el) => el.checkVisibility())
			.map((el) => `${el.tagName.toLowerCase()}: ${el.textContent?.trim() || el.getAttribute('name')}`);
		const boxes = [document.documentElement, document.body, ...document.querySelectorAll('main, main .container')];
		const wide = boxes
			.filter((el) => el.scrollWidth > el.clientWidth + 1)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${el.scrollWidth} > ${el.clientWidth}`);
		return { controls, wide };
	});
}

test('a case prints as text from its print view, without form controls or overflow', async ({ page, world, db }) => {
	const { caseUrl, coordinator } = await printedCase(world, db, page);
	await visit(page, caseUrl);
	await page.getByRole('link', { name: 'Afdrukken', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Casus K-2026-07' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
	await expectAxeClean(page);

	const main = page.getByRole('main');
	await expect(main).toContainText('Tom Partner (CAW Oost)');
	await expect(main).toContainText('Het gezin zoekt een betaalbare woning.');
	await expect(main).toContainText('Een gesprek thuis met de brugfiguur.');
	// An empty part says so once; strengths, family and evaluation are empty.
	await expect(main.getByText('Nog niet ingevuld.')).toHaveCount(3);
	const rasci = main.getByRole('table', { name: 'Wie doet wat (RASCI)' });
	await expect(rasci.getByRole('row', { name: /Samen op huisbezoek/ })).toContainText('Tom Partner');
	await expect(rasci.getByRole('row', { name: /Samen op huisbezoek/ })).toContainText(coordinator.name);
	const agreements = main.getByRole('table', { name: 'Afspraken' });
	await expect(agreements.getByRole('row', { name: new RegExp(CASE_AGREEMENT) })).toContainText('Tom Partner');
	await expect(agreements.getByRole('row', { name: new RegExp(CASE_AGREEMENT) })).toContainText('Te laat');
	await expect(main).toContainText(
		new RegExp(`Vertrouwelijk — beroepsgeheim; afgedrukt door ${coordinator.name} op \\d`)
	);

	await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
	await expect(page.getByRole('link', { name: 'Naar de inhoud' })).toBeHidden();
	for (const nav of await page.getByRole('navigation').all()) await expect(nav).toBeHidden();
	await expect.poll(() => printProblems(page)).toEqual({ controls: [], wide: [] });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the print view is a plain page that says how to print', async ({ page, world, db }) => {
		const { caseUrl } = await printedCase(world, db, page);
		await visit(page, `${caseUrl}/afdrukken`);
		await expect(page.getByText(/Druk op Ctrl\+P/)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Afdrukken' })).toHaveCount(0);
		await expect(page.getByRole('main')).toContainText('Samen op huisbezoek');
	});
});

test('a print of the case is in its log, in words', async ({ page, world, db }) => {
	const { caseUrl, coordinator } = await printedCase(world, db, page);
	await visit(page, `${caseUrl}/afdrukken`);
	await expect(page.getByRole('heading', { level: 1, name: 'Casus K-2026-07' })).toBeVisible();
	await visit(page, caseUrl);
	await page.getByRole('link', { name: 'Logboek', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Logboek/ })).toBeVisible();
	const printed = page.getByRole('row').filter({ hasText: 'Afgedrukt' });
	await expect(printed).toHaveCount(1);
	await expect(printed).toContainText(coordinator.name);
	// A print is a read: the "Gelezen" filter keeps it.
	await page.getByRole('link', { name: /^Gelezen/ }).click();
	await expect(page.getByRole('row').filter({ hasText: 'Afgedrukt' })).toHaveCount(1);
	await expectAxeClean(page);
});

test('the case page printed with Ctrl+P points to the print view and hides its buttons', async ({
	page,
	world,
	db
}) => {
	const { caseUrl } = await printedCase(world, db, page);
	await visit(page, caseUrl);
	const note = page.getByText('Dit is de bewerkpagina.');
	await expect(note).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(note).toBeVisible();
	await expect(page.getByRole('button', { name: 'Bewaren', exact: true }).first()).toBeHidden();
	const buttons = await page.evaluate(
		() => [...document.querySelectorAll('button, .button')].filter((el) => el.checkVisibility()).length
	);
	expect(buttons).toBe(0);
});

/** A partnership with a bit of everything: members from several organisations, cases, agreements, meetings, a closed scan. */
async function busyPartnership(world: World, db: Db) {
	const { partnership, coordinator } = await world.partnership({ organisationName: 'Basisschool De Brug' });
	const orgs = ['CAW Oost', 'CLB Regio Gent', 'OCMW Gent', 'Huis van het Kind', 'JAC Gent'];
	const members = [];
	for (const [i, organisationName] of orgs.entries())
		members.push(await world.member(partnership, { name: `Partner ${i + 1}`, organisationName }));
	const observer = await world.member(partnership, { name: 'Wendy Waarnemer', role: 'observer' });
	const by = { partnershipId: partnership.id, userId: coordinator.id };
	for (const name of orgs) await makeOrganisation(db, { partnershipId: partnership.id, name });
	const goal = await makeGoal(db, {
		...by,
		specific:
			'Elk gezin dat de school doorverwijst heeft binnen tien schooldagen een eerste gesprek met de juiste dienst, en niemand moet zijn verhaal meer dan één keer doen. '.repeat(
				3
			)
	});
	const cases = [];
	for (let i = 1; i <= 6; i++) cases.push(await makeCase(db, { ...by, code: `K-2026-${i}` }));
	for (const [i, c] of cases.entries())
		await makeAgreement(db, {
			...by,
			origin: { caseId: c.id },
			what: `${CASE_AGREEMENT} ${i}`,
			ownerId: members[i % members.length]!.id,
			dueDate: i % 2 ? '2020-01-15' : '2099-06-01'
		});
	for (let i = 1; i <= 3; i++)
		await makeAgreement(db, {
			...by,
			origin: { goalId: goal.id },
			what: `Een wachttijdenteller bijhouden per trimester en die delen met alle partners, versie ${i}`,
			ownerId: members[i]!.id,
			dueDate: '2099-02-01'
		});
	for (let i = 1; i <= 4; i++)
		await makeMeeting(db, { ...by, title: `Structureel overleg van het brugteam, deel ${i}`, date: `2099-0${i}-10` });
	for (let i = 1; i <= 3; i++) await makeSignal(db, { ...by, title: `Te weinig plaatsen in de opvang ${i}` });
	const round = await makeScanRound(db, { ...by, title: 'Scan voorjaar' });
	for (const who of [coordinator, ...members.slice(0, 3)])
		await answerScanRound(db, { partnershipId: partnership.id, userId: who.id, roundId: round.id, value: '4' });
	await closeScanRound(db, { partnershipId: partnership.id, roundId: round.id });
	return { partnership, coordinator, observer };
}

/** Pages in a PDF: its page objects (`/Type /Page`), not the page tree (`/Type /Pages`). */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test('the state of the partnership prints on one A4 page, without case content', async ({ page, world, db }) => {
	const { partnership, coordinator } = await busyPartnership(world, db);
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	await page.getByRole('link', { name: 'Stand van het partnerschap (om af te drukken)' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Stand van het partnerschap/ })).toBeVisible();
	await expectAxeClean(page);
	const main = page.getByRole('main');
	await expect(main).toContainText('CAW Oost');
	await expect(main.getByText('Afspraak bij een casus').first()).toBeVisible();
	await expect(main).not.toContainText(CASE_AGREEMENT);
	await expect(main).toContainText('Scan voorjaar');
	await expect(main).toContainText('Structureel overleg van het brugteam, deel 1');

	await page.setViewportSize({ width: A4_WIDTH, height: 1000 });
	await page.emulateMedia({ media: 'print' });
	await expect.poll(() => printProblems(page)).toEqual({ controls: [], wide: [] });
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('an observer sees the state of the partnership with counts only, linked from the meeting page', async ({
	page,
	world,
	db
}) => {
	const { partnership, observer } = await busyPartnership(world, db);
	await world.logIn(page, observer);
	await visit(page, `${partnership.url}/overleg`);
	await page.getByRole('link', { name: /Structureel overleg van het brugteam, deel 1/ }).click();
	await page.getByRole('link', { name: 'Stand van het partnerschap (om af te drukken)' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Stand van het partnerschap/ })).toBeVisible();
	const main = page.getByRole('main');
	await expect(main).toContainText('Je ziet hier alleen aantallen.');
	await expect(main).not.toContainText('Afspraak bij een casus');
	await expect(main).not.toContainText('wachttijdenteller');
	await expectAxeClean(page);
});
