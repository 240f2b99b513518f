// The collaboration scan (samenwerkingsscan): coordinators open a round, members answer it once and
// anonymously, and everyone with access reads the results once the round is closed and at least
// three people answered. Why it is built this way: docs/decisions/0007-anonymous-scan.md.
//
// Anonymity in the database: a participation (who answered) and a response (what was answered)
// share nothing but the round. Every new answer rewrites all of the round's response rows in a
// random order, so neither their physical order nor the transaction that wrote them follows the
// order in which people answered.
import { addDays } from '$lib/dates';
import { randomInt } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '$lib/server/db/client';
import {
	memberships,
	organisations,
	partnerships,
	scanParticipations,
	scanResponses,
	scanRounds
} from '$lib/server/db/schema';
import { blocks } from '$lib/content/blocks';
import { SCAN_STATEMENTS } from '$lib/content/scan';
import type { BlockSlug } from '$lib/content/types';
import type { Sector } from '$lib/domain/partnerships/enums';
import { brusselsToUtc, utcToBrussels } from '$lib/domain/meetings/meeting-time';
import { aggregateScan, breakdownScan, MIN_RESPONDENTS, weakestBlocks, type ScanResult } from './aggregate';
import { BLOCK_ORDER, blockLinks, groupsToKeep, meansOf, sectorGaps, type ScanMember } from './insights';
import { rolesHolding } from '$lib/domain/permissions/permissions';
import { blockOfStatement, COMMENT_MAX, type OpenRoundInput, type ScanAnswer } from './scan.schema';

type Scope = { partnershipId: string };
type Visible = Extract<ScanResult, { visible: true }>;
export type ScanRoundRow = typeof scanRounds.$inferSelect;
export type RoundStatus = 'open' | 'closed';

// ---------------------------------------------------------------------------------------------
// Status of a round

export function roundStatus(round: Pick<ScanRoundRow, 'closesAt' | 'closedAt'>, now = new Date()): RoundStatus {
	return round.closedAt !== null || round.closesAt <= now ? 'closed' : 'open';
}

/** When the round stopped (or will stop) taking answers. */
export function roundEnd(round: Pick<ScanRoundRow, 'closesAt' | 'closedAt'>): Date {
	return round.closedAt && round.closedAt < round.closesAt ? round.closedAt : round.closesAt;
}

/** The last day (YYYY-MM-DD, Belgian time) on which the round takes answers as planned. */
export function lastDay(round: Pick<ScanRoundRow, 'closesAt'>): string {
	return utcToBrussels(new Date(round.closesAt.getTime() - 1)).date;
}

/**
 * Results are shown only for a closed round with at least MIN_RESPONDENTS answers. While a round
 * is open, comparing the results before and after a colleague answers would give away that
 * colleague's answers (see the ADR); the count of answers is shown all along.
 */
export function resultsVisible(status: RoundStatus, respondents: number): boolean {
	return status === 'closed' && respondents >= MIN_RESPONDENTS;
}

const isOpen = (now: Date): SQL => and(isNull(scanRounds.closedAt), gt(scanRounds.closesAt, now))!;
const isClosed = (now: Date): SQL => or(isNotNull(scanRounds.closedAt), lte(scanRounds.closesAt, now))!;
// Written out in full: inside a select from one table, drizzle leaves column names unqualified.
const respondentCount = sql<number>`(select count(*)::int from scan_responses r where r.round_id = "scan_rounds"."id" and r.partnership_id = "scan_rounds"."partnership_id")`;

// ---------------------------------------------------------------------------------------------
// Opening and closing

export type OpenRoundResult = { ok: true; id: string } | { ok: false; reason: 'already-open'; openRoundId: string };

/**
 * Opens a round with every statement of the content (copied, so later content changes never
 * change what people answered). One open round per partnership at a time.
 */
export async function openScanRound(
	db: Db,
	{ partnershipId, userId, input, now = new Date() }: Scope & { userId: string; input: OpenRoundInput; now?: Date }
): Promise<OpenRoundResult> {
	return db.transaction(async (tx) => {
		// Two coordinators opening a round at the same moment: the second waits here, then sees the first.
		await tx.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.id, partnershipId)).for('update');
		const [open] = await tx
			.select({ id: scanRounds.id })
			.from(scanRounds)
			.where(and(eq(scanRounds.partnershipId, partnershipId), isOpen(now)));
		if (open) return { ok: false, reason: 'already-open', openRoundId: open.id } as const;
		const [created] = await tx
			.insert(scanRounds)
			.values({
				partnershipId,
				title: input.title,
				statementIds: SCAN_STATEMENTS.map((s) => s.id),
				opensAt: now,
				// Open through the whole closing day, in Belgian time.
				closesAt: brusselsToUtc(addDays(input.closesOn, 1), '00:00'),
				createdBy: userId
			})
			.returning({ id: scanRounds.id });
		return { ok: true, id: created!.id } as const;
	});
}

