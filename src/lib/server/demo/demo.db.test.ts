import { todayInBelgium } from '$lib/dates';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeMember, makePartnership, makeUser } from '../../../../tests/factories';
import type { Tx } from '$lib/server/db/client';
import * as schema from '$lib/server/db/schema';
import { listAgreementsFrom } from '$lib/domain/agreements/agreement.server';
import { logIn } from '$lib/domain/auth/accounts.server';
import { getGoal, listGoalVersions } from '$lib/domain/goals/goal.server';
import { checkSmart } from '$lib/domain/goals/smart';
import { listMeetings, listReviewAgreements } from '$lib/domain/meetings/meeting.server';
import { getNetworkMap } from '$lib/domain/network/network.server';
import { getLearningEntry } from '$lib/domain/learning/learning.server';
import { listPilots } from '$lib/domain/pilots/pilot.server';
import { listMandates } from '$lib/domain/organisations/mandate.server';
import { getExpertiseOverview, listOrganisations } from '$lib/domain/organisations/organisation.server';
import type { Role } from '$lib/domain/permissions/permissions';
import { getReflectionSummary, listMoments } from '$lib/domain/reflection/reflection.server';
import { getScanResults, listScanRounds, scanOverview } from '$lib/domain/scan/scan.server';
import { homeSummary } from '$lib/domain/compass/home.server';
import { getSignal, listSignals, signalOverview } from '$lib/domain/signals/signal.server';
import { listContinuityItems } from '$lib/domain/continuity/continuity.server';
import { listRecurringTasks } from '$lib/domain/recurring-tasks/recurring-task.server';
import { asDb, type DemoContext } from './context';
import { DEMO_ACCOUNTS, seedDemoPartnership } from './index';
import { seedDemoGoal } from './goal';
import { seedDemoMeetings } from './meetings';
import { seedDemoNetwork } from './network';
import { seedDemoOrganisations } from './organisations';
import { seedDemoRecurringTasks } from './recurring-tasks';
import { seedDemoPilots } from './pilots';
import { seedDemoReflection } from './reflection';
import { seedDemoScan } from './scan';
import { seedDemoSignals } from './signals';

const { db } = getTestDb();

/**
 * A partnership as a demo part sees it: its coordinator (working at `coordinatorAt`) and partners
 * who joined by invitation, each with their real membership, in that order.
 */
async function demoTeam(
	coordinatorAt = 'Basisschool De Linde',
	partners: { name: string; organisationName?: string; role?: Role }[] = [{ name: 'Partner' }]
): Promise<DemoContext> {
	const { coordinator, partnership } = await makePartnership(db, { organisationName: coordinatorAt });
	const rows = [{ user: coordinator, role: 'coordinator' as Role, organisationName: coordinatorAt }];
	for (const p of partners) {
		const user = await makeUser(db, { name: p.name });
		const organisationName = p.organisationName ?? 'CLB Test';
		await makeMember(db, { partnershipId: partnership.id, user, role: p.role, organisationName });
		rows.push({ user, role: p.role ?? 'member', organisationName });
	}
	const memberships = await db
		.select({ id: schema.memberships.id, userId: schema.memberships.userId })
		.from(schema.memberships)
		.where(eq(schema.memberships.partnershipId, partnership.id));
	return {
		partnershipId: partnership.id,
		members: rows.map((r) => ({
			userId: r.user.id,
			membershipId: memberships.find((m) => m.userId === r.user.id)!.id,
			name: r.user.name,
			role: r.role,
			organisationName: r.organisationName
		}))
	};
}

class RollBack extends Error {}

/** Runs `work` in a transaction that is rolled back afterwards (the demo's fixed e-mail addresses stay free). */
async function rolledBack(work: (tx: Tx) => Promise<void>): Promise<void> {
	await expect(
		db.transaction(async (tx) => {
			await work(tx);
			throw new RollBack();
		})
	).rejects.toBeInstanceOf(RollBack);
}

/** The partnership's rows in each table that carries a partnership id. */
const PER_PARTNERSHIP = {
	memberships: schema.memberships,
	roleCards: schema.roleCards,
	organisations: schema.organisations,
	mandates: schema.mandates,
	nodes: schema.networkNodes,
	links: schema.networkLinks,
	meetings: schema.meetings,
	agendaItems: schema.meetingAgendaItems,
	agreements: schema.agreements,
	agreementEvents: schema.agreementEvents,
	learning: schema.learningEntries,
	pilots: schema.pilots,
	sharing: schema.sharingAgreements,
	sharingParties: schema.sharingAgreementParties,
	goalVersions: schema.goalVersions,
	scanRounds: schema.scanRounds,
	scanResponses: schema.scanResponses,
	reflections: schema.reflectionMoments,
	reflectionGroups: schema.reflectionGroups,
	reflectionAnswers: schema.reflectionAnswers,
	signals: schema.signals,
	signalEvents: schema.signalEvents,
	signalSources: schema.signalSources,
	audit: schema.auditLog
};

