import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeOrganisation, makePartnership, makeTeam, makeUser } from '../../../../tests/factories';
import { acceptInvitation, createInvitation } from '$lib/domain/partnerships/invitation.server';
import { getMembership } from '$lib/domain/partnerships/partnership.server';
import { saveRoleCard } from '$lib/domain/role-cards/role-card.server';
import type { OrganisationInput } from './organisation.schema';
import {
	addSuggestedOrganisation,
	createOrganisation,
	deleteOrganisation,
	getExpertiseOverview,
	getOrganisation,
	linkMembersByName,
	listOrganisations,
	pageOfOrganisations,
	listOrganisationSuggestions,
	updateOrganisation
} from './organisation.server';
import { createMandate, deleteMandate, listMandates, listRoleCardMandates, updateMandate } from './mandate.server';

const { db } = getTestDb();

const input = (over: Partial<OrganisationInput> = {}): OrganisationInput => ({
	name: 'CAW Oost',
	type: 'caw',
	typeOther: '',
	sector: 'welfare',
	level: 'meso',
	contactPerson: 'Onthaal',
	reachability: 'maandag 9-12 uur',
	expertise: ['wonen'],
	expertiseOther: 'budgetbeheer, Wonen',
	description: '',
	members: [],
	...over
});

async function created(partnershipId: string, over: Partial<OrganisationInput> = {}) {
	const r = await createOrganisation(db, { partnershipId, input: input(over) });
	if (!r.ok) throw new Error(r.reason);
	return r.id;
}

