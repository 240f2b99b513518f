// Records the worksheets leave in a partnership (issue 16), inserted directly for the tests of the
// places that show them (home, welcome pack, meetings, handover): pilots, covenants with
// commitments, recurring tasks with RASCI, continuity items, glossary terms and worksheet agreements.
// Each insert also writes the record's first history row, as a save through its page would.
import type { Db } from '$lib/server/db/client';
import {
	agreements,
	continuityItems,
	covenantCommitments,
	covenants,
	glossaryTerms,
	methodAnswers,
	pilots,
	recordVersions,
	recurringTaskAssignments,
	recurringTasks
} from '$lib/server/db/schema';
import type { CovenantKind, Level, RasciLetter, TaskFrequency } from '$lib/domain/partnerships/enums';
import { isoDate, unique } from './factories';

type Scope = { partnershipId: string; userId: string };

/** A pilot owned by `ownerId` (the maker unless given), looked back on `lookBackOn` (in 14 days). */
export async function makePilotRecord(
	db: Db,
	{
		partnershipId,
		userId,
		ownerId = userId,
		title = `Pilot ${unique()}`,
		aim = '',
		lookBackOn = isoDate(14),
		lookedBackAt = null
	}: Scope & { ownerId?: string; title?: string; aim?: string; lookBackOn?: string; lookedBackAt?: Date | null }
) {
	const [row] = await db
		.insert(pilots)
		.values({ partnershipId, title, aim, ownerId, lookBackOn, lookedBackAt, createdBy: userId, updatedBy: userId })
		.returning();
	await db.insert(recordVersions).values({
		partnershipId,
		pilotId: row!.id,
		version: 1,
		action: 'created',
		content: { title, aim, lookBackOn },
		savedBy: userId
	});
	return row!;
}

/** A covenant or action plan with its commitments, reviewed on `reviewOn` (none unless given). */
export async function makeCovenantRecord(
	db: Db,
	{
		partnershipId,
		userId,
		kind = 'action_plan',
		title = `Actieplan ${unique()}`,
		purpose = '',
		signedOn = null,
		validUntil = null,
		reviewOn = null,
		commitments = []
	}: Scope & {
		kind?: CovenantKind;
		title?: string;
		purpose?: string;
		signedOn?: string | null;
		validUntil?: string | null;
		reviewOn?: string | null;
		commitments?: { level: Level; party: string; what: string; until?: string | null }[];
	}
) {
	const [row] = await db
		.insert(covenants)
		.values({
			partnershipId,
			kind,
			title,
			purpose,
			signedOn,
			validUntil,
			reviewOn,
			createdBy: userId,
			updatedBy: userId
		})
		.returning();
	if (commitments.length)
		await db.insert(covenantCommitments).values(
			commitments.map((c, position) => ({
				partnershipId,
				covenantId: row!.id,
				level: c.level,
				party: c.party,
				what: c.what,
				until: c.until ?? null,
				position
			}))
		);
	await db.insert(recordVersions).values({
		partnershipId,
		covenantId: row!.id,
		version: 1,
		action: 'created',
		content: { title, purpose },
		savedBy: userId
	});
	return row!;
}

/** A recurring task with RASCI letters per membership. */
export async function makeRecurringTaskRecord(
	db: Db,
	{
		partnershipId,
		userId,
		title = `Taak ${unique()}`,
		description = '',
		frequency = 'monthly',
		letters = []
	}: Scope & {
		title?: string;
		description?: string;
		frequency?: TaskFrequency;
		letters?: { membershipId: string; letter: RasciLetter }[];
	}
) {
	const [row] = await db
		.insert(recurringTasks)
		.values({ partnershipId, title, description, frequency, createdBy: userId, updatedBy: userId })
		.returning();
	if (letters.length)
		await db
			.insert(recurringTaskAssignments)
			.values(letters.map((l) => ({ partnershipId, taskId: row!.id, membershipId: l.membershipId, letter: l.letter })));
	await db.insert(recordVersions).values({
		partnershipId,
		recurringTaskId: row!.id,
		version: 1,
		action: 'created',
		content: { title, frequency },
		savedBy: userId
	});
	return row!;
}

/** A line of the continuity plan: `holderId` holds the contact, `backupId` takes over (none unless given). */
export async function makeContinuityRecord(
	db: Db,
	{
		partnershipId,
		userId,
		holderId = userId,
		backupId = null,
		contact = `Contact ${unique()}`,
		handoverNote = ''
	}: Scope & { holderId?: string; backupId?: string | null; contact?: string; handoverNote?: string }
) {
	const [row] = await db
		.insert(continuityItems)
		.values({ partnershipId, contact, holderId, backupId, handoverNote, createdBy: userId, updatedBy: userId })
		.returning();
	await db.insert(recordVersions).values({
		partnershipId,
		continuityItemId: row!.id,
		version: 1,
		action: 'created',
		content: { contact },
		savedBy: userId
	});
	return row!;
}

/** A glossary term in plain words, added at `createdAt` (now unless given). */
export async function makeGlossaryRecord(
	db: Db,
	{
		partnershipId,
		userId,
		term = `Term ${unique()}`,
		plainWords = '',
		createdAt
	}: Scope & { term?: string; plainWords?: string; createdAt?: Date }
) {
	const [row] = await db
		.insert(glossaryTerms)
		.values({
			partnershipId,
			term,
			plainWords,
			createdBy: userId,
			updatedBy: userId,
			...(createdAt ? { createdAt, updatedAt: createdAt } : {})
		})
		.returning();
	await db.insert(recordVersions).values({
		partnershipId,
		glossaryTermId: row!.id,
		version: 1,
		action: 'created',
		content: { term, plainWords },
		savedBy: userId,
		...(createdAt ? { savedAt: createdAt } : {})
	});
	return row!;
}

/** An open agreement made on a method's step (origin 'worksheet'), with the step's answers. */
export async function makeWorksheetAgreement(
	db: Db,
	{
		partnershipId,
		userId,
		ownerId = userId,
		method = 'communicatie',
		step = `stap-${unique()}`,
		what = `Afspraak ${unique()}`,
		dueDate = null
	}: Scope & { ownerId?: string; method?: string; step?: string; what?: string; dueDate?: string | null }
) {
	const [answer] = await db
		.insert(methodAnswers)
		.values({ partnershipId, method, step, answers: {}, createdBy: userId, updatedBy: userId })
		.returning();
	const [row] = await db
		.insert(agreements)
		.values({
			partnershipId,
			origin: 'worksheet',
			methodAnswerId: answer!.id,
			what,
			ownerId,
			dueDate,
			createdBy: userId
		})
		.returning();
	return row!;
}
