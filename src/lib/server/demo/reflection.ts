// The demo's reflection moment, held after the last structural meeting. Written directly: the
// reflection functions stamp each answer, group and agreement with the time they are made, and this
// moment ran weeks ago, minute by minute.
import { and, desc, eq, lt } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import {
	agreementEvents,
	agreements,
	meetings,
	reflectionAnswers,
	reflectionGroups,
	reflectionMoments
} from '$lib/server/db/schema';
import { generateMomentCode } from '$lib/domain/reflection/reflection.server';
import { questionsOf } from '$lib/domain/reflection/reflection.schema';
import type { DemoContext } from './context';
import { can } from '$lib/domain/permissions/permissions';

/** A closed reflection on "communicatie" after the last structural meeting: grouped answers, one agreement. */
export async function seedDemoReflection(tx: Tx, ctx: DemoContext, now = new Date()): Promise<void> {
	const { partnershipId } = ctx;
	const workers = ctx.members.filter((m) => can(m.role, 'reflection:answer'));
	const facilitator = ctx.members.find((m) => can(m.role, 'reflection:run:any')) ?? ctx.members[0];
	if (!facilitator) return;
	const by = (i: number) => (workers[i] ?? facilitator).userId;
	const [held] = await tx
		.select({ id: meetings.id, startsAt: meetings.startsAt })
		.from(meetings)
		.where(and(eq(meetings.partnershipId, partnershipId), lt(meetings.startsAt, now)))
		.orderBy(desc(meetings.startsAt))
		.limit(1);
	const at = held ? new Date(held.startsAt.getTime() + 60 * 60_000) : new Date(now.getTime() - 14 * 86_400_000);
	const all = questionsOf('communicatie');
	const picked = [0, 4, all.length - 2];
	const [moment] = await tx
		.insert(reflectionMoments)
		.values({
			partnershipId,
			code: generateMomentCode(),
			block: 'communicatie',
			questions: picked.map((i) => all[i]!),
			title: 'Hoe communiceren we met ouders en met elkaar?',
			allowAnonymous: true,
			meetingId: held?.id ?? null,
			status: 'closed',
			facilitatorId: facilitator.userId,
			createdAt: at,
			closedAt: new Date(at.getTime() + 25 * 60_000)
		})
		.returning({ id: reflectionMoments.id });
	const momentId = moment!.id;
	const [late, plain] = await tx
		.insert(reflectionGroups)
		.values([
			{ partnershipId, momentId, title: 'Berichten komen te laat aan', position: 0, createdAt: at },
			{ partnershipId, momentId, title: 'Eenvoudige taal naar ouders', position: 1, createdAt: at }
		])
		.returning({ id: reflectionGroups.id });
	const minute = (n: number) => new Date(at.getTime() + n * 60_000);
	await tx.insert(reflectionAnswers).values([
		{
			partnershipId,
			momentId,
			question: 0,
			text: 'Ik vraag ouders om in hun eigen woorden te herhalen wat we afspraken.',
			authorId: by(1),
			groupId: plain!.id,
			createdAt: minute(3)
		},
		{
			partnershipId,
			momentId,
			question: 0,
			text: 'Onze brieven zijn te lang en vol schooltaal. Veel ouders lezen ze niet.',
			authorId: null,
			groupId: plain!.id,
			createdAt: minute(4)
		},
		{
			partnershipId,
			momentId,
			question: 1,
			text: 'De school hoorde pas na drie weken dat een gezin bij het CAW was aangekomen.',
			authorId: null,
			groupId: late!.id,
			createdAt: minute(8)
		},
		{
			partnershipId,
			momentId,
			question: 1,
			text: 'Een wijziging van het overleg stond alleen in een mail die niemand las.',
			authorId: by(2),
			groupId: late!.id,
			createdAt: minute(9)
		},
		{
			partnershipId,
			momentId,
			question: 2,
			text: 'In het overleg spreken vooral wij. Ouders zijn er zelden bij.',
			authorId: null,
			groupId: null,
			createdAt: minute(14)
		},
		{
			partnershipId,
			momentId,
			question: 2,
			text: 'De oudergroep van de brede school kan ons feedback geven op onze brieven.',
			authorId: by(3),
			groupId: plain!.id,
			createdAt: minute(15)
		}
	]);
	const owner = workers.find((m) => m !== facilitator) ?? facilitator;
	const due = new Date(at.getTime() + 42 * 86_400_000).toISOString().slice(0, 10);
	const [agreement] = await tx
		.insert(agreements)
		.values({
			partnershipId,
			origin: 'reflection',
			reflectionId: momentId,
			what: 'Na elke doorverwijzing stuurt de ontvangende dienst binnen vijf schooldagen een korte status naar de school: aangemeld, in begeleiding of afgesloten.',
			ownerId: owner.userId,
			dueDate: due,
			feedbackNote: 'Op het volgende structurele overleg zeggen we hoe het loopt.',
			voice: {
				heard: 'no',
				how: '',
				notYetHeard: 'We vragen de oudergroep wat zij willen weten na een doorverwijzing.'
			},
			createdBy: facilitator.userId,
			createdAt: minute(24),
			updatedAt: minute(24)
		})
		.returning({ id: agreements.id });
	await tx.insert(agreementEvents).values({
		partnershipId,
		agreementId: agreement!.id,
		userId: facilitator.userId,
		changes: { status: [null, 'open'] },
		note: '',
		at: minute(24)
	});
	await tx
		.update(reflectionGroups)
		.set({ agreementId: agreement!.id })
		.where(and(eq(reflectionGroups.partnershipId, partnershipId), eq(reflectionGroups.id, late!.id)));
}
