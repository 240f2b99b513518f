// A partnership with one record of every kind, for the route-driven probes (isolation.spec.ts,
// accessibility.spec.ts): a coordinator, a member, an observer, and everything a page or an action
// can point at. Made in the run's database with tests/factories.ts, in seconds.

import { sql } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import {
	addCaseAction,
	saveCaseSection,
	savePerspective,
	setActionAssignments,
	setActionChosen
} from '$lib/domain/cases/case.server';
import { createContinuityItem } from '$lib/domain/continuity/continuity.server';
import { addAgendaItem, setAttendance } from '$lib/domain/meetings/meeting.server';
import { addCommitment, createCovenant } from '$lib/domain/covenants/covenant.server';
import { createRecurringTask, setTaskAssignments } from '$lib/domain/recurring-tasks/recurring-task.server';
import { createTerm, setMeaning } from '$lib/domain/glossary/glossary.server';
import {
	answerScanRound,
	makeAgreement,
	makeCase,
	makeConsent,
	makeGoal,
	makeInvitation,
	makeLearningEntry,
	makeMandate,
	makeMeeting,
	makeMember,
	makeMethodAnswer,
	makeMoment,
	makeNetworkLink,
	makeNetworkNode,
	makeOrganisation,
	makePartnership,
	makePilot,
	makeReflectionAnswer,
	makeReflectionGroup,
	makeRoleCard,
	makeScanRound,
	makeSharingAgreement,
	makeSignal,
	makeUser,
	moveSignal,
	unique,
	type TestUser
} from '../factories';
import type { Partnership } from './fixtures';

/** A domain result that must have succeeded in this setup. */
function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error(`setup refused: ${JSON.stringify(result)}`);
	return result as Extract<T, { ok: true }>;
}

export interface ProbeWorld {
	partnership: Partnership;
	coordinator: TestUser;
	member: TestUser & { membershipId: string };
	observer: TestUser & { membershipId: string };
	/** A sample value per dynamic route parameter below /s/[partnership]/ (`case`, `meeting`, …). */
	params: Record<string, string>;
}

