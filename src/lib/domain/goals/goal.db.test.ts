import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makePartnership } from '../../../../tests/factories';
import { auditLog, goalVersions } from '$lib/server/db/schema';
import { getGoal, listGoalVersions, saveGoal } from './goal.server';
import { changedFields, goalSchema, type GoalInput } from './goal.schema';

const { db } = getTestDb();

const first: GoalInput = {
	why: 'Kinderen in onze wijk vallen tussen de plooien van school en hulp.',
	specific: 'We willen betere samenwerking.',
	measurable: '',
	active: '',
	realistic: '',
	timeBound: null,
	involved: 'De drie scholen, het CLB en het OCMW.',
	familiesInvolved: 'no',
	reviewDate: null
};
const second: GoalInput = {
	...first,
	specific: 'Elke doorverwijzing van school naar hulp krijgt binnen twee weken een eerste gesprek.',
	measurable: 'We tellen per trimester het aantal doorverwijzingen en de wachttijd.',
	timeBound: '2031-06-30',
	familiesInvolved: 'partly',
	reviewDate: '2031-01-31'
};

describe('common goal', () => {
	it('creates, updates with versions, appends every save to the history and audits it', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const scope = { partnershipId: partnership.id };
		expect(await getGoal(db, scope)).toBeNull();

		const a = await saveGoal(db, { ...scope, userId: coordinator.id, input: first, version: 0 });
		expect(a).toEqual({ ok: true, version: 1 });
		const b = await saveGoal(db, { ...scope, userId: coordinator.id, input: second, version: 1, savedAnyway: true });
		expect(b).toEqual({ ok: true, version: 2 });

		const goal = await getGoal(db, scope);
		expect(goal).toMatchObject({
			version: 2,
			specific: second.specific,
			timeBound: '2031-06-30',
			familiesInvolved: 'partly',
			updatedByName: 'Coördinator'
		});

		const versions = await listGoalVersions(db, scope);
		expect(versions.map((v) => v.version)).toEqual([2, 1]);
		expect(versions[1]!.content.specific).toBe(first.specific);
		expect(versions[0]!.savedByName).toBe('Coördinator');
		expect(changedFields(versions[1]!.content, versions[0]!.content)).toEqual([
			'specific',
			'measurable',
			'timeBound',
			'familiesInvolved',
			'reviewDate'
		]);

		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.partnershipId, partnership.id), eq(auditLog.target, 'goal')));
		expect(audit.map((x) => x.action).sort()).toEqual(['create', 'save-anyway']);
	});

	it('refuses a stale save, returns the current goal and adds no version', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const scope = { partnershipId: partnership.id };
		await saveGoal(db, { ...scope, userId: coordinator.id, input: first, version: 0 });
		await saveGoal(db, { ...scope, userId: coordinator.id, input: second, version: 1 });

		const stale = await saveGoal(db, {
			...scope,
			userId: coordinator.id,
			input: { ...first, why: 'Een andere reden die niemand zag.' },
			version: 1
		});
		expect(stale.ok).toBe(false);
		if (!stale.ok) expect(stale.current).toMatchObject({ version: 2, specific: second.specific });
		// A second "first" save when a goal already exists is a conflict too.
		const again = await saveGoal(db, { ...scope, userId: coordinator.id, input: first, version: 0 });
		expect(again.ok).toBe(false);

		const rows = await db.select().from(goalVersions).where(eq(goalVersions.partnershipId, partnership.id));
		expect(rows).toHaveLength(2);
	});

	it('keeps each partnership to its own goal and history', async () => {
		const a = await makePartnership(db);
		const b = await makePartnership(db);
		await saveGoal(db, { partnershipId: a.partnership.id, userId: a.coordinator.id, input: first, version: 0 });
		expect(await getGoal(db, { partnershipId: b.partnership.id })).toBeNull();
		expect(await listGoalVersions(db, { partnershipId: b.partnership.id })).toEqual([]);
		// B's coordinator cannot overwrite A's goal by guessing its version: B gets its own goal.
		const own = await saveGoal(db, {
			partnershipId: b.partnership.id,
			userId: b.coordinator.id,
			input: second,
			version: 1
		});
		expect(own.ok).toBe(false);
		expect((await getGoal(db, { partnershipId: a.partnership.id }))?.specific).toBe(first.specific);
	});
});

describe('goal form schema', () => {
	it('asks for the why and the specific part, in Dutch, and checks dates', () => {
		const bad = goalSchema.safeParse({
			why: 'kort',
			specific: '',
			timeBound: '2031-13-45',
			reviewDate: '',
			familiesInvolved: 'x'
		});
		expect(bad.success).toBe(false);
		const fields = bad.error!.issues.map((i) => i.path[0]);
		expect(fields).toEqual(expect.arrayContaining(['why', 'specific', 'timeBound', 'familiesInvolved']));
		const late = goalSchema.safeParse({ ...second, timeBound: '2031-06-30', reviewDate: '2031-09-01' });
		expect(late.error?.issues[0]?.path).toEqual(['reviewDate']);
		expect(goalSchema.parse({ ...second, timeBound: '', reviewDate: '' })).toMatchObject({
			timeBound: null,
			reviewDate: null
		});
	});
});
