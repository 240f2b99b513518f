// The demo's common goal, with a history.
import { todayInBelgium } from '$lib/dates';
import type { Tx } from '$lib/server/db/client';
import { goals, goalVersions } from '$lib/server/db/schema';
import type { GoalContent } from '$lib/domain/goals/goal.schema';
import type { DemoContext } from './context';
import { can } from '$lib/domain/permissions/permissions';

/** Demo: a goal that was first written vaguely and then made SMART, so the history has two versions. */
export async function seedDemoGoal(tx: Tx, ctx: DemoContext): Promise<void> {
	const coordinator = ctx.members.find((mb) => can(mb.role, 'goal:write')) ?? ctx.members[0];
	const userId = coordinator?.userId ?? null;
	const next = Number(todayInBelgium().slice(0, 4)) + 1;
	const first: GoalContent = {
		why: 'Kinderen en gezinnen in de wijk hebben vaak met meerdere diensten tegelijk te maken. Ze vertellen hun verhaal telkens opnieuw en vallen soms tussen twee stoelen.',
		specific: 'We willen beter samenwerken tussen school en hulp.',
		measurable: '',
		active: '',
		realistic: '',
		timeBound: null,
		involved: 'De zorgcoördinatoren van de scholen en het CLB.',
		familiesInvolved: 'no',
		reviewDate: null
	};
	const second: GoalContent = {
		...first,
		specific:
			'Als een school een gezin doorverwijst naar het CLB, het CAW of het OCMW, heeft dat gezin binnen tien schooldagen een eerste gesprek, en hoort de school binnen die tijd of het gezin is aangekomen.',
		measurable:
			'We tellen per trimester het aantal doorverwijzingen en hoeveel er binnen tien schooldagen een eerste gesprek hadden. Doel: acht op de tien.',
		active:
			'Elke school houdt de doorverwijzingen bij; het CLB en het CAW geven een korte status terug (aangemeld, in begeleiding, afgesloten), zonder inhoud.',
		realistic:
			'De diensten hebben nu al een vast aanspreekpunt per school; we vragen alleen een korte terugkoppeling, geen extra overleg.',
		timeBound: `${next}-06-30`,
		involved:
			'De zorgcoördinatoren van de scholen, het CLB, het CAW, het OCMW en de brugfiguur. Twee ouders uit de oudergroep van de brede school gaven feedback.',
		familiesInvolved: 'partly',
		reviewDate: `${next}-01-31`
	};
	// Written directly: saveGoal stamps every version with the time of saving, and the history
	// should show the vague first version as written weeks ago.
	const [goal] = await tx
		.insert(goals)
		.values({ partnershipId: ctx.partnershipId, ...second, updatedBy: userId, version: 2 })
		.returning({ id: goals.id });
	await tx.insert(goalVersions).values([
		{
			partnershipId: ctx.partnershipId,
			goalId: goal!.id,
			version: 1,
			content: first,
			savedBy: userId,
			savedAt: new Date(Date.now() - 1000 * 60 * 60 * 24 * 40)
		},
		{ partnershipId: ctx.partnershipId, goalId: goal!.id, version: 2, content: second, savedBy: userId }
	]);
}
