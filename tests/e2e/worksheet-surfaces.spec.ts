// What the worksheets leave comes up where people look for it (issue 16): a pilot due for its look
// back on the home and in the next meeting's review item, and the action plan, the recurring tasks,
// the continuity plan and the glossary in a newcomer's welcome pack. The records are inserted
// directly (tests/worksheet-records.ts); the pages only read them.

import { isoDate, makeMeeting } from '../factories';
import {
	makeContinuityRecord,
	makeCovenantRecord,
	makeGlossaryRecord,
	makePilotRecord,
	makeRecurringTaskRecord
} from '../worksheet-records';
import { expect, expectAxeClean, test, visit } from './fixtures';

test('a pilot due for look back comes up on the home and in the next meeting', async ({ page, world, db }) => {
	const { partnership, coordinator } = await world.partnership();
	const owner = await world.member(partnership, { name: 'Nora Eigenaar' });
	const by = { partnershipId: partnership.id, userId: coordinator.id };
	const pilot = await makePilotRecord(db, {
		...by,
		ownerId: owner.id,
		title: 'Samen op huisbezoek',
		lookBackOn: isoDate(-1)
	});
	await makeContinuityRecord(db, { ...by, contact: 'De school en het OCMW', holderId: owner.id });
	const meeting = await makeMeeting(db, { ...by, title: 'Maandelijks overleg', date: isoDate(7) });
	await world.logIn(page, coordinator);

	await visit(page, partnership.url);
	const card = page.getByRole('region', { name: 'Werkbladen' });
	await expect(card.getByRole('link', { name: /Terugblikken op de pilot Samen op huisbezoek/ })).toHaveAttribute(
		'href',
		`${partnership.url}/pilots/${pilot.id}`
	);
	await expect(card.getByRole('link', { name: '1 contact heeft nog geen vervanger' })).toHaveAttribute(
		'href',
		`${partnership.url}/continuiteit`
	);
	await expect(card.getByRole('link', { name: 'Alle werkbladen' })).toHaveAttribute(
		'href',
		`${partnership.url}/werkbladen`
	);
	await expectAxeClean(page);

	await page.getByRole('link', { name: 'Maandelijks overleg' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Maandelijks overleg' })).toBeVisible();
	const review = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Uit de werkbladen' }) });
	await expect(review.getByRole('heading', { level: 4, name: 'Terugblikken op pilots' })).toBeVisible();
	await expect(review.getByRole('link', { name: 'Samen op huisbezoek' })).toHaveAttribute(
		'href',
		`${partnership.url}/pilots/${pilot.id}`
	);
	await expect(review.getByText(/Nora Eigenaar · terugblik gepland op/)).toBeVisible();
	await expectAxeClean(page);

	// The calendar file has the item on its agenda too.
	const ics = await page.request.get(`${partnership.url}/overleg/${meeting.id}/overleg.ics`);
	expect((await ics.text()).replace(/\r?\n[ \t]/g, '')).toContain('2. Uit de werkbladen');
});

test("a newcomer's welcome pack shows the action plan and the glossary", async ({ page, world, db }) => {
	const { partnership, coordinator } = await world.partnership();
	const holder = await world.member(partnership, { name: 'Jan Houder' });
	const by = { partnershipId: partnership.id, userId: coordinator.id };
	const plan = await makeCovenantRecord(db, {
		...by,
		kind: 'action_plan',
		title: 'Actieplan warme overdracht',
		purpose: 'Geen gezin valt tussen twee stoelen.',
		signedOn: isoDate(-30),
		commitments: [
			{ level: 'micro', party: 'De scholen', what: 'Bellen binnen twee dagen terug.' },
			{ level: 'macro', party: 'Het OCMW', what: 'Brengt knelpunten naar de gemeente.' }
		]
	});
	await makeRecurringTaskRecord(db, {
		...by,
		title: 'Verslag van het overleg',
		letters: [{ membershipId: holder.membershipId, letter: 'A' }]
	});
	await makeContinuityRecord(db, { ...by, contact: 'Het CAW', holderId: holder.id });
	await makeGlossaryRecord(db, { ...by, term: 'CLB', plainWords: 'Het centrum dat leerlingen begeleidt.' });
	await makeGlossaryRecord(db, {
		...by,
		term: 'Zorgcoördinator',
		plainWords: 'De persoon op school die de zorg regelt.'
	});
	const newcomer = await world.member(partnership, { name: 'Eva Nieuw' });
	await world.logIn(page, newcomer);

	await visit(page, `${partnership.url}/welkom`);
	const together = page.getByRole('region', { name: 'Zo werken we samen' });
	await expect(together).toBeVisible();
	const article = together.getByRole('article', { name: 'Actieplan warme overdracht' });
	await expect(article.getByText('Geen gezin valt tussen twee stoelen.')).toBeVisible();
	await expect(article.getByText('Bellen binnen twee dagen terug.')).toBeVisible();
	await expect(article.getByText('Brengt knelpunten naar de gemeente.')).toBeVisible();
	await expect(article.getByRole('link', { name: 'Actieplan warme overdracht' })).toHaveAttribute(
		'href',
		`${partnership.url}/convenanten/${plan.id}`
	);
	await expect(
		together.getByRole('row', { name: /Verslag van het overleg/ }).getByRole('cell', { name: 'Jan Houder' })
	).toBeVisible();
	await expect(together.getByRole('row', { name: /Het CAW/ }).getByText('Nog niemand')).toBeVisible();
	await expect(together.getByRole('link', { name: 'CLB', exact: true })).toBeVisible();
	await expect(together.getByText('De persoon op school die de zorg regelt.')).toBeVisible();
	await expect(together.getByRole('link', { name: 'De hele woordenlijst (2 woorden)' })).toHaveAttribute(
		'href',
		`${partnership.url}/woordenlijst`
	);
	await expectAxeClean(page);
});
