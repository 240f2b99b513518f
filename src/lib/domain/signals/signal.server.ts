// Signals to policy: a structural problem the partners see across cases (housing, school costs, …),
// on its way to the level that can change it. A signal is written fresh, in general terms: it never
// copies a case. Where it was seen (a case, a learning-log entry, a reflection moment of the same
// partnership) is kept only as a link, and every page shows only counts of those links. When a case
// is purged, its link becomes null and the count stays.
import { todayInBelgium } from '$lib/dates';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor, Tx } from '$lib/server/db/client';
import { learningEntries, reflectionMoments, signalEvents, signalSources, signals, users } from '$lib/server/db/schema';
import { recordAudit } from '$lib/domain/audit/audit.server';
import {
	SIGNAL_ADDRESSEES,
	SIGNAL_LEVELS,
	SIGNAL_SOURCE_KINDS,
	SIGNAL_STATUSES,
	SIGNAL_THEMES,
	type SignalAddressee,
	type SignalLevel,
	type SignalSourceKind,
	type SignalStatus,
	type SignalTheme
} from '$lib/domain/partnerships/enums';
import {
	isStep,
	type SignalFilter,
	type SignalInput,
	type SignalSourceRef,
	type StatusStepInput
} from './signal.schema';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';
import { paged, totalOver } from '$lib/server/db/paged';
import { personName } from '$lib/domain/auth/person-name';
import { mayWorkOnCase } from '$lib/domain/cases/case-access.server';

type Scope = { partnershipId: string };
export type SignalRow = typeof signals.$inferSelect;
export type SourceCounts = Record<SignalSourceKind, number> & { total: number };

const zeroes = <K extends string>(keys: readonly K[]) =>
	Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
const emptySourceCounts = (): SourceCounts => ({ ...zeroes(SIGNAL_SOURCE_KINDS), total: 0 });

// ---------------------------------------------------------------------------------------------
// Sources

/** The link column of each kind of source. */
const sourceColumn = {
	case: signalSources.caseId,
	learning: signalSources.learningEntryId,
	reflection: signalSources.reflectionId
} as const;

const sourceLink = (source: SignalSourceRef) => ({
	caseId: source.kind === 'case' ? source.id : null,
	learningEntryId: source.kind === 'learning' ? source.id : null,
	reflectionId: source.kind === 'reflection' ? source.id : null
});

/**
 * A source of this partnership, with what a signal page may say about it: nothing for a case (only
 * that there is one), the title of a learning-log entry or a reflection moment (written to be
 * shared, without case content). Null when it does not exist here, and for a case `userId` does not
 * read: only its partners and the coordinators count a case in a signal (ADR 0023).
 */
export async function describeSource(
	db: Executor,
	{ partnershipId, userId, source }: Scope & { userId: string; source: SignalSourceRef }
): Promise<{ kind: SignalSourceKind; title: string | null } | null> {
	if (source.kind === 'case') {
		return (await mayWorkOnCase(db, { partnershipId, caseId: source.id, userId }))
			? { kind: 'case', title: null }
			: null;
	}
	if (source.kind === 'learning') {
		const [row] = await db
			.select({ title: learningEntries.title })
			.from(learningEntries)
			.where(and(eq(learningEntries.partnershipId, partnershipId), eq(learningEntries.id, source.id)));
		return row ? { kind: 'learning', title: row.title } : null;
	}
	const [row] = await db
		.select({ title: reflectionMoments.title })
		.from(reflectionMoments)
		.where(and(eq(reflectionMoments.partnershipId, partnershipId), eq(reflectionMoments.id, source.id)));
	return row ? { kind: 'reflection', title: row.title } : null;
}

/** Linking a case leaves a trace in that case's audit log (who counted it, in which signal). */
async function auditCaseLink(
	tx: Tx,
	{ partnershipId, userId, source, signalId }: Scope & { userId: string; source: SignalSourceRef; signalId: string }
) {
	if (source.kind === 'case')
		await recordAudit(tx, {
			partnershipId,
			caseId: source.id,
			userId,
			action: 'create',
			target: 'signal',
			detail: { signalId }
		});
}