describe('organisations directory', () => {
	it('creates and lists organisations with their members; stores domains then own words', async () => {
		const t = await makeTeam(db);
		const id = await created(t.partnership.id, { members: [t.membership.id] });
		const [org] = await listOrganisations(db, { partnershipId: t.partnership.id });
		expect(org).toMatchObject({ id, name: 'CAW Oost', expertise: ['wonen', 'budgetbeheer'], version: 1 });
		expect(org!.members).toEqual([
			{
				membershipId: t.membership.id,
				userId: t.member.id,
				name: 'Partner',
				function: 'clb_medewerker',
				functionOther: null
			}
		]);
		expect(await listOrganisations(db, { partnershipId: t.partnership.id, filter: { sector: 'education' } })).toEqual(
			[]
		);
		expect(
			await listOrganisations(db, { partnershipId: t.partnership.id, filter: { level: 'meso', sector: 'welfare' } })
		).toHaveLength(1);
	});

	it('never finds, changes or deletes another partnership’s organisation', async () => {
		const a = await makePartnership(db);
		const b = await makePartnership(db);
		const id = await created(b.partnership.id);
		expect(await getOrganisation(db, { partnershipId: a.partnership.id, organisationId: id })).toBeNull();
		expect(await getOrganisation(db, { partnershipId: a.partnership.id, organisationId: 'geen-id' })).toBeNull();
		expect(
			await updateOrganisation(db, {
				partnershipId: a.partnership.id,
				organisationId: id,
				version: 1,
				input: input({ name: 'Overgenomen' })
			})
		).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await deleteOrganisation(db, { partnershipId: a.partnership.id, organisationId: id })).toBe(false);
		expect(await listOrganisations(db, { partnershipId: a.partnership.id })).toEqual([]);
		expect((await getOrganisation(db, { partnershipId: b.partnership.id, organisationId: id }))?.name).toBe('CAW Oost');
	});

	it('shows the list 25 at a time by name, narrowed by part of the name', async () => {
		const { partnership } = await makePartnership(db);
		const partnershipId = partnership.id;
		for (let i = 1; i <= 26; i++)
			await makeOrganisation(db, { partnershipId, name: `School ${String(i).padStart(2, '0')}` });
		await makeOrganisation(db, { partnershipId, name: 'CAW Oost', sector: 'welfare' });
		const first = await pageOfOrganisations(db, { partnershipId });
		expect(first).toMatchObject({ total: 27, pages: 2 });
		expect(first.rows[0]?.name).toBe('CAW Oost');
		const second = await pageOfOrganisations(db, { partnershipId, page: 2 });
		expect(second.rows.map((o) => o.name)).toEqual(['School 25', 'School 26']);
		const found = await pageOfOrganisations(db, { partnershipId, filter: { zoek: 'school 1' } });
		expect(found.total).toBe(10);
		expect((await pageOfOrganisations(db, { partnershipId: (await makePartnership(db)).partnership.id })).total).toBe(
			0
		);
	});

	it('refuses a duplicate name, whatever the case or spacing, also on rename', async () => {
		const { partnership } = await makePartnership(db);
		await created(partnership.id);
		expect(
			await createOrganisation(db, { partnershipId: partnership.id, input: input({ name: '  caw   oost ' }) })
		).toEqual({ ok: false, reason: 'name-taken' });
		const other = await created(partnership.id, { name: 'CLB Oost' });
		expect(
			await updateOrganisation(db, {
				partnershipId: partnership.id,
				organisationId: other,
				version: 1,
				input: input({ name: 'Caw Oost' })
			})
		).toEqual({
			ok: false,
			reason: 'name-taken'
		});
		// The same name in another partnership is fine.
		const elsewhere = await makePartnership(db);
		expect((await createOrganisation(db, { partnershipId: elsewhere.partnership.id, input: input() })).ok).toBe(true);
	});

	it('refuses a stale edit with the stored version, and counts versions up', async () => {
		const { partnership } = await makePartnership(db);
		const id = await created(partnership.id);
		const scope = { partnershipId: partnership.id, organisationId: id };
		expect(
			await updateOrganisation(db, { ...scope, version: 1, input: input({ contactPerson: 'Eerste venster' }) })
		).toEqual({ ok: true });
		const stale = await updateOrganisation(db, {
			...scope,
			version: 1,
			input: input({ contactPerson: 'Tweede venster' })
		});
		expect(stale).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { contactPerson: 'Eerste venster', version: 2 }
		});
		expect((await getOrganisation(db, scope))?.contactPerson).toBe('Eerste venster');
	});

	it('links members: one organisation each, moving on relink, unlinking when left out, keeping them on delete', async () => {
		const t = await makeTeam(db);
		const coordinatorMembership = (await getMembership(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id
		}))!.membership;
		const first = await created(t.partnership.id, { members: [t.membership.id, coordinatorMembership.id] });
		const second = await created(t.partnership.id, { name: 'CLB Oost', members: [t.membership.id] });
		expect(
			(await getOrganisation(db, { partnershipId: t.partnership.id, organisationId: first }))!.members.map(
				(m) => m.name
			)
		).toEqual(['Coördinator']);
		expect(
			(await getOrganisation(db, { partnershipId: t.partnership.id, organisationId: second }))!.members.map(
				(m) => m.name
			)
		).toEqual(['Partner']);
		await updateOrganisation(db, {
			partnershipId: t.partnership.id,
			organisationId: first,
			version: 1,
			input: input({ members: [] })
		});
		expect((await getOrganisation(db, { partnershipId: t.partnership.id, organisationId: first }))!.members).toEqual(
			[]
		);
		expect(await deleteOrganisation(db, { partnershipId: t.partnership.id, organisationId: second })).toBe(true);
		const still = await getMembership(db, { partnershipId: t.partnership.id, userId: t.member.id });
		expect(still?.membership.organisationId).toBeNull();
	});

	it('refuses to link a member of another partnership', async () => {
		const a = await makeTeam(db);
		const b = await makeTeam(db);
		expect(
			await createOrganisation(db, { partnershipId: a.partnership.id, input: input({ members: [b.membership.id] }) })
		).toEqual({ ok: false, reason: 'member-not-found' });
		const id = await created(a.partnership.id);
		expect(
			await updateOrganisation(db, {
				partnershipId: a.partnership.id,
				organisationId: id,
				version: 1,
				input: input({ members: [a.membership.id, b.membership.id] })
			})
		).toEqual({
			ok: false,
			reason: 'member-not-found'
		});
		expect((await getOrganisation(db, { partnershipId: a.partnership.id, organisationId: id }))!.members).toEqual([]);
		expect(
			(await getMembership(db, { partnershipId: b.partnership.id, userId: b.member.id }))?.membership.organisationId
		).toBeNull();
	});

	it('suggests organisations members named, adds one in one click and links its members', async () => {
		const t = await makeTeam(db); // coordinator: "Basisschool De Linde" (school); member: "CLB Test" (clb)
		const suggestions = await listOrganisationSuggestions(db, { partnershipId: t.partnership.id });
		expect(suggestions.map((s) => [s.kind, s.organisationName])).toEqual([
			['add', 'Basisschool De Linde'],
			['add', 'CLB Test']
		]);
		const added = await addSuggestedOrganisation(db, { partnershipId: t.partnership.id, organisationName: 'clb test' });
		if (!added.ok) throw new Error(added.reason);
		const org = await getOrganisation(db, { partnershipId: t.partnership.id, organisationId: added.id });
		expect(org).toMatchObject({ name: 'CLB Test', type: 'clb', sector: 'education', level: 'meso' });
		expect(org!.members.map((m) => m.membershipId)).toEqual([t.membership.id]);
		expect(
			await addSuggestedOrganisation(db, { partnershipId: t.partnership.id, organisationName: 'CLB Test' })
		).toEqual({ ok: false, reason: 'name-taken' });
		expect(
			await addSuggestedOrganisation(db, { partnershipId: t.partnership.id, organisationName: 'Iets anders' })
		).toEqual({ ok: false, reason: 'not-suggested' });
	});

	it('offers to link members to an organisation added by hand under the same name', async () => {
		const t = await makeTeam(db);
		const id = await created(t.partnership.id, { name: 'clb TEST', type: 'clb', sector: 'education' });
		const suggestions = await listOrganisationSuggestions(db, { partnershipId: t.partnership.id });
		expect(suggestions.find((s) => s.kind === 'link')).toMatchObject({
			organisationId: id,
			members: [{ membershipId: t.membership.id }]
		});
		expect(await linkMembersByName(db, { partnershipId: t.partnership.id, organisationId: id })).toBe(1);
		expect(
			(await listOrganisationSuggestions(db, { partnershipId: t.partnership.id })).filter((s) => s.kind === 'link')
		).toEqual([]);
	});

	it('links a newcomer who joins by invitation to the organisation with the same name', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const id = await created(partnership.id, { name: 'CAW Oost' });
		const { token } = await createInvitation(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			input: { role: 'member', expiresInDays: 7, use: 'multiple' }
		});
		const known = await makeUser(db, { name: 'Nieuw bij CAW' });
		await acceptInvitation(db, {
			token,
			userId: known.id,
			profile: { organisationName: 'caw oost ', organisationType: 'caw', function: 'welzijnswerker' }
		});
		expect(
			(await getMembership(db, { partnershipId: partnership.id, userId: known.id }))?.membership.organisationId
		).toBe(id);
		const unknown = await makeUser(db, { name: 'Nieuw elders' });
		await acceptInvitation(db, {
			token,
			userId: unknown.id,
			profile: { organisationName: 'CAW West', organisationType: 'caw', function: 'welzijnswerker' }
		});
		expect(
			(await getMembership(db, { partnershipId: partnership.id, userId: unknown.id }))?.membership.organisationId
		).toBeNull();
	});

	it('builds the expertise overview from the directory and the role cards of linked members', async () => {
		const t = await makeTeam(db);
		await saveRoleCard(db, {
			partnershipId: t.partnership.id,
			userId: t.member.id,
			answers: { coreTask: 'x', expertise: ['psychosociaal', 'other'], expertiseOther: 'rouw' },
			version: 0
		});
		const id = await created(t.partnership.id, { members: [t.membership.id] });
		const overview = await getExpertiseOverview(db, { partnershipId: t.partnership.id });
		const row = overview.rows.find((r) => r.organisation.id === id)!;
		expect(row.cells.wonen).toEqual([{ kind: 'directory' }]);
		expect(row.cells.psychosociaal).toEqual([{ kind: 'role-card', membershipId: t.membership.id, name: 'Partner' }]);
		expect(row.own.map((o) => o.label)).toEqual(['budgetbeheer', 'rouw']);
		expect(overview.gaps.domains.map((d) => d.value)).toContain('juridisch');
		expect(overview.gaps.membersWithoutOrganisation.map((m) => m.name)).toEqual(['Coördinator']);
	});
});