/** Closes a round before its closing date (a coordinator's choice). */
export async function closeScanRound(
	db: Db,
	{ partnershipId, roundId, now = new Date() }: Scope & { roundId: string; now?: Date }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'already-closed' }> {
	return db.transaction(async (tx) => {
		const [round] = await tx
			.select()
			.from(scanRounds)
			.where(and(eq(scanRounds.partnershipId, partnershipId), eq(scanRounds.id, roundId)))
			.for('update');
		if (!round) return { ok: false, reason: 'not-found' } as const;
		if (roundStatus(round, now) === 'closed') return { ok: false, reason: 'already-closed' } as const;
		await tx
			.update(scanRounds)
			.set({ closedAt: now })
			.where(and(eq(scanRounds.partnershipId, partnershipId), eq(scanRounds.id, roundId)));
		await sealScanRound(tx, { partnershipId, roundId });
		return { ok: true } as const;
	});
}

/**
 * Once a round is closed, a sector or organisation that fewer than MIN_RESPONDENTS answers share
 * is wiped from those answers: with the list of who answered, it could point to one person.
 * Idempotent.
 */
export async function sealScanRound(
	db: Executor,
	{ partnershipId, roundId }: Scope & { roundId: string }
): Promise<void> {
	const where = and(eq(scanResponses.partnershipId, partnershipId), eq(scanResponses.roundId, roundId));
	const small = (column: typeof scanResponses.sector | typeof scanResponses.organisationId) =>
		db
			.select({ value: column })
			.from(scanResponses)
			.where(and(where, isNotNull(column)))
			.groupBy(column)
			.having(sql`count(*) < ${MIN_RESPONDENTS}`);
	const [sectors, orgs] = await Promise.all([small(scanResponses.sector), small(scanResponses.organisationId)]);
	if (sectors.length)
		await db
			.update(scanResponses)
			.set({ sector: null })
			.where(
				and(
					where,
					inArray(
						scanResponses.sector,
						sectors.map((s) => s.value!)
					)
				)
			);
	if (orgs.length)
		await db
			.update(scanResponses)
			.set({ organisationId: null })
			.where(
				and(
					where,
					inArray(
						scanResponses.organisationId,
						orgs.map((o) => o.value!)
					)
				)
			);
}

// ---------------------------------------------------------------------------------------------
// Reading rounds

export type ScanRoundListItem = {
	id: string;
	title: string;
	opensAt: Date;
	closesAt: Date;
	closedAt: Date | null;
	status: RoundStatus;
	endsAt: Date;
	lastDay: string;
	respondents: number;
	/** Whether the current user has answered (never what). */
	answered: boolean;
};

function toItem(row: ScanRoundRow & { respondents: number; answered: boolean }, now: Date): ScanRoundListItem {
	return {
		id: row.id,
		title: row.title,
		opensAt: row.opensAt,
		closesAt: row.closesAt,
		closedAt: row.closedAt,
		status: roundStatus(row, now),
		endsAt: roundEnd(row),
		lastDay: lastDay(row),
		respondents: row.respondents,
		answered: row.answered
	};
}

const answeredBy = (userId: string) =>
	sql<boolean>`exists (select 1 from scan_participations p where p.round_id = "scan_rounds"."id" and p.user_id = ${userId})`;

/** The partnership's rounds, newest first, with their status, answer count and whether I answered. */
export async function listScanRounds(
	db: Db,
	{ partnershipId, userId, now = new Date() }: Scope & { userId: string; now?: Date }
): Promise<ScanRoundListItem[]> {
	const rows = await db
		.select({ round: scanRounds, respondents: respondentCount, answered: answeredBy(userId) })
		.from(scanRounds)
		.where(eq(scanRounds.partnershipId, partnershipId))
		.orderBy(desc(scanRounds.opensAt), desc(scanRounds.id));
	return rows.map((r) => toItem({ ...r.round, respondents: r.respondents, answered: r.answered }, now));
}