export type CreateSignalResult =
	{ ok: true; id: string } | { ok: false; reason: 'source-not-found' | 'date-in-future' };

/**
 * A new signal, from nothing or from one source of the same partnership. Its first step is
 * "collected", on `collectedOn` (default today, never in the future).
 */
export async function createSignal(
	db: Db,
	{
		partnershipId,
		userId,
		input,
		source,
		collectedOn,
		savedAnyway = false,
		today = todayInBelgium()
	}: Scope & {
		userId: string;
		input: SignalInput;
		source?: SignalSourceRef | null;
		collectedOn?: string;
		savedAnyway?: boolean;
		today?: string;
	}
): Promise<CreateSignalResult> {
	const on = collectedOn ?? today;
	if (on > today) return { ok: false, reason: 'date-in-future' };
	return db.transaction(async (tx) => {
		if (source && !(await describeSource(tx, { partnershipId, userId, source })))
			return { ok: false, reason: 'source-not-found' } as const;
		const [created] = await tx
			.insert(signals)
			.values({ partnershipId, ...input, status: 'collected', createdBy: userId })
			.returning({ id: signals.id });
		const signalId = created!.id;
		await tx.insert(signalEvents).values({ partnershipId, signalId, status: 'collected', on, userId });
		if (source) {
			await tx.insert(signalSources).values({ partnershipId, signalId, kind: source.kind, ...sourceLink(source) });
			await auditCaseLink(tx, { partnershipId, userId, source, signalId });
		}
		if (savedAnyway)
			await recordAudit(tx, {
				partnershipId,
				caseId: null,
				userId,
				action: 'save-anyway',
				target: 'signal',
				detail: { signalId }
			});
		return { ok: true, id: signalId } as const;
	});
}

export type LinkSourceResult =
	{ ok: true } | { ok: false; reason: 'not-found' | 'source-not-found' | 'already-linked' };

/** "Also seen here": one more case, entry or reflection of the same partnership counts in the signal. */
export async function linkSource(
	db: Db,
	{ partnershipId, signalId, userId, source }: Scope & { signalId: string; userId: string; source: SignalSourceRef }
): Promise<LinkSourceResult> {
	return db.transaction(async (tx) => {
		// Locking the signal makes two links of the same source at once wait for each other.
		const [signal] = await tx
			.select({ id: signals.id })
			.from(signals)
			.where(and(eq(signals.partnershipId, partnershipId), eq(signals.id, signalId)))
			.for('update');
		if (!signal) return { ok: false, reason: 'not-found' } as const;
		if (!(await describeSource(tx, { partnershipId, userId, source })))
			return { ok: false, reason: 'source-not-found' } as const;
		const [already] = await tx
			.select({ id: signalSources.id })
			.from(signalSources)
			.where(
				and(
					eq(signalSources.partnershipId, partnershipId),
					eq(signalSources.signalId, signalId),
					eq(sourceColumn[source.kind], source.id)
				)
			);
		if (already) return { ok: false, reason: 'already-linked' } as const;
		await tx.insert(signalSources).values({ partnershipId, signalId, kind: source.kind, ...sourceLink(source) });
		await tx
			.update(signals)
			.set({ updatedAt: new Date() })
			.where(and(eq(signals.partnershipId, partnershipId), eq(signals.id, signalId)));
		await auditCaseLink(tx, { partnershipId, userId, source, signalId });
		return { ok: true } as const;
	});
}

/** The signals a source counts in (for the case page and the learning-log entry): titles only. */
export async function listSignalsForSource(db: Db, { partnershipId, source }: Scope & { source: SignalSourceRef }) {
	return db
		.selectDistinct({ id: signals.id, title: signals.title, status: signals.status, createdAt: signals.createdAt })
		.from(signalSources)
		.innerJoin(signals, and(eq(signals.id, signalSources.signalId), eq(signals.partnershipId, partnershipId)))
		.where(and(eq(signalSources.partnershipId, partnershipId), eq(sourceColumn[source.kind], source.id)))
		.orderBy(desc(signals.createdAt));
}

