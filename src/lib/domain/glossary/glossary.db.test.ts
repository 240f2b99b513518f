import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeOrganisation, makeTeam } from '../../../../tests/factories';
import { GLOSSARY } from '$lib/content/glossary';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import {
	adoptStarterTerm,
	createTerm,
	deleteTerm,
	getTerm,
	listAdoptableStarters,
	listTerms,
	memberSector,
	setMeaning,
	updateTerm
} from './glossary.server';
import { glossaryFilterSchema, glossaryTermSchema } from './glossary.schema';

const { db } = getTestDb();
const all = { q: '', sector: '' } as const;

async function term(t: Awaited<ReturnType<typeof makeTeam>>, word: string, plainWords = '', userId = t.coordinator.id) {
	const made = await createTerm(db, { partnershipId: t.partnership.id, userId, input: { term: word, plainWords } });
	if (!made.ok) throw new Error(`setup: ${word} refused`);
	return made.id;
}

describe('glossary schema', () => {
	it('requires a term of at most 100 characters on one line, and keeps plain words to 1000', () => {
		expect(glossaryTermSchema.safeParse({ term: '  ', plainWords: '' }).success).toBe(false);
		expect(glossaryTermSchema.safeParse({ term: 'x'.repeat(101), plainWords: '' }).success).toBe(false);
		expect(glossaryTermSchema.safeParse({ term: 'twee\nregels', plainWords: '' }).success).toBe(false);
		expect(glossaryTermSchema.safeParse({ term: 'CLB', plainWords: 'x'.repeat(1001) }).success).toBe(false);
		expect(glossaryTermSchema.parse({ term: ' CLB ', plainWords: ' Een dienst. ' })).toEqual({
			term: 'CLB',
			plainWords: 'Een dienst.'
		});
	});

	it('reads an unknown filter as "all"', () => {
		expect(glossaryFilterSchema.parse({ q: ' clb ', sector: 'elders' })).toEqual({ q: 'clb', sector: '' });
	});
});