/** One round of this partnership (null for another partnership's round or an unknown id). */
export async function getScanRound(
	db: Db,
	{ partnershipId, roundId, userId, now = new Date() }: Scope & { roundId: string; userId: string; now?: Date }
): Promise<(ScanRoundListItem & { statementIds: string[] }) | null> {
	const [row] = await db
		.select({ round: scanRounds, respondents: respondentCount, answered: answeredBy(userId) })
		.from(scanRounds)
		.where(and(eq(scanRounds.partnershipId, partnershipId), eq(scanRounds.id, roundId)));
	if (!row) return null;
	return {
		...toItem({ ...row.round, respondents: row.respondents, answered: row.answered }, now),
		statementIds: row.round.statementIds
	};
}

/** The statements of a round, grouped per block in block order (texts from the content). */
export function roundStatements(statementIds: readonly string[]) {
	const text = new Map(SCAN_STATEMENTS.map((s) => [s.id, s.text]));
	return blocks
		.map((b) => ({
			block: b.slug,
			number: b.number,
			title: b.title,
			statements: statementIds
				.filter((id) => blockOfStatement(id) === b.slug)
				.map((id) => ({ id, text: text.get(id) ?? id }))
		}))
		.filter((b) => b.statements.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Answering

export type SubmitResult =
	{ ok: true } | { ok: false; reason: 'not-found' | 'closed' | 'already-answered' | 'not-member' | 'incomplete' };

/** The partnership's members with their organisation's sector, to decide which groups an answer keeps. */
export async function listScanMembers(db: Executor, partnershipId: string): Promise<ScanMember[]> {
	return db
		.select({
			userId: memberships.userId,
			role: memberships.role,
			organisationId: memberships.organisationId,
			organisationSector: organisations.sector,
			organisationType: memberships.organisationType
		})
		.from(memberships)
		.leftJoin(
			organisations,
			and(eq(organisations.id, memberships.organisationId), eq(organisations.partnershipId, memberships.partnershipId))
		)
		.where(eq(memberships.partnershipId, partnershipId));
}

function shuffled<T>(items: readonly T[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = randomInt(i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * Rewrites all response rows of the round in a random order, inside the answering transaction:
 * afterwards every row was written by this transaction (the same xmin) in an order that says
 * nothing about who answered when.
 */
async function reshuffleResponses(tx: Tx, partnershipId: string, roundId: string): Promise<void> {
	const where = and(eq(scanResponses.partnershipId, partnershipId), eq(scanResponses.roundId, roundId));
	const rows = await tx.select().from(scanResponses).where(where);
	if (rows.length < 2) return;
	await tx.delete(scanResponses).where(where);
	await tx.insert(scanResponses).values(shuffled(rows));
}

/**
 * Stores one answer sheet, in one transaction: the participation (so nobody answers twice) and the
 * anonymous response (no user, no time; a sector or organisation only when at least three members
 * who may answer share it). Refused when the round is closed or the user already answered.
 */
export async function submitScanResponse(
	db: Db,
	{
		partnershipId,
		roundId,
		userId,
		answer,
		now = new Date()
	}: Scope & { roundId: string; userId: string; answer: ScanAnswer; now?: Date }
): Promise<SubmitResult> {
	return db.transaction(async (tx) => {
		// Answers to one round go in one at a time (the sheets are rewritten below), and a
		// coordinator closing the round waits until this answer is in (or out).
		const [round] = await tx
			.select()
			.from(scanRounds)
			.where(and(eq(scanRounds.partnershipId, partnershipId), eq(scanRounds.id, roundId)))
			.for('no key update');
		if (!round) return { ok: false, reason: 'not-found' } as const;
		if (roundStatus(round, now) === 'closed') return { ok: false, reason: 'closed' } as const;

		const ratings: Record<string, number | null> = {};
		for (const id of round.statementIds) {
			const value = answer.ratings[id];
			if (value === undefined || (value !== null && !(Number.isInteger(value) && value >= 1 && value <= 5)))
				return { ok: false, reason: 'incomplete' } as const;
			ratings[id] = value;
		}
		const roundBlocks = new Set(round.statementIds.map(blockOfStatement));
		const comments: Record<string, string> = {};
		for (const [block, text] of Object.entries(answer.comments)) {
			const clean = (text ?? '').trim().slice(0, COMMENT_MAX);
			if (clean && roundBlocks.has(block as BlockSlug)) comments[block] = clean;
		}

		const groups = groupsToKeep(await listScanMembers(tx, partnershipId), userId);
		if (!groups) return { ok: false, reason: 'not-member' } as const;

		// The primary key (round, user) makes a second answer impossible, also from two tabs at once.
		const [joined] = await tx
			.insert(scanParticipations)
			.values({ roundId, userId })
			.onConflictDoNothing()
			.returning({ roundId: scanParticipations.roundId });
		if (!joined) return { ok: false, reason: 'already-answered' } as const;
		await tx.insert(scanResponses).values({
			partnershipId,
			roundId,
			sector: groups.sector,
			organisationId: groups.organisationId,
			ratings,
			comments
		});
		await reshuffleResponses(tx, partnershipId, roundId);
		return { ok: true } as const;
	});
}

// ---------------------------------------------------------------------------------------------
// Results

const statementBlocksOf = (statementIds: readonly string[]) =>
	new Map(statementIds.flatMap((id) => (blockOfStatement(id) ? [[id, blockOfStatement(id)!] as const] : [])));

type ResponseRow = {
	roundId: string;
	sector: string | null;
	organisationId: string | null;
	ratings: Record<string, number | null>;
	comments: Record<string, string>;
};

async function responsesOf(db: Executor, partnershipId: string, roundIds: string[]): Promise<ResponseRow[]> {
	if (!roundIds.length) return [];
	return db
		.select({
			roundId: scanResponses.roundId,
			sector: scanResponses.sector,
			organisationId: scanResponses.organisationId,
			ratings: scanResponses.ratings,
			comments: scanResponses.comments
		})
		.from(scanResponses)
		.where(and(eq(scanResponses.partnershipId, partnershipId), inArray(scanResponses.roundId, roundIds)));
}

export type TrendRound = {
	roundId: string;
	title: string;
	endsAt: Date;
	respondents: number;
	means: Record<BlockSlug, number | null>;
};

export type ScanResults =
	| { round: ScanRoundListItem; visible: false; respondents: number; needed: number }
	| {
			round: ScanRoundListItem;
			visible: true;
			respondents: number;
			blocks: (Visible['blocks'][number] & { title: string; number: number })[];
			bySector:
				| { visible: false }
				| { visible: true; groups: { sector: Sector; respondents: number; means: Record<BlockSlug, number | null> }[] };
			byOrganisation:
				| { visible: false }
				| {
						visible: true;
						groups: {
							organisationId: string;
							name: string | null;
							respondents: number;
							means: Record<BlockSlug, number | null>;
						}[];
				  };
			gaps: ReturnType<typeof sectorGaps>;
			/** Earlier closed rounds of the partnership with visible results, oldest first, then this one. */
			trend: TrendRound[];
			/** The round just before this one with visible results: the dashed polygon of the radar. */
			previous: TrendRound | null;
			weakest: ReturnType<typeof blockLinks>[];
			/** block → comments, sorted (never in the order they were given). */
			comments: Record<BlockSlug, string[]>;
	  };

/**
 * The results of a round of this partnership (null when it is not one). Nothing at all, not even
 * comments, until the round is closed with at least MIN_RESPONDENTS answers; a breakdown only
 * where every group has at least MIN_RESPONDENTS.
 */
export async function getScanResults(
	db: Db,
	{ partnershipId, roundId, userId, now = new Date() }: Scope & { roundId: string; userId: string; now?: Date }
): Promise<ScanResults | null> {
	const round = await getScanRound(db, { partnershipId, roundId, userId, now });
	if (!round) return null;
	if (!resultsVisible(round.status, round.respondents))
		return {
			round,
			visible: false,
			respondents: round.respondents,
			needed: Math.max(0, MIN_RESPONDENTS - round.respondents)
		};

	// A round that closed on its date (nobody pressed "close") is sealed the first time it is read.
	await sealScanRound(db, { partnershipId, roundId });
	const responses = await responsesOf(db, partnershipId, [roundId]);
	const statementBlocks = statementBlocksOf(round.statementIds);
	const overall = aggregateScan(responses, statementBlocks, BLOCK_ORDER);
	if (!overall.visible)
		return { round, visible: false, respondents: responses.length, needed: MIN_RESPONDENTS - responses.length };

	const bySectorRaw = breakdownScan(
		responses.map((r) => ({ group: r.sector, ratings: r.ratings })),
		statementBlocks,
		BLOCK_ORDER
	);
	const byOrgRaw = breakdownScan(
		responses.map((r) => ({ group: r.organisationId, ratings: r.ratings })),
		statementBlocks,
		BLOCK_ORDER
	);
	const orgIds = byOrgRaw.visible ? byOrgRaw.groups.map((g) => g.group) : [];
	const orgNames = new Map(
		orgIds.length
			? (
					await db
						.select({ id: organisations.id, name: organisations.name })
						.from(organisations)
						.where(and(eq(organisations.partnershipId, partnershipId), inArray(sql`${organisations.id}::text`, orgIds)))
				).map((o) => [o.id, o.name])
			: []
	);

	const trend = await trendBefore(db, partnershipId, round, now);
	const current: TrendRound = {
		roundId: round.id,
		title: round.title,
		endsAt: round.endsAt,
		respondents: overall.respondents,
		means: meansOf(overall)
	};

	const comments = Object.fromEntries(BLOCK_ORDER.map((b) => [b, [] as string[]])) as Record<BlockSlug, string[]>;
	for (const r of responses)
		for (const [block, text] of Object.entries(r.comments ?? {}))
			if (text && block in comments) comments[block as BlockSlug].push(text);
	for (const list of Object.values(comments)) list.sort((a, b) => a.localeCompare(b, 'nl'));

	const titles = new Map(blocks.map((b) => [b.slug, b]));
	return {
		round,
		visible: true,
		respondents: overall.respondents,
		blocks: overall.blocks.map((b) => ({
			...b,
			title: titles.get(b.block)!.title,
			number: titles.get(b.block)!.number
		})),
		bySector: bySectorRaw.visible
			? {
					visible: true,
					groups: bySectorRaw.groups.map((g) => ({
						sector: g.group as Sector,
						respondents: g.result.respondents,
						means: meansOf(g.result)
					}))
				}
			: { visible: false },
		byOrganisation: byOrgRaw.visible
			? {
					visible: true,
					groups: byOrgRaw.groups.map((g) => ({
						organisationId: g.group,
						name: orgNames.get(g.group) ?? null,
						respondents: g.result.respondents,
						means: meansOf(g.result)
					}))
				}
			: { visible: false },
		gaps: bySectorRaw.visible ? sectorGaps(bySectorRaw.groups) : null,
		trend: [...trend, current],
		previous: trend.at(-1) ?? null,
		weakest: weakestBlocks(overall.blocks, 2).map((slug) => blockLinks(overall.blocks.find((b) => b.block === slug)!)),
		comments
	};
}

/** The partnership's closed rounds that opened before this one and have visible results, oldest first. */
async function trendBefore(
	db: Db,
	partnershipId: string,
	round: Pick<ScanRoundListItem, 'id' | 'opensAt'>,
	now: Date
): Promise<TrendRound[]> {
	const earlier = await db
		.select()
		.from(scanRounds)
		.where(
			and(
				eq(scanRounds.partnershipId, partnershipId),
				ne(scanRounds.id, round.id),
				sql`${scanRounds.opensAt} < ${round.opensAt}`,
				isClosed(now)
			)
		)
		.orderBy(asc(scanRounds.opensAt));
	return summarise(db, partnershipId, earlier);
}

/** Each round's means when its results are visible (others are left out). */
async function summarise(db: Executor, partnershipId: string, rounds: ScanRoundRow[]): Promise<TrendRound[]> {
	const responses = await responsesOf(
		db,
		partnershipId,
		rounds.map((r) => r.id)
	);
	return trendOf(rounds, responses);
}

/** The rounds (oldest first) with visible results, each with its mean per block. */
function trendOf(rounds: ScanRoundRow[], responses: readonly ResponseRow[]): TrendRound[] {
	return rounds.flatMap((r) => {
		const result = aggregateScan(
			responses.filter((x) => x.roundId === r.id),
			statementBlocksOf(r.statementIds),
			BLOCK_ORDER
		);
		return result.visible
			? [
					{
						roundId: r.id,
						title: r.title,
						endsAt: roundEnd(r),
						respondents: result.respondents,
						means: meansOf(result)
					}
				]
			: [];
	});
}

export type ScanSummary = TrendRound & { previous: TrendRound | null };

/**
 * For the partnership home, in one round trip: the rounds (newest first, as in listScanRounds) and
 * the latest closed round with visible results (title, when it ended, the mean per block) with the
 * one before it, or null when there is none yet.
 */
export async function scanOverview(
	db: Db,
	{ partnershipId, userId, now = new Date() }: Scope & { userId: string; now?: Date }
): Promise<{ rounds: ScanRoundListItem[]; latest: ScanSummary | null }> {
	const { rows } = await db.execute<{ rounds: JsonRound[] | null; responses: ResponseRow[] }>(sql`
		with rounds as (
			select r.*,
				(select count(*)::int from scan_responses x
				  where x.round_id = r.id and x.partnership_id = r.partnership_id) as respondents,
				exists (select 1 from scan_participations p where p.round_id = r.id and p.user_id = ${userId}) as answered
			from scan_rounds r where r.partnership_id = ${partnershipId}
		), shown as (
			select id from rounds
			where (closed_at is not null or closes_at <= ${now}) and respondents >= ${MIN_RESPONDENTS}
			order by opens_at desc limit 2
		)
		select
			(select json_agg(json_build_object('id', id, 'partnershipId', partnership_id, 'title', title,
				'statementIds', statement_ids, 'opensAt', opens_at, 'closesAt', closes_at, 'closedAt', closed_at,
				'createdBy', created_by, 'createdAt', created_at, 'respondents', respondents, 'answered', answered,
				'shown', id in (select id from shown)) order by opens_at desc, id desc)
			 from rounds) as rounds,
			(select coalesce(json_agg(json_build_object('roundId', round_id, 'sector', sector,
				'organisationId', organisation_id, 'ratings', ratings, 'comments', comments)), '[]')
			 from scan_responses where partnership_id = ${partnershipId} and round_id in (select id from shown)) as responses`);
	const all = (rows[0]?.rounds ?? []).map((r) => ({
		...r,
		opensAt: new Date(r.opensAt),
		closesAt: new Date(r.closesAt),
		closedAt: r.closedAt === null ? null : new Date(r.closedAt),
		createdAt: new Date(r.createdAt)
	}));
	const shown = all.filter((r) => r.shown).reverse();
	const [latest, previous] = trendOf(shown, rows[0]?.responses ?? []).reverse();
	return {
		rounds: all.map((r) => toItem(r, now)),
		latest: latest ? { ...latest, previous: previous ?? null } : null
	};
}

/** A round as the overview's JSON carries it: timestamps as text. */
type JsonRound = Omit<ScanRoundRow, 'opensAt' | 'closesAt' | 'closedAt' | 'createdAt'> & {
	opensAt: string;
	closesAt: string;
	closedAt: string | null;
	createdAt: string;
	respondents: number;
	answered: boolean;
	shown: boolean;
};

/**
 * For the reminders: open rounds (of every partnership) that close within `within` milliseconds
 * from now, each with the members who may answer and have not answered yet.
 */
export async function listScanRoundsClosingSoon(
	db: Db,
	{ within, now = new Date() }: { within: number; now?: Date }
): Promise<
	{
		roundId: string;
		partnershipId: string;
		partnershipName: string;
		title: string;
		closesAt: Date;
		lastDay: string;
		pendingUserIds: string[];
	}[]
> {
	const rounds = await db
		.select({ round: scanRounds, partnershipName: partnerships.name })
		.from(scanRounds)
		.innerJoin(partnerships, eq(partnerships.id, scanRounds.partnershipId))
		.where(and(isOpen(now), lte(scanRounds.closesAt, new Date(now.getTime() + within))))
		.orderBy(asc(scanRounds.closesAt));
	if (!rounds.length) return [];
	const [members, answered] = await Promise.all([
		db
			.select({ partnershipId: memberships.partnershipId, userId: memberships.userId })
			.from(memberships)
			.where(
				and(
					inArray(memberships.partnershipId, [...new Set(rounds.map((r) => r.round.partnershipId))]),
					inArray(memberships.role, rolesHolding('scan:respondent'))
				)
			),
		db
			.select({ roundId: scanParticipations.roundId, userId: scanParticipations.userId })
			.from(scanParticipations)
			.where(
				inArray(
					scanParticipations.roundId,
					rounds.map((r) => r.round.id)
				)
			)
	]);
	return rounds.map(({ round, partnershipName }) => {
		const done = new Set(answered.filter((a) => a.roundId === round.id).map((a) => a.userId));
		return {
			roundId: round.id,
			partnershipId: round.partnershipId,
			partnershipName,
			title: round.title,
			closesAt: round.closesAt,
			lastDay: lastDay(round),
			pendingUserIds: members
				.filter((mb) => mb.partnershipId === round.partnershipId && !done.has(mb.userId))
				.map((mb) => mb.userId)
		};
	});
}
