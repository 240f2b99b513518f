// Form drafts (ADR 0025): what someone typed in a long form, kept a moment after typing stops, so a
// click on a menu link or a closed tab loses nothing. A draft is its writer's alone: every query
// names the partnership and the user. A draft that belongs to a case (its parts, its agreements and
// meetings) names the case, so it goes when the case's content is purged.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { isId } from '$lib/ids';
import {
	agreements,
	cases,
	continuityItems,
	covenants,
	formDrafts,
	meetings,
	pilots,
	recurringTasks
} from '$lib/server/db/schema';
import { DRAFT_MAX_CHARS, parseDraftKey, type DraftValues } from './draft.schema';

export type Draft = { values: DraftValues; version: number | null; savedAt: Date };
type Owner = { partnershipId: string; userId: string; formKey: string };

export type SaveDraftResult =
	{ ok: true; savedAt: Date } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'too-large' };

/**
 * The case a form's record belongs to, or null when it belongs to none; undefined when the record
 * is not in this partnership (or a purged case: nothing is written about it any more).
 */
async function caseOf(
	db: Executor,
	partnershipId: string,
	formKey: string,
	values: DraftValues
): Promise<string | null | undefined> {
	const target = parseDraftKey(formKey);
	if (!target) return undefined;
	const openCase = async (caseId: string) => {
		const [row] = await db
			.select({ id: cases.id })
			.from(cases)
			.where(and(eq(cases.partnershipId, partnershipId), eq(cases.id, caseId), isNull(cases.purgedAt)));
		return row?.id;
	};
	if (target.kind === 'case') return openCase(target.caseId);
	// A new meeting about a case (its case field) is about that case too.
	if (target.kind === 'meeting' && !target.meetingId)
		return isId(values.caseId) ? ((await openCase(values.caseId)) ?? null) : null;
	if (target.kind === 'agreement') {
		const [row] = await db
			.select({ caseId: agreements.caseId })
			.from(agreements)
			.where(and(eq(agreements.partnershipId, partnershipId), eq(agreements.id, target.agreementId)));
		return row ? row.caseId : undefined;
	}
	if (target.kind === 'worksheet') {
		const table = { covenant: covenants, pilot: pilots, task: recurringTasks, continuity: continuityItems }[
			target.record
		];
		const [row] = await db
			.select({ id: table.id })
			.from(table)
			.where(and(eq(table.partnershipId, partnershipId), eq(table.id, target.id)));
		return row ? null : undefined;
	}
	if (target.kind === 'meeting' && target.meetingId) {
		const [row] = await db
			.select({ caseId: meetings.caseId })
			.from(meetings)
			.where(and(eq(meetings.partnershipId, partnershipId), eq(meetings.id, target.meetingId)));
		return row ? row.caseId : undefined;
	}
	return null;
}

/** Stores (or replaces) my draft of one form. */
export async function saveDraft(
	db: Db,
	{ partnershipId, userId, formKey, values, version }: Owner & { values: DraftValues; version: number | null }
): Promise<SaveDraftResult> {
	const data = { values, version };
	if (JSON.stringify(data).length > DRAFT_MAX_CHARS) return { ok: false, reason: 'too-large' };
	const caseId = await caseOf(db, partnershipId, formKey, values);
	if (caseId === undefined) return { ok: false, reason: 'not-found' };
	const savedAt = new Date();
	await db
		.insert(formDrafts)
		.values({ partnershipId, userId, formKey, caseId, data, savedAt })
		.onConflictDoUpdate({
			target: [formDrafts.partnershipId, formDrafts.userId, formDrafts.formKey],
			set: { data, caseId, savedAt }
		});
	return { ok: true, savedAt };
}

/** My draft of one form, or null. */
export async function getDraft(db: Executor, { partnershipId, userId, formKey }: Owner): Promise<Draft | null> {
	const [row] = await db
		.select({ data: formDrafts.data, savedAt: formDrafts.savedAt })
		.from(formDrafts)
		.where(
			and(eq(formDrafts.partnershipId, partnershipId), eq(formDrafts.userId, userId), eq(formDrafts.formKey, formKey))
		);
	if (!row) return null;
	const data = row.data as { values?: DraftValues; version?: number | null };
	return { values: data.values ?? {}, version: data.version ?? null, savedAt: row.savedAt };
}

/** Forgets my draft of one form: I discarded it, or the form was saved for real. */
export async function discardDraft(db: Executor, { partnershipId, userId, formKey }: Owner): Promise<void> {
	await db
		.delete(formDrafts)
		.where(
			and(eq(formDrafts.partnershipId, partnershipId), eq(formDrafts.userId, userId), eq(formDrafts.formKey, formKey))
		);
}

/** Everyone's drafts about these cases: called in the transaction that purges their content. */
export async function deleteCaseDrafts(
	tx: Executor,
	{ partnershipId, caseIds }: { partnershipId: string; caseIds: string[] }
): Promise<void> {
	if (!caseIds.length) return;
	await tx
		.delete(formDrafts)
		.where(and(eq(formDrafts.partnershipId, partnershipId), inArray(formDrafts.caseId, caseIds)));
}