/**
 * What a writer can pick on the signal page to link: learning-log entries and reflection moments,
 * by title. Cases are linked from the case page instead, so no signal page ever lists case codes.
 */
export async function listSourceChoices(db: Db, { partnershipId }: Scope) {
	const [entryRows, reflectionRows] = await Promise.all([
		db
			.select({ id: learningEntries.id, label: learningEntries.title })
			.from(learningEntries)
			.where(eq(learningEntries.partnershipId, partnershipId))
			.orderBy(desc(learningEntries.createdAt)),
		db
			.select({ id: reflectionMoments.id, label: reflectionMoments.title })
			.from(reflectionMoments)
			.where(eq(reflectionMoments.partnershipId, partnershipId))
			.orderBy(desc(reflectionMoments.createdAt))
	]);
	return { learning: entryRows, reflection: reflectionRows };
}

async function sourceCountsOf(
	db: Executor,
	{ partnershipId, signalId }: Scope & { signalId?: string }
): Promise<SourceCounts> {
	const where: SQL[] = [eq(signalSources.partnershipId, partnershipId)];
	if (signalId) where.push(eq(signalSources.signalId, signalId));
	const rows = await db
		.select({ kind: signalSources.kind, n: count() })
		.from(signalSources)
		.where(and(...where))
		.groupBy(signalSources.kind);
	const counts = emptySourceCounts();
	for (const r of rows) {
		counts[r.kind] = r.n;
		counts.total += r.n;
	}
	return counts;
}

// ---------------------------------------------------------------------------------------------
// Reading

/** A signal with its steps (oldest first, each marked when it went back) and its source counts. */
export async function getSignal(db: Db, { partnershipId, signalId }: Scope & { signalId: string }) {
	const [row] = await db
		.select({ signal: signals, createdByName: personName() })
		.from(signals)
		.leftJoin(users, eq(users.id, signals.createdBy))
		.where(and(eq(signals.partnershipId, partnershipId), eq(signals.id, signalId)));
	if (!row) return null;
	const [events, sources] = await Promise.all([
		db
			.select({
				id: signalEvents.id,
				status: signalEvents.status,
				on: signalEvents.on,
				note: signalEvents.note,
				createdAt: signalEvents.createdAt,
				userName: personName()
			})
			.from(signalEvents)
			.leftJoin(users, eq(users.id, signalEvents.userId))
			.where(and(eq(signalEvents.partnershipId, partnershipId), eq(signalEvents.signalId, signalId)))
			.orderBy(asc(signalEvents.createdAt), asc(signalEvents.on)),
		sourceCountsOf(db, { partnershipId, signalId })
	]);
	const rank = (s: SignalStatus) => SIGNAL_STATUSES.indexOf(s);
	const timeline = events.map((e, i) => ({ ...e, back: i > 0 && rank(e.status) < rank(events[i - 1]!.status) }));
	return { signal: row.signal, createdByName: row.createdByName, timeline, sources };
}

export type SignalCounts = {
	total: number;
	status: Record<SignalStatus, number>;
	theme: Record<SignalTheme, number>;
	level: Record<SignalLevel, number>;
	addressee: Record<SignalAddressee, number>;
};

const emptyCounts = (): SignalCounts => ({
	total: 0,
	status: zeroes(SIGNAL_STATUSES),
	theme: zeroes(SIGNAL_THEMES),
	level: zeroes(SIGNAL_LEVELS),
	addressee: zeroes(SIGNAL_ADDRESSEES)
});