describe('glossary', () => {
	it('refuses the same term in other capitals or spacing, naming the existing one', async () => {
		const t = await makeTeam(db);
		const id = await term(t, 'Brugfiguur');
		const again = await createTerm(db, {
			partnershipId: t.partnership.id,
			userId: t.member.id,
			input: { term: '  brugFIGUUR ', plainWords: '' }
		});
		expect(again).toEqual({ ok: false, reason: 'duplicate', existing: { id, term: 'Brugfiguur' } });
		// Renaming another term to it is refused too.
		const other = await term(t, 'Brugfiguren');
		const renamed = await updateTerm(db, {
			partnershipId: t.partnership.id,
			termId: other,
			userId: t.member.id,
			version: 1,
			input: { term: 'BRUGFIGUUR', plainWords: '' }
		});
		expect(renamed).toEqual({ ok: false, reason: 'duplicate', existing: { id, term: 'Brugfiguur' } });
		// Another partnership has its own glossary.
		const u = await makeTeam(db);
		expect(
			(
				await createTerm(db, {
					partnershipId: u.partnership.id,
					userId: u.coordinator.id,
					input: { term: 'brugfiguur', plainWords: '' }
				})
			).ok
		).toBe(true);
	});

	it('keeps a meaning per sector, removes one with an empty text, and bumps the version each time', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const id = await term(t, 'Casusoverleg', 'Een gesprek over jouw gezin.');
		const edu = await setMeaning(db, {
			...scope,
			termId: id,
			userId: t.coordinator.id,
			version: 1,
			base: '',
			input: { sector: 'education', meaning: 'Overleg over één leerling.' }
		});
		expect(edu).toEqual({ ok: true, version: 2 });
		const welfare = await setMeaning(db, {
			...scope,
			termId: id,
			userId: t.member.id,
			version: 2,
			base: '',
			input: { sector: 'welfare', meaning: 'Overleg over één gezin.' }
		});
		expect(welfare).toEqual({ ok: true, version: 3 });
		const found = await getTerm(db, { ...scope, termId: id });
		expect(found?.term.version).toBe(3);
		expect(found?.meanings.map((mn) => [mn.sector, mn.meaning, mn.authorName])).toEqual([
			['education', 'Overleg over één leerling.', 'Coördinator'],
			['welfare', 'Overleg over één gezin.', 'Partner']
		]);
		// Changing it (upsert) and removing it.
		await setMeaning(db, {
			...scope,
			termId: id,
			userId: t.member.id,
			version: 3,
			base: 'Overleg over één gezin.',
			input: { sector: 'welfare', meaning: 'Overleg met alle hulpverleners van één gezin.' }
		});
		const removed = await setMeaning(db, {
			...scope,
			termId: id,
			userId: t.coordinator.id,
			version: 4,
			base: 'Overleg over één leerling.',
			input: { sector: 'education', meaning: '' }
		});
		expect(removed).toEqual({ ok: true, version: 5 });
		const after = await getTerm(db, { ...scope, termId: id });
		expect(after?.meanings.map((mn) => [mn.sector, mn.meaning])).toEqual([
			['welfare', 'Overleg met alle hulpverleners van één gezin.']
		]);
	});

	it('reports a conflict only when the same sector changed since the editor started', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const id = await term(t, 'Welbevinden');
		await setMeaning(db, {
			...scope,
			termId: id,
			userId: t.coordinator.id,
			version: 1,
			base: '',
			input: { sector: 'education', meaning: 'Hoe een leerling zich voelt.' }
		});
		// The member started from version 1; another sector changed meanwhile: no conflict.
		const other = await setMeaning(db, {
			...scope,
			termId: id,
			userId: t.member.id,
			version: 1,
			base: '',
			input: { sector: 'welfare', meaning: 'Hoe een gezin het maakt.' }
		});
		expect(other).toEqual({ ok: true, version: 3 });
		// The same sector changed meanwhile: a conflict with what is stored now.
		const stale = await setMeaning(db, {
			...scope,
			termId: id,
			userId: t.member.id,
			version: 1,
			base: '',
			input: { sector: 'education', meaning: 'Iets anders.' }
		});
		expect(stale).toEqual({
			ok: false,
			reason: 'conflict',
			current: { version: 3, sector: 'education', meaning: 'Hoe een leerling zich voelt.' }
		});
		// A stale save of the term itself is a conflict too.
		const term1 = await updateTerm(db, {
			...scope,
			termId: id,
			userId: t.member.id,
			version: 1,
			input: { term: 'Welbevinden', plainWords: 'Hoe je kind zich voelt.' }
		});
		expect(term1.ok).toBe(false);
		if (!term1.ok && term1.reason === 'conflict') expect(term1.current.version).toBe(3);
		else throw new Error('expected a conflict');
	});

	it('writes every save to the history, meanings as text, and names both contributors', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const id = await term(t, 'Spijbelen', 'Niet naar school gaan zonder reden.', t.member.id);
		await setMeaning(db, {
			...scope,
			termId: id,
			userId: t.coordinator.id,
			version: 1,
			base: '',
			input: { sector: 'education', meaning: 'Afwezig zonder geldige reden.' }
		});
		const saved = await updateTerm(db, {
			...scope,
			termId: id,
			userId: t.member.id,
			version: 2,
			input: { term: 'Spijbelen', plainWords: 'Als je kind niet naar school gaat zonder goede reden.' }
		});
		expect(saved).toEqual({ ok: true, version: 3 });
		const ref = { glossaryTermId: id };
		const versions = await listRecordVersions(db, { ...scope, ref });
		expect(versions.map((v) => [v.version, v.action, v.savedByName])).toEqual([
			[3, 'updated', 'Partner'],
			[2, 'updated', 'Coördinator'],
			[1, 'created', 'Partner']
		]);
		expect(versions[0]?.content).toEqual({
			term: 'Spijbelen',
			plainWords: 'Als je kind niet naar school gaat zonder goede reden.',
			meaning_education: 'Afwezig zonder geldige reden.'
		});
		expect(versions[2]?.content).toEqual({ term: 'Spijbelen', plainWords: 'Niet naar school gaan zonder reden.' });
		expect(await listRecordContributors(db, { ...scope, ref })).toEqual(['Partner', 'Coördinator']);
	});

	it('lists A to Z, one page at a time, searching term, plain words and meanings, filtering by sector', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const zorg = await term(t, 'zorgcontinuüm', 'De stappen van de school.');
		await term(t, 'CAW', 'Een plek om gratis te praten.');
		await term(t, 'brugfiguur', 'Iemand op school voor ouders.');
		await setMeaning(db, {
			...scope,
			termId: zorg,
			userId: t.coordinator.id,
			version: 1,
			base: '',
			input: { sector: 'education', meaning: 'Fasen van zorg: breed, verhoogd, uitbreiding.' }
		});
		const everything = await listTerms(db, { ...scope, filter: all });
		expect(everything.rows.map((r) => r.term)).toEqual(['brugfiguur', 'CAW', 'zorgcontinuüm']);
		expect(everything.total).toBe(3);
		expect(everything.rows[2]?.meanings).toEqual([
			{ sector: 'education', meaning: 'Fasen van zorg: breed, verhoogd, uitbreiding.' }
		]);
		const byPlain = await listTerms(db, { ...scope, filter: { q: 'GRATIS', sector: '' } });
		expect(byPlain.rows.map((r) => r.term)).toEqual(['CAW']);
		const byMeaning = await listTerms(db, { ...scope, filter: { q: 'verhoogd', sector: '' } });
		expect(byMeaning.rows.map((r) => r.term)).toEqual(['zorgcontinuüm']);
		const literal = await listTerms(db, { ...scope, filter: { q: '%', sector: '' } });
		expect(literal.total).toBe(0);
		const education = await listTerms(db, { ...scope, filter: { q: '', sector: 'education' } });
		expect(education.rows.map((r) => r.term)).toEqual(['zorgcontinuüm']);
		const welfare = await listTerms(db, { ...scope, filter: { q: '', sector: 'welfare' } });
		expect(welfare.total).toBe(0);

		for (let i = 0; i < 25; i++) await term(t, `woord ${String(i).padStart(2, '0')}`);
		const first = await listTerms(db, { ...scope, filter: all });
		expect(first.total).toBe(28);
		expect(first.pages).toBe(2);
		expect(first.rows).toHaveLength(25);
		const second = await listTerms(db, { ...scope, filter: all, page: 2 });
		expect(second.rows.map((r) => r.term)).toEqual(['woord 23', 'woord 24', 'zorgcontinuüm']);
		const past = await listTerms(db, { ...scope, filter: all, page: 5 });
		expect(past.rows).toEqual([]);
		expect(past.total).toBe(28);
	});

	it('adopts a starter term with its meanings once, and offers only the terms not yet there', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const clb = GLOSSARY.find((e) => e.slug === 'clb')!;
		expect((await listAdoptableStarters(db, scope)).map((e) => e.slug)).toContain('clb');
		const adopted = await adoptStarterTerm(db, { ...scope, userId: t.member.id, slug: 'clb' });
		if (!adopted.ok) throw new Error('adopting was refused');
		const found = await getTerm(db, { ...scope, termId: adopted.id });
		expect(found?.term.term).toBe('CLB');
		expect(found?.term.plainWords).toBe(clb.plainWords);
		expect(Object.fromEntries(found!.meanings.map((mn) => [mn.sector, mn.meaning]))).toEqual(clb.meanings);
		expect(await adoptStarterTerm(db, { ...scope, userId: t.member.id, slug: 'clb' })).toEqual({
			ok: false,
			reason: 'duplicate',
			existing: { id: adopted.id, term: 'CLB' }
		});
		expect(await adoptStarterTerm(db, { ...scope, userId: t.member.id, slug: 'bestaat-niet' })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		// A term typed by hand counts as there too.
		await term(t, 'ocmw ');
		const offered = (await listAdoptableStarters(db, scope)).map((e) => e.slug);
		expect(offered).not.toContain('clb');
		expect(offered).not.toContain('ocmw');
		expect(offered).toHaveLength(GLOSSARY.length - 2);
		const history = await listRecordVersions(db, { ...scope, ref: { glossaryTermId: adopted.id } });
		expect(history[0]?.content).toMatchObject({ term: 'CLB', meaning_education: clb.meanings.education });
	});

	it('lets the maker or a coordinator delete a term', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const mine = await term(t, 'Kansarmoede', '', t.member.id);
		const theirs = await term(t, 'Schooltoeslag');
		expect(await deleteTerm(db, { ...scope, termId: theirs, userId: t.member.id, role: 'member' })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await deleteTerm(db, { ...scope, termId: mine, userId: t.member.id, role: 'member' })).toEqual({ ok: true });
		expect(await deleteTerm(db, { ...scope, termId: theirs, userId: t.coordinator.id, role: 'coordinator' })).toEqual({
			ok: true
		});
		expect(await getTerm(db, { ...scope, termId: mine })).toBeNull();
		expect(await getTerm(db, { ...scope, termId: theirs })).toBeNull();
	});

	it("keeps another partnership's terms invisible and refuses every change from here", async () => {
		const a = await makeTeam(db);
		const b = await makeTeam(db);
		const bTerm = await term(b, 'Huis van het Kind', 'Een plek voor ouders.');
		const fromA = { partnershipId: a.partnership.id, termId: bTerm, userId: a.coordinator.id };
		expect(await getTerm(db, { partnershipId: a.partnership.id, termId: bTerm })).toBeNull();
		expect((await listTerms(db, { partnershipId: a.partnership.id, filter: all })).total).toBe(0);
		expect(await updateTerm(db, { ...fromA, version: 1, input: { term: 'Overgenomen', plainWords: '' } })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(
			await setMeaning(db, { ...fromA, version: 1, base: '', input: { sector: 'welfare', meaning: 'Ingebroken.' } })
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await deleteTerm(db, { ...fromA, role: 'coordinator' })).toEqual({ ok: false, reason: 'not-found' });
		expect(await listRecordVersions(db, { partnershipId: a.partnership.id, ref: { glossaryTermId: bTerm } })).toEqual(
			[]
		);
		// The same word in A is A's own term.
		expect(
			(
				await createTerm(db, {
					partnershipId: a.partnership.id,
					userId: a.coordinator.id,
					input: { term: 'huis van het kind', plainWords: '' }
				})
			).ok
		).toBe(true);
		const stillB = await getTerm(db, { partnershipId: b.partnership.id, termId: bTerm });
		expect(stillB?.term).toMatchObject({ term: 'Huis van het Kind', plainWords: 'Een plek voor ouders.', version: 1 });
		expect(stillB?.meanings).toEqual([]);
	});

	it("finds a member's sector through their organisation in this partnership only", async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id, membershipId: t.membership.id };
		expect(await memberSector(db, scope)).toBeNull();
		await makeOrganisation(db, { partnershipId: t.partnership.id, sector: 'welfare', members: [t.membership.id] });
		expect(await memberSector(db, scope)).toBe('welfare');
		const u = await makeTeam(db);
		expect(await memberSector(db, { partnershipId: u.partnership.id, membershipId: t.membership.id })).toBeNull();
	});
});
