// Demo scan rounds for the demo partnership: two closed rounds with results (so the radar, its
// previous round and the trend show) and an open round that the two demo accounts can still answer.
// The answers are made up and stored like real ones: anonymous, groups only where three members share them.
// The rounds and answers are written directly: openScanRound starts a round today and
// submitScanResponse only takes answers while a round is open, and these rounds ran months ago.
import { addDays, todayInBelgium } from '$lib/dates';
import type { Tx } from '$lib/server/db/client';
import { scanParticipations, scanResponses, scanRounds } from '$lib/server/db/schema';
import { SCAN_STATEMENTS } from '$lib/content/scan';
import type { BlockSlug } from '$lib/content/types';
import { createAgreement } from '$lib/domain/agreements/agreement.server';
import { brusselsToUtc } from '$lib/domain/meetings/meeting-time';
import { groupsToKeep } from '$lib/domain/scan/insights';
import { listScanMembers } from '$lib/domain/scan/scan.server';
import { defaultRoundValues } from '$lib/domain/scan/scan.schema';
import { asDb, expectOk, type DemoContext } from './context';
import { can, mayHold } from '$lib/domain/permissions/permissions';

type Profile = Record<BlockSlug, number>;

/** How the demo partners saw each block, round by round (1–5). */
const FIRST: Profile = {
	'gemeenschappelijk-doel': 2.6,
	relatie: 3.4,
	betrokkenheid: 2.2,
	'respect-en-vertrouwen': 3.6,
	'afstemming-en-taakafbakening': 2.5,
	communicatie: 2.7
};
const SECOND: Profile = {
	'gemeenschappelijk-doel': 3.5,
	relatie: 3.8,
	betrokkenheid: 2.6,
	'respect-en-vertrouwen': 3.9,
	'afstemming-en-taakafbakening': 3.3,
	communicatie: 2.9
};

/** Per respondent: how much milder or stricter they rate; per statement: small ups and downs. */
const PERSON_OFFSET = [-0.6, 0.1, 0.6, -0.2];
const STATEMENT_WIGGLE = [0.4, -0.4, 0, 0.5, -0.5];

const COMMENTS: Partial<Record<BlockSlug, string>>[][] = [
	[
		{ communicatie: 'Na een doorverwijzing hoor ik meestal niets meer terug.' },
		{
			'afstemming-en-taakafbakening':
				'Het gebeurt dat twee diensten in dezelfde week bij hetzelfde gezin op bezoek gaan.'
		},
		{ betrokkenheid: 'Ik weet niet of onze leidinggevenden deze samenwerking echt belangrijk vinden.' },
		{}
	],
	[
		{
			'gemeenschappelijk-doel':
				'Sinds we het doel samen hebben herschreven, weet ik beter waarom ik naar het overleg kom.'
		},
		{ communicatie: 'De korte status na een doorverwijzing helpt, maar nog niet elke dienst stuurt ze.' },
		{ betrokkenheid: 'Ouders zitten nog niet mee aan tafel wanneer we over de aanpak beslissen.' },
		{ relatie: 'De koffiemomenten tussen twee overleggen doen deugd.' }
	]
];

function ratingsFor(profile: Profile, person: number): Record<string, number | null> {
	const ratings: Record<string, number | null> = {};
	const perBlock = new Map<BlockSlug, number>();
	for (const s of SCAN_STATEMENTS) {
		const n = perBlock.get(s.block) ?? 0;
		perBlock.set(s.block, n + 1);
		// Somebody does not know how the management sees it.
		if (person === 3 && s.id === 'betrokkenheid-1') {
			ratings[s.id] = null;
			continue;
		}
		const value = Math.round(
			profile[s.block] + PERSON_OFFSET[person]! + STATEMENT_WIGGLE[n % STATEMENT_WIGGLE.length]!
		);
		ratings[s.id] = Math.min(5, Math.max(1, value));
	}
	return ratings;
}

async function addRound(
	tx: Tx,
	ctx: DemoContext,
	{
		opensOn,
		lastDay,
		closedEarly,
		profile,
		comments,
		respondents
	}: {
		opensOn: string;
		lastDay: string;
		closedEarly?: boolean;
		profile: Profile;
		comments: Partial<Record<BlockSlug, string>>[];
		respondents: { userId: string }[];
	}
) {
	const coordinator = ctx.members.find((mb) => can(mb.role, 'scan:manage')) ?? ctx.members[0];
	const closesAt = brusselsToUtc(addDays(lastDay, 1), '00:00');
	const [round] = await tx
		.insert(scanRounds)
		.values({
			partnershipId: ctx.partnershipId,
			title: defaultRoundValues(opensOn).title,
			statementIds: SCAN_STATEMENTS.map((s) => s.id),
			opensAt: brusselsToUtc(opensOn, '09:00'),
			closesAt,
			closedAt: closedEarly ? brusselsToUtc(lastDay, '12:00') : null,
			createdBy: coordinator?.userId ?? null
		})
		.returning({ id: scanRounds.id });
	const members = await listScanMembers(tx, ctx.partnershipId);
	for (const r of respondents) await tx.insert(scanParticipations).values({ roundId: round!.id, userId: r.userId });
	// The sheets go in in another order than the participations.
	const sheets = respondents.map((r, person) => ({ person, groups: groupsToKeep(members, r.userId) }));
	for (const { person, groups } of [...sheets].reverse())
		await tx.insert(scanResponses).values({
			partnershipId: ctx.partnershipId,
			roundId: round!.id,
			sector: groups?.sector ?? null,
			organisationId: groups?.organisationId ?? null,
			ratings: ratingsFor(profile, person),
			comments: Object.fromEntries(Object.entries(comments[person] ?? {})) as Record<string, string>
		});
	return round!.id;
}

export async function seedDemoScan(tx: Tx, ctx: DemoContext): Promise<void> {
	const answering = ctx.members.filter((mb) => mayHold(mb.role, 'scan:respondent'));
	if (answering.length < 3) return;
	const today = todayInBelgium();
	await addRound(tx, ctx, {
		opensOn: addDays(today, -230),
		lastDay: addDays(today, -216),
		profile: FIRST,
		comments: COMMENTS[0]!,
		respondents: answering.slice(0, 4)
	});
	const second = await addRound(tx, ctx, {
		opensOn: addDays(today, -60),
		lastDay: addDays(today, -44),
		closedEarly: true,
		profile: SECOND,
		comments: COMMENTS[1]!,
		respondents: answering.slice(0, 4)
	});
	// Open now: two partners answered; the demo accounts (the first two seats) have not yet.
	await addRound(tx, ctx, {
		opensOn: addDays(today, -3),
		lastDay: addDays(today, 11),
		profile: SECOND,
		comments: [],
		respondents: answering.slice(2, 4)
	});

	// An insight of the last results turned into an agreement.
	const coordinator = answering.find((mb) => can(mb.role, 'scan:manage')) ?? answering[0]!;
	expectOk(
		'the agreement from the scan',
		await createAgreement(asDb(tx), {
			partnershipId: ctx.partnershipId,
			userId: coordinator.userId,
			scanRoundId: second,
			voice: null,
			input: {
				what: 'Elke dienst stuurt binnen twee weken na een doorverwijzing een korte status naar de school: aangemeld, bezig of afgerond.',
				ownerId: coordinator.userId,
				dueDate: addDays(today, 30),
				feedbackDate: null,
				feedbackNote: 'Op het volgende structureel overleg kijken we samen of het lukt.'
			}
		})
	);
}