describe('mandates', () => {
	const mandate = {
		organisationId: null,
		role: 'Zorgcoördinator',
		decidesAlone: 'Een gesprek met ouders plannen.',
		alignmentNeeded: '',
		alignsWith: ''
	};

	it('creates, lists grouped (partnership first), edits with conflicts, deletes', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const org = await created(partnership.id);
		const a = await createMandate(db, {
			partnershipId: partnership.id,
			userId: coordinator.id,
			input: { ...mandate, organisationId: org, role: 'Welzijnswerker' }
		});
		const b = await createMandate(db, {
			partnershipId: partnership.id,
			userId: coordinator.id,
			input: { ...mandate, role: 'Coördinator' }
		});
		if (!a.ok || !b.ok) throw new Error('not created');
		expect(
			(await listMandates(db, { partnershipId: partnership.id })).map((x) => [
				x.role,
				x.organisationName,
				x.updatedByName
			])
		).toEqual([
			['Coördinator', null, 'Coördinator'],
			['Welzijnswerker', 'CAW Oost', 'Coördinator']
		]);
		const scope = { partnershipId: partnership.id, mandateId: a.id, userId: coordinator.id };
		expect(
			await updateMandate(db, { ...scope, version: 1, input: { ...mandate, organisationId: org, role: 'Teamleider' } })
		).toEqual({ ok: true });
		expect(await updateMandate(db, { ...scope, version: 1, input: { ...mandate, role: 'Oud venster' } })).toMatchObject(
			{ ok: false, reason: 'conflict', current: { role: 'Teamleider', version: 2 } }
		);
		expect(await deleteMandate(db, { partnershipId: partnership.id, mandateId: b.id })).toBe(true);
		expect((await listMandates(db, { partnershipId: partnership.id })).map((x) => x.role)).toEqual(['Teamleider']);
		// Deleting the organisation removes its mandates.
		await deleteOrganisation(db, { partnershipId: partnership.id, organisationId: org });
		expect(await listMandates(db, { partnershipId: partnership.id })).toEqual([]);
	});

	it('is scoped: no mandate for another partnership’s organisation, none changed through another partnership', async () => {
		const a = await makePartnership(db);
		const b = await makePartnership(db);
		const orgOfB = await created(b.partnership.id);
		expect(
			await createMandate(db, {
				partnershipId: a.partnership.id,
				userId: a.coordinator.id,
				input: { ...mandate, organisationId: orgOfB }
			})
		).toEqual({
			ok: false,
			reason: 'organisation-not-found'
		});
		const ofB = await createMandate(db, { partnershipId: b.partnership.id, userId: b.coordinator.id, input: mandate });
		if (!ofB.ok) throw new Error('not created');
		expect(
			await updateMandate(db, {
				partnershipId: a.partnership.id,
				mandateId: ofB.id,
				userId: a.coordinator.id,
				version: 1,
				input: mandate
			})
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await deleteMandate(db, { partnershipId: a.partnership.id, mandateId: ofB.id })).toBe(false);
		expect(await listMandates(db, { partnershipId: a.partnership.id })).toEqual([]);
		expect(await listMandates(db, { partnershipId: b.partnership.id })).toHaveLength(1);
	});

	it('shows what members wrote about their mandate on their role card', async () => {
		const t = await makeTeam(db);
		await saveRoleCard(db, {
			partnershipId: t.partnership.id,
			userId: t.member.id,
			answers: { coreTask: 'x', mandateAlone: 'Een observatie doen.', mandateAlign: '' },
			version: 0
		});
		await saveRoleCard(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			answers: { coreTask: 'y' },
			version: 0
		});
		expect(await listRoleCardMandates(db, { partnershipId: t.partnership.id })).toEqual([
			{
				membershipId: t.membership.id,
				name: 'Partner',
				function: 'clb_medewerker',
				functionOther: null,
				organisationName: 'CLB Test',
				mandateAlone: 'Een observatie doen.',
				mandateAlign: ''
			}
		]);
	});
});