describe('the whole demo', () => {
	it('makes the demo partnership of npm start, in which both demo accounts can log in', async () => {
		await rolledBack(async (tx) => {
			const ctx = await seedDemoPartnership(tx);
			expect(ctx.members.map((m) => m.role)).toEqual(['coordinator', 'member', 'member', 'member', 'observer']);
			const [partnership] = await tx
				.select()
				.from(schema.partnerships)
				.where(eq(schema.partnerships.id, ctx.partnershipId));
			expect(partnership).toMatchObject({ name: 'Schoolbrug Oostwijk', region: 'Oostwijk (demo)' });
			expect(partnership!.createdBy).toBe(ctx.members[0]!.userId);
			const counts: Record<string, number> = {};
			for (const [name, table] of Object.entries(PER_PARTNERSHIP)) {
				const { rows } = await tx.execute<{ n: number }>(
					sql`select count(*)::int as n from ${table} where partnership_id = ${ctx.partnershipId}`
				);
				counts[name] = rows[0]!.n;
			}
			// The figures of a fresh `npm start`, before the demo moved out of the domain (and since then: the pilots).
			expect(counts).toEqual({
				memberships: 5,
				roleCards: 3,
				organisations: 7,
				mandates: 4,
				nodes: 11,
				links: 7,
				meetings: 5,
				agendaItems: 14,
				agreements: 4,
				agreementEvents: 5,
				learning: 4,
				pilots: 2,
				sharing: 2,
				sharingParties: 7,
				goalVersions: 2,
				scanRounds: 3,
				scanResponses: 10,
				reflections: 1,
				reflectionGroups: 2,
				reflectionAnswers: 6,
				signals: 4,
				signalEvents: 10,
				signalSources: 13,
				audit: 0
			});
			// Every member works at an organisation of the directory.
			const unlinked = await tx
				.select({ id: schema.memberships.id })
				.from(schema.memberships)
				.where(and(eq(schema.memberships.partnershipId, ctx.partnershipId), isNull(schema.memberships.organisationId)));
			expect(unlinked).toEqual([]);
			for (const account of DEMO_ACCOUNTS) {
				const outcome = await logIn(
					asDb(tx),
					{ email: account.email, password: account.password },
					{ ip: '127.0.0.1', userAgent: '' }
				);
				expect(outcome.ok).toBe(true);
			}
		});
	});
});