/** Counts per status, theme, level and addressee over all the partnership's signals. */
async function countSignals(
	db: Db,
	{ partnershipId }: Scope
): Promise<{ counts: SignalCounts; themeStatus: Record<SignalTheme, Record<SignalStatus, number>> }> {
	const rows = await db
		.select({
			theme: signals.theme,
			status: signals.status,
			level: signals.level,
			addressee: signals.addressee,
			n: count()
		})
		.from(signals)
		.where(eq(signals.partnershipId, partnershipId))
		.groupBy(signals.theme, signals.status, signals.level, signals.addressee);
	const counts = emptyCounts();
	const themeStatus = Object.fromEntries(SIGNAL_THEMES.map((t) => [t, zeroes(SIGNAL_STATUSES)])) as Record<
		SignalTheme,
		Record<SignalStatus, number>
	>;
	for (const r of rows) {
		counts.total += r.n;
		counts.status[r.status] += r.n;
		counts.theme[r.theme] += r.n;
		counts.level[r.level] += r.n;
		counts.addressee[r.addressee] += r.n;
		themeStatus[r.theme][r.status] += r.n;
	}
	return { counts, themeStatus };
}

/** The signals that match the filter (newest first), each with its number of sources, and the counts over all signals. */
export async function listSignals(
	db: Db,
	{ partnershipId, filter, page = 1 }: Scope & { filter: SignalFilter; page?: number }
) {
	const where: SQL[] = [eq(signals.partnershipId, partnershipId)];
	if (filter.status) where.push(eq(signals.status, filter.status));
	if (filter.thema) where.push(eq(signals.theme, filter.thema));
	if (filter.niveau) where.push(eq(signals.level, filter.niveau));
	if (filter.aan) where.push(eq(signals.addressee, filter.aan));
	// Per signal: how many sources, and the date of its latest step (joined subqueries, so every column is qualified).
	const sourceTotals = db
		.select({ signalId: signalSources.signalId, n: count().as('n') })
		.from(signalSources)
		.where(eq(signalSources.partnershipId, partnershipId))
		.groupBy(signalSources.signalId)
		.as('source_totals');
	const lastSteps = db
		.select({ signalId: signalEvents.signalId, lastOn: sql<string>`max(${signalEvents.on})::text`.as('last_on') })
		.from(signalEvents)
		.where(eq(signalEvents.partnershipId, partnershipId))
		.groupBy(signalEvents.signalId)
		.as('last_steps');
	const [list, { counts }] = await Promise.all([
		paged(
			({ limit, offset }) =>
				db
					.select({
						id: signals.id,
						title: signals.title,
						theme: signals.theme,
						level: signals.level,
						addressee: signals.addressee,
						addresseeOther: signals.addresseeOther,
						status: signals.status,
						createdAt: signals.createdAt,
						sourceCount: sql<number>`coalesce(${sourceTotals.n}, 0)::int`,
						lastStepOn: lastSteps.lastOn,
						total: totalOver
					})
					.from(signals)
					.leftJoin(sourceTotals, eq(sourceTotals.signalId, signals.id))
					.leftJoin(lastSteps, eq(lastSteps.signalId, signals.id))
					.where(and(...where))
					.orderBy(desc(signals.createdAt), desc(signals.id))
					.limit(limit)
					.offset(offset),
			async () =>
				(
					await db
						.select({ n: count() })
						.from(signals)
						.where(and(...where))
				)[0]?.n ?? 0,
			page
		),
		countSignals(db, { partnershipId })
	]);
	return { signals: list, counts };
}

/**
 * The policy view: how many signals per theme, and per theme how far they got; per status, level
 * and addressee; and how many cases, entries and reflections they rest on. Counts only.
 */
export async function signalOverview(db: Db, partnershipId: string) {
	const [{ counts, themeStatus }, sources] = await Promise.all([
		countSignals(db, { partnershipId }),
		sourceCountsOf(db, { partnershipId })
	]);
	const themes = SIGNAL_THEMES.filter((t) => counts.theme[t] > 0).map((theme) => ({
		theme,
		total: counts.theme[theme],
		status: themeStatus[theme]
	}));
	return { ...counts, themes, sources };
}
export type SignalOverview = Awaited<ReturnType<typeof signalOverview>>;

