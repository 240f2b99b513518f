import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeMember, makePartnership, makeUser, profile } from '../../../../tests/factories';
import {
	acceptInvitation,
	createInvitation,
	getInvitationByToken,
	listInvitations,
	revokeInvitation
} from './invitation.server';
import {
	changeMemberRole,
	getMembership,
	listMembers,
	listPartnershipsForUser,
	pageOfMembers,
	removeMember
} from './partnership.server';

const { db } = getTestDb();

describe('partnerships', () => {
	it('makes the creator its coordinator', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const found = await getMembership(db, { partnershipId: partnership.id, userId: coordinator.id });
		expect(found?.membership.role).toBe('coordinator');
		const mine = await listPartnershipsForUser(db, coordinator.id);
		expect(mine.map((p) => p.partnership.id)).toContain(partnership.id);
		expect(mine.find((p) => p.partnership.id === partnership.id)?.memberCount).toBe(1);
	});

	it('returns null, never another partnership, for a non-member or a malformed id', async () => {
		const a = await makePartnership(db);
		const b = await makePartnership(db);
		expect(await getMembership(db, { partnershipId: b.partnership.id, userId: a.coordinator.id })).toBeNull();
		expect(await getMembership(db, { partnershipId: 'not-a-uuid', userId: a.coordinator.id })).toBeNull();
	});

	it('lists members 25 at a time by name, by role and by part of a name or organisation', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const partnershipId = partnership.id;
		for (let i = 1; i <= 26; i++)
			await makeMember(db, {
				partnershipId,
				invitedBy: coordinator.id,
				user: await makeUser(db, { name: `Partner ${String(i).padStart(2, '0')}` })
			});
		await makeMember(db, {
			partnershipId,
			role: 'observer',
			invitedBy: coordinator.id,
			user: await makeUser(db, { name: 'Zoë Waarnemer' }),
			organisationName: 'Stad Oostwijk'
		});
		const none = { rol: '', zoek: '' } as const;
		const first = await pageOfMembers(db, { partnershipId, filter: none });
		expect(first.members).toMatchObject({ total: 28, pages: 2 });
		expect(first.counts).toEqual({ total: 28, role: { coordinator: 1, member: 26, observer: 1 } });
		const observers = await pageOfMembers(db, { partnershipId, filter: { ...none, rol: 'observer' } });
		expect(observers.members.rows.map((mb) => mb.name)).toEqual(['Zoë Waarnemer']);
		const byOrganisation = await pageOfMembers(db, { partnershipId, filter: { ...none, zoek: 'oostwijk' } });
		expect(byOrganisation.members.rows.map((mb) => mb.name)).toEqual(['Zoë Waarnemer']);
		expect((await pageOfMembers(db, { partnershipId, filter: { ...none, zoek: 'partner 1' } })).members.total).toBe(10);
	});

	it('always keeps at least one coordinator', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const [me] = await listMembers(db, partnership.id);
		expect(me?.userId).toBe(coordinator.id);
		expect(
			await changeMemberRole(db, { partnershipId: partnership.id, membershipId: me!.membershipId, role: 'member' })
		).toEqual({
			ok: false,
			reason: 'last-coordinator'
		});
		expect(await removeMember(db, { partnershipId: partnership.id, membershipId: me!.membershipId })).toEqual({
			ok: false,
			reason: 'last-coordinator'
		});
	});

	it('does not change a member of another partnership through this one', async () => {
		const a = await makePartnership(db);
		const b = await makePartnership(db);
		const [memberOfB] = await listMembers(db, b.partnership.id);
		const result = await changeMemberRole(db, {
			partnershipId: a.partnership.id,
			membershipId: memberOfB!.membershipId,
			role: 'observer'
		});
		expect(result).toEqual({ ok: false, reason: 'not-found' });
		const [after] = await listMembers(db, b.partnership.id);
		expect(after?.role).toBe('coordinator');
	});
});

describe('invitations', () => {
	it('lets someone join with the role of the link, once for a single-use link', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const { token } = await createInvitation(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			input: { role: 'observer', expiresInDays: 7, use: 'single' }
		});
		const found = await getInvitationByToken(db, token);
		expect(found?.status).toBe('valid');
		expect(found?.partnership.name).toBe(partnership.name);

		const first = await makeUser(db, { name: 'Eerste' });
		expect(await acceptInvitation(db, { token, userId: first.id, profile })).toEqual({
			ok: true,
			partnershipId: partnership.id,
			alreadyMember: false
		});
		const joined = await getMembership(db, { partnershipId: partnership.id, userId: first.id });
		expect(joined?.membership.role).toBe('observer');
		expect(joined?.membership.organisationName).toBe(profile.organisationName);

		const second = await makeUser(db, { name: 'Tweede' });
		expect(await acceptInvitation(db, { token, userId: second.id, profile })).toEqual({ ok: false, status: 'used' });
		expect(await getMembership(db, { partnershipId: partnership.id, userId: second.id })).toBeNull();
	});

	it('serves several people with a multiple-use link, and stops after revoking', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const { token, invitation } = await createInvitation(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			input: { role: 'member', expiresInDays: 14, use: 'multiple' }
		});
		for (const name of ['A', 'B']) {
			const u = await makeUser(db, { name: name });
			expect((await acceptInvitation(db, { token, userId: u.id, profile })).ok).toBe(true);
		}
		expect((await listInvitations(db, partnership.id))[0]?.useCount).toBe(2);
		expect(await revokeInvitation(db, { partnershipId: partnership.id, invitationId: invitation.id })).toBe(true);
		const late = await makeUser(db, { name: 'C' });
		expect(await acceptInvitation(db, { token, userId: late.id, profile })).toEqual({ ok: false, status: 'revoked' });
	});

	it('refuses an expired link and an unknown token', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const { token, invitation } = await createInvitation(db, {
			partnershipId: partnership.id,
			createdBy: coordinator.id,
			input: { role: 'member', expiresInDays: 1, use: 'multiple' }
		});
		const { invitations } = await import('$lib/server/db/schema');
		const { eq } = await import('drizzle-orm');
		await db
			.update(invitations)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(invitations.id, invitation.id));
		const u = await makeUser(db);
		expect(await acceptInvitation(db, { token, userId: u.id, profile })).toEqual({ ok: false, status: 'expired' });
		expect(await acceptInvitation(db, { token: 'nope', userId: u.id, profile })).toEqual({
			ok: false,
			status: 'unknown'
		});
	});

	it('cannot revoke another partnership’s invitation', async () => {
		const a = await makePartnership(db);
		const b = await makePartnership(db);
		const { invitation } = await createInvitation(db, {
			partnershipId: b.partnership.id,
			createdBy: b.coordinator.id,
			input: { role: 'member', expiresInDays: 7, use: 'single' }
		});
		expect(await revokeInvitation(db, { partnershipId: a.partnership.id, invitationId: invitation.id })).toBe(false);
		expect((await listInvitations(db, b.partnership.id))[0]?.status).toBe('valid');
	});
});