describe('demo parts', () => {
	it('adds an organisation per demo member (linked), a few more with varied sectors and levels, and mandates', async () => {
		const ctx = await demoTeam('Stad Oostwijk, dienst Onderwijs', [
			{ name: 'Partner', organisationName: 'CLB Oostwijk' }
		]);
		await db.transaction((tx) => seedDemoOrganisations(tx, ctx));
		const orgs = await listOrganisations(db, { partnershipId: ctx.partnershipId });
		expect(orgs.length).toBeGreaterThanOrEqual(7);
		expect(new Set(orgs.map((o) => o.sector)).size).toBe(4);
		expect(new Set(orgs.map((o) => o.level)).size).toBe(3);
		expect(orgs.find((o) => o.name === 'CLB Oostwijk')!.members.map((m) => m.name)).toEqual(['Partner']);
		expect(orgs.find((o) => o.name === 'Stad Oostwijk, dienst Onderwijs')!.members.map((m) => m.name)).toEqual([
			'Coördinator'
		]);
		expect(orgs.find((o) => o.name === 'Huiswerkklas Samen Sterk')!.expertise).toEqual([
			'taal_en_integratie',
			'vrije_tijd',
			'Huiswerkbegeleiding'
		]);
		const mandates = await listMandates(db, { partnershipId: ctx.partnershipId });
		expect(mandates.length).toBeGreaterThanOrEqual(3);
		expect(mandates[0]!.organisationName).toBeNull();
		const overview = await getExpertiseOverview(db, { partnershipId: ctx.partnershipId });
		expect(overview.gaps.domains.map((d) => d.value)).toEqual(['jeugdhulp']);
	});

	it('seeds a demo map with links of every strength, with or without a directory', async () => {
		const { partnership } = await makePartnership(db);
		await db.transaction((tx) => seedDemoNetwork(tx, { partnershipId: partnership.id }));
		const { nodes, links } = await getNetworkMap(db, { partnershipId: partnership.id });
		expect(nodes.some((n) => n.kind === 'missing')).toBe(true);
		expect(nodes.filter((n) => n.kind === 'person').map((n) => n.label)).toContain('Wijkagent');
		expect(new Set(links.map((l) => l.strength))).toEqual(new Set(['strong', 'weak', 'missing']));

		const withDirectory = await makePartnership(db);
		await db.insert(schema.organisations).values({
			partnershipId: withDirectory.partnership.id,
			name: 'Basisschool Het Anker',
			type: 'school',
			sector: 'education',
			level: 'micro'
		});
		await db.transaction((tx) => seedDemoNetwork(tx, { partnershipId: withDirectory.partnership.id }));
		const map = await getNetworkMap(db, { partnershipId: withDirectory.partnership.id });
		const school = map.nodes.find((n) => n.label === 'Basisschool Het Anker');
		expect(school?.organisationId).toBeTruthy();
		expect(map.nodes.some((n) => n.label === 'Basisschool De Regenboog')).toBe(false);
		expect(map.links.some((l) => l.fromNodeId === school!.id || l.toNodeId === school!.id)).toBe(true);
	});

	it('seeds a demo series whose next meeting reviews the open agreement', async () => {
		const ctx = await demoTeam();
		await db.transaction((tx) => seedDemoMeetings(tx, ctx));
		const upcoming = (await listMeetings(db, { partnershipId: ctx.partnershipId })).meetings.rows;
		const past = (
			await listMeetings(db, { partnershipId: ctx.partnershipId, filter: { wanneer: 'voorbij', soort: '' } })
		).meetings.rows;
		expect(past).toHaveLength(1);
		expect(past[0]!.openAgreements).toBe(1);
		const next = upcoming.find((m) => m.kind === 'structural')!;
		const review = await listReviewAgreements(db, {
			partnershipId: ctx.partnershipId,
			userId: ctx.members[0]!.userId,
			before: next.startsAt
		});
		expect(review.map((a) => a.status)).toEqual(['open']);
		expect(upcoming.some((m) => m.kind === 'informal')).toBe(true);
	});

	it('seeds a SMART goal with a vaguer first version in its history', async () => {
		const ctx = await demoTeam();
		await db.transaction((tx) => seedDemoGoal(tx, ctx));
		const goal = await getGoal(db, ctx);
		expect(goal?.version).toBe(2);
		expect(checkSmart({ ...goal!, timeBound: goal!.timeBound ?? '' }, todayInBelgium()).every((c) => c.ok)).toBe(true);
		expect((await listGoalVersions(db, ctx)).map((v) => v.version)).toEqual([2, 1]);
	});

	it('adds two closed rounds with results (radar, previous round, trend) and an open round the demo accounts can still answer', async () => {
		const ctx = await demoTeam('Basisschool De Linde', [
			{ name: 'Partner' },
			{ name: 'Partner 2', organisationName: 'Dienst 0' },
			{ name: 'Partner 3', organisationName: 'Dienst 1' }
		]);
		const coordinator = ctx.members[0]!.userId;
		await db.transaction((tx) => seedDemoScan(tx, ctx));
		const rounds = await listScanRounds(db, { partnershipId: ctx.partnershipId, userId: coordinator });
		expect(rounds.map((r) => [r.status, r.respondents, r.answered])).toEqual([
			['open', 2, false],
			['closed', 4, true],
			['closed', 4, true]
		]);
		const latest = await getScanResults(db, {
			partnershipId: ctx.partnershipId,
			roundId: rounds[1]!.id,
			userId: coordinator
		});
		if (!latest?.visible) throw new Error('visible');
		expect(latest.previous?.roundId).toBe(rounds[2]!.id);
		expect(latest.trend).toHaveLength(2);
		expect(Object.values(latest.comments).flat().length).toBeGreaterThan(0);
		expect(
			await listAgreementsFrom(db, {
				partnershipId: ctx.partnershipId,
				userId: coordinator,
				scanRoundId: rounds[1]!.id
			})
		).toHaveLength(1);
		expect((await scanOverview(db, { partnershipId: ctx.partnershipId, userId: coordinator })).latest?.roundId).toBe(
			rounds[1]!.id
		);
		// The open round is the one the home offers to answer.
		expect(
			(await homeSummary(db, { partnershipId: ctx.partnershipId, userId: coordinator, canReadAgreements: true }))
				.openRound?.id
		).toBe(rounds[0]!.id);
	});

	it('seeds a closed moment with grouped answers and an agreement', async () => {
		const ctx = await demoTeam();
		await db.transaction((tx) => seedDemoReflection(tx, ctx));
		const [moment] = await listMoments(db, { partnershipId: ctx.partnershipId });
		expect(moment).toMatchObject({ status: 'closed', answerCount: 6 });
		const summary = await getReflectionSummary(db, { partnershipId: ctx.partnershipId, momentId: moment!.id });
		expect(summary?.groups).toHaveLength(2);
		expect(summary?.groups.filter((g) => g.agreementId)).toHaveLength(1);
		expect(
			await listAgreementsFrom(db, {
				partnershipId: ctx.partnershipId,
				userId: ctx.members[0]!.userId,
				reflectionId: moment!.id
			})
		).toHaveLength(1);
	});

	it('seeds four demo signals in different themes and statuses, one answered', async () => {
		const ctx = await demoTeam();
		await db.transaction((tx) => seedDemoSignals(tx, ctx));
		const overview = await signalOverview(db, ctx.partnershipId);
		expect(overview.total).toBe(4);
		expect(overview.status).toEqual({ collected: 1, discussed: 1, passed_on: 1, answered: 1 });
		expect(overview.themes).toHaveLength(4);
		expect(overview.sources.case).toBe(10);
		const { signals: list } = await listSignals(db, {
			partnershipId: ctx.partnershipId,
			filter: { status: 'answered', thema: '', niveau: '', aan: '' }
		});
		const answered = await getSignal(db, { partnershipId: ctx.partnershipId, signalId: list.rows[0]!.id });
		expect(answered?.signal.answer).not.toBe('');
		expect(answered?.timeline.map((e) => e.status)).toEqual(['collected', 'discussed', 'passed_on', 'answered']);
		const home = await homeSummary(db, {
			partnershipId: ctx.partnershipId,
			userId: ctx.members[0]!.userId,
			canReadAgreements: true
		});
		expect(home.signals.oldestWaiting?.days).toBe(45);
	});
	it('seeds three recurring tasks with a RASCI and a continuity plan with one contact still without a backup', async () => {
		const ctx = await demoTeam('Stad Oostwijk', [
			{ name: 'Zorgcoördinator' },
			{ name: 'CLB-medewerker' },
			{ name: 'Welzijnswerker' },
			{ name: 'Beleid', role: 'observer' }
		]);
		await db.transaction((tx) => seedDemoRecurringTasks(tx, ctx));
		const userId = ctx.members[0]!.userId;
		const filter = { frequentie: '', van: '' } as const;
		const { tasks } = await listRecurringTasks(db, { partnershipId: ctx.partnershipId, userId, filter });
		expect(tasks.total).toBe(3);
		for (const task of tasks.rows) {
			expect(task.assignments.filter((a) => a.letter === 'A')).toHaveLength(1);
			expect(task.assignments.some((a) => a.name === 'Beleid')).toBe(false);
		}
		const plan = await listContinuityItems(db, {
			partnershipId: ctx.partnershipId,
			userId,
			filter: { zonder: '', van: '' }
		});
		expect(plan.counts).toMatchObject({ total: 3, noBackup: 1 });
	});

	it('adds a running pilot with its look back next month, and one looked back on in the learning log', async () => {
		const ctx = await demoTeam('Stad Oostwijk, dienst Onderwijs', [
			{ name: 'Partner CAW', organisationName: 'CAW Oostwijk' },
			{ name: 'Partner school', organisationName: 'Basisschool De Regenboog' }
		]);
		await db.transaction((tx) => seedDemoPilots(tx, ctx));
		const today = todayInBelgium();
		const { pilots, counts } = await listPilots(db, { partnershipId: ctx.partnershipId, filter: { stand: '' }, today });
		expect(counts).toMatchObject({ total: 2, lopend: 1, afgerond: 1, terugblikken: 0 });
		const running = pilots.rows.find((p) => p.state === 'lopend')!;
		expect(running).toMatchObject({ ownerName: 'Partner CAW' });
		expect(running.lookBackOn > today).toBe(true);
		const done = pilots.rows.find((p) => p.state === 'afgerond')!;
		expect(done.learningEntryId).not.toBeNull();
		const entry = await getLearningEntry(db, { partnershipId: ctx.partnershipId, entryId: done.learningEntryId! });
		expect(entry?.entry).toMatchObject({ kind: 'success', blocks: ['respect-en-vertrouwen'] });
		expect(entry?.entry.title).toMatch(/^Proefproject: /);
	});
});