// ---------------------------------------------------------------------------------------------
// Changing

export type MoveSignalResult =
	| { ok: true; status: SignalStatus }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: SignalRow }
	| { ok: false; reason: 'not-a-step' | 'date-in-future' | 'answer-missing' }
	| { ok: false; reason: 'date-before-previous'; previous: string };

/**
 * One step forward (collected → discussed → passed on → answered) or one step back (with the reason
 * in the note). Each step records its date (not in the future, not before the previous step) and a
 * note; moving to "answered" stores the answer received. `version` is what the user saw.
 */
export async function moveSignalStatus(
	db: Db,
	{
		partnershipId,
		signalId,
		userId,
		version,
		step,
		today = todayInBelgium()
	}: Scope & {
		signalId: string;
		userId: string;
		version: number;
		step: StatusStepInput;
		today?: string;
	}
): Promise<MoveSignalResult> {
	return db.transaction(async (tx) => {
		const locked = await lockVersioned(tx, signals, {
			match: [eq(signals.partnershipId, partnershipId), eq(signals.id, signalId)],
			version
		});
		if (!locked.ok) return locked;
		const current = locked.row;
		if (!isStep(current.status, step.to, step.direction)) return { ok: false, reason: 'not-a-step' } as const;
		if (step.on > today) return { ok: false, reason: 'date-in-future' } as const;
		const [last] = await tx
			.select({ on: signalEvents.on })
			.from(signalEvents)
			.where(and(eq(signalEvents.partnershipId, partnershipId), eq(signalEvents.signalId, signalId)))
			.orderBy(desc(signalEvents.createdAt))
			.limit(1);
		if (last && step.on < last.on) return { ok: false, reason: 'date-before-previous', previous: last.on } as const;
		const answering = step.direction === 'forward' && step.to === 'answered';
		if (answering && step.answer.trim() === '') return { ok: false, reason: 'answer-missing' } as const;
		await updateVersioned(tx, signals, {
			match: [eq(signals.partnershipId, partnershipId), eq(signals.id, signalId)],
			version,
			set: {
				status: step.to,
				// A step back from "answered" keeps the answer text: answering again starts from it.
				...(answering ? { answer: step.answer } : {}),
				updatedAt: new Date()
			}
		});
		await tx
			.insert(signalEvents)
			.values({ partnershipId, signalId, status: step.to, on: step.on, note: step.note, userId });
		return { ok: true, status: step.to } as const;
	});
}

export type UpdateSignalResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: SignalRow }
	| { ok: false; reason: 'answer-missing' };

/**
 * Changes the text, theme, level and addressee; on an answered signal also the answer (which may
 * not become empty). A stale version is a conflict that returns what is stored now.
 */
export async function updateSignal(
	db: Db,
	{
		partnershipId,
		signalId,
		userId,
		version,
		input,
		answer,
		savedAnyway = false
	}: Scope & {
		signalId: string;
		userId: string;
		version: number;
		input: SignalInput;
		answer?: string;
		savedAnyway?: boolean;
	}
): Promise<UpdateSignalResult> {
	return db.transaction(async (tx) => {
		const locked = await lockVersioned(tx, signals, {
			match: [eq(signals.partnershipId, partnershipId), eq(signals.id, signalId)],
			version
		});
		if (!locked.ok) return locked;
		const current = locked.row;
		const answered = current.status === 'answered';
		if (answered && answer !== undefined && answer.trim() === '')
			return { ok: false, reason: 'answer-missing' } as const;
		await updateVersioned(tx, signals, {
			match: [eq(signals.partnershipId, partnershipId), eq(signals.id, signalId)],
			version,
			set: { ...input, ...(answered && answer !== undefined ? { answer } : {}), updatedAt: new Date() }
		});
		if (savedAnyway)
			await recordAudit(tx, {
				partnershipId,
				caseId: null,
				userId,
				action: 'save-anyway',
				target: 'signal',
				detail: { signalId }
			});
		return { ok: true } as const;
	});
}