/** Builds the partnership; `label` ends up in its name ("A", "B"). */
export async function buildProbeWorld(db: Db, label: string): Promise<ProbeWorld> {
	const coordinator = await makeUser(db, { name: `Coördinator ${label} ${unique()}` });
	const { partnership } = await makePartnership(db, {
		coordinator,
		name: `Samenwerking ${label} ${unique()}`,
		region: 'Brugge'
	});
	const p = partnership.id;
	const c = coordinator.id;
	const joined = await makeMember(db, {
		partnershipId: p,
		role: 'member',
		user: await makeUser(db, { name: `Partner ${label}` }),
		organisationName: 'CAW Oost',
		organisationType: 'caw',
		function: 'welzijnswerker',
		invitedBy: c
	});
	const watching = await makeMember(db, {
		partnershipId: p,
		role: 'observer',
		user: await makeUser(db, { name: `Waarnemer ${label}` }),
		organisationName: 'Stad Brugge',
		organisationType: 'lokaal_bestuur',
		function: 'beleidsmedewerker',
		invitedBy: c
	});
	const member = { ...joined.user, membershipId: joined.membership.id };
	const observer = { ...watching.user, membershipId: watching.membership.id };

	await makeRoleCard(db, {
		partnershipId: p,
		userId: c,
		answers: { coreTask: `Kerntaak van ${label}: leerlingenbegeleiding.`, workingStyle: ['preventief'] }
	});
	await makeInvitation(db, { partnershipId: p, createdBy: c, role: 'member', use: 'multiple' });

	// The organisation level.
	const caw = await makeOrganisation(db, {
		partnershipId: p,
		name: `CAW Oost ${label}`,
		members: [member.membershipId]
	});
	const school = await makeOrganisation(db, {
		partnershipId: p,
		name: `Basisschool ${label}`,
		type: 'school',
		sector: 'education',
		level: 'micro'
	});
	await makeMandate(db, { partnershipId: p, userId: c, organisationId: school.id });
	const node = await makeNetworkNode(db, { partnershipId: p, organisationId: caw.id, label: '' });
	const person = await makeNetworkNode(db, { partnershipId: p, kind: 'person', label: 'Wijkagent', sector: '' });
	// A referral: the isolation control fills in the new-link form with the first two nodes and the
	// first type (information), which must not be this link again.
	await makeNetworkLink(db, { partnershipId: p, fromNodeId: node.id, toNodeId: person.id, type: 'referral' });
	const entry = await makeLearningEntry(db, { partnershipId: p, userId: c });
	// A pilot of the trust building loop, owned by the member; its look back is still to come.
	const pilot = await makePilot(db, {
		partnershipId: p,
		userId: c,
		ownerId: member.id,
		title: `Proefproject ${label}`
	});

	// A case with every part filled in, an action with a RASCI, consent under a sharing agreement.
	const created = await makeCase(db, { partnershipId: p, userId: c, partners: [member.membershipId] });
	const scope = { partnershipId: p, caseId: created.id };
	await saveCaseSection(db, {
		...scope,
		kind: 'strengths',
		content: { child: 'Tekent graag.', context: '' },
		version: 0,
		userId: c
	});
	await savePerspective(db, {
		...scope,
		userId: member.id,
		content: { observations: 'Moe in de klas.', interpretation: '', important: '', worries: '' },
		version: 0
	});
	const { action } = ok(
		await addCaseAction(db, {
			...scope,
			userId: c,
			description: 'Samen de schoolrekening bekijken',
			feasibility: 2,
			impact: 3
		})
	);
	await setActionChosen(db, { ...scope, actionId: action.id, chosen: true, userId: c });
	await setActionAssignments(db, {
		...scope,
		actionId: action.id,
		userId: c,
		assignments: [{ membershipId: member.membershipId, letter: 'A' }]
	});
	const sharing = await makeSharingAgreement(db, {
		partnershipId: p,
		userId: c,
		parties: [caw.id, school.id],
		consent: 'parents',
		consentHow: 'Schriftelijk, bij de aanmelding.'
	});
	await makeConsent(db, { ...scope, userId: c, sharingAgreementId: sharing.id });
	const agreement = await makeAgreement(db, {
		partnershipId: p,
		userId: c,
		origin: { caseId: created.id },
		ownerId: member.id,
		what: `Voorbeeldafspraak ${label}`
	});

	// A meeting with an accepted and a proposed agenda item, attendance and an agreement.
	const meeting = await makeMeeting(db, { partnershipId: p, userId: c, title: `Voorbeeldoverleg ${label}` });
	const meetingScope = { partnershipId: p, meetingId: meeting.id };
	await addAgendaItem(db, {
		...meetingScope,
		userId: c,
		input: { title: 'Signalen uit de wijk', note: '' },
		status: 'accepted'
	});
	await addAgendaItem(db, {
		...meetingScope,
		userId: member.id,
		input: { title: 'Huiswerkbegeleiding', note: '' },
		status: 'proposed'
	});
	await setAttendance(db, { ...meetingScope, rows: [{ membershipId: member.membershipId, attendance: 'present' }] });
	await makeAgreement(db, { partnershipId: p, userId: c, origin: { meetingId: meeting.id }, ownerId: member.id });

	// Evaluate and steer.
	const goal = await makeGoal(db, { partnershipId: p, userId: c });
	await makeAgreement(db, { partnershipId: p, userId: c, origin: { goalId: goal.id }, ownerId: member.id });
	const moment = await makeMoment(db, { partnershipId: p, userId: c, meetingId: meeting.id });
	await makeReflectionAnswer(db, { partnershipId: p, userId: member.id, momentId: moment.id });
	await makeReflectionGroup(db, { partnershipId: p, momentId: moment.id });
	const signal = await makeSignal(db, { partnershipId: p, userId: c, source: { kind: 'case', id: created.id } });
	await moveSignal(db, { partnershipId: p, userId: c, signalId: signal.id, version: 1 });
	const round = await makeScanRound(db, { partnershipId: p, userId: c });
	await answerScanRound(db, { partnershipId: p, userId: c, roundId: round.id });
	const methodAnswer = await makeMethodAnswer(db, { partnershipId: p, userId: c, method: 'communicatie' });
	await makeAgreement(db, { partnershipId: p, userId: c, ownerId: c, origin: { methodAnswerId: methodAnswer.id } });

	// The worksheets' records: an action plan with a commitment on two levels.
	const covenant = await createCovenant(db, {
		partnershipId: p,
		userId: member.id,
		input: {
			kind: 'action_plan',
			title: `Actieplan ${label}`,
			purpose: 'Samen de schoolkosten aanpakken.',
			signedOn: null,
			validUntil: null,
			reviewOn: '2027-01-15'
		}
	});
	ok(
		await addCommitment(db, {
			partnershipId: p,
			covenantId: covenant.id,
			userId: member.id,
			version: 1,
			input: { level: 'micro', party: 'Zorgcoördinator', what: 'Spreekt de ouders aan.', until: null }
		})
	);
	ok(
		await addCommitment(db, {
			partnershipId: p,
			covenantId: covenant.id,
			userId: c,
			version: 2,
			input: { level: 'meso', party: 'OCMW', what: 'Eén vast aanspreekpunt.', until: '2027-06-30' }
		})
	);

	// Worksheet records: a recurring task with a RASCI, a line of the continuity plan.
	const { rows: own } = await db.execute<{ id: string }>(
		sql`SELECT id FROM memberships WHERE partnership_id = ${p} AND user_id = ${c}`
	);
	const task = await createRecurringTask(db, {
		partnershipId: p,
		userId: c,
		input: { title: `Het overleg voorbereiden ${label}`, description: '', frequency: 'monthly' }
	});
	ok(
		await setTaskAssignments(db, {
			partnershipId: p,
			taskId: task.id,
			userId: c,
			version: 1,
			assignments: [
				{ membershipId: own[0]!.id, letter: 'A' },
				{ membershipId: member.membershipId, letter: 'R' }
			]
		})
	);
	const continuity = ok(
		await createContinuityItem(db, {
			partnershipId: p,
			userId: c,
			input: { contact: `De oudergroep ${label}`, holderId: c, backupId: member.id, handoverNote: '' }
		})
	);

	// The shared glossary: a term with a meaning in one sector.
	const term = ok(
		await createTerm(db, {
			partnershipId: p,
			userId: c,
			input: { term: `Brugfiguur ${label}`, plainWords: 'Iemand op school bij wie ouders terecht kunnen.' }
		})
	);
	ok(
		await setMeaning(db, {
			partnershipId: p,
			termId: term.id,
			userId: member.id,
			version: 1,
			base: '',
			input: { sector: 'welfare', meaning: 'Wijst ouders de weg naar hulp buiten de school.' }
		})
	);

	return {
		partnership: { id: p, name: partnership.name, url: `/s/${p}` },
		coordinator,
		member,
		observer,
		params: {
			case: created.id,
			member: member.membershipId,
			agreement: agreement.id,
			meeting: meeting.id,
			organisation: caw.id,
			entry: entry.id,
			moment: moment.id,
			signal: signal.id,
			round: round.id,
			sharing: sharing.id,
			covenant: covenant.id,
			task: task.id,
			item: continuity.id,
			term: term.id,
			pilot: pilot.id,
			// A method's slug: the worksheet of a method with answers in this partnership.
			method: 'communicatie'
		}
	};
}

/** The tables that belong to a partnership: every table with a `partnership_id` column. */
export async function partnershipTables(db: Db): Promise<string[]> {
	const { rows } = await db.execute<{ table_name: string }>(
		sql`SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'partnership_id' ORDER BY table_name`
	);
	return rows.map((r) => r.table_name);
}

/**
 * Every row of the partnership, table by table (and its own row): compared before and after the
 * probes, so that any insert, update or delete shows, whatever page or action caused it.
 */
export async function snapshotPartnership(db: Db, partnershipId: string): Promise<Record<string, unknown[]>> {
	const snapshot: Record<string, unknown[]> = {};
	for (const table of await partnershipTables(db)) {
		const { rows } = await db.execute(
			sql`SELECT * FROM ${sql.identifier(table)} WHERE partnership_id = ${partnershipId} ORDER BY 1`
		);
		snapshot[table] = rows;
	}
	const { rows } = await db.execute(sql`SELECT * FROM partnerships WHERE id = ${partnershipId}`);
	snapshot.partnerships = rows;
	return snapshot;
}
