// The demo partnership that `npm start` shows on an empty database (SEED_DEMO=1, see hooks.server.ts).
// One file per area; each calls that area's domain functions, and writes directly only records
// that lie in the past (those files say why). Domain code never imports this folder
// (boundary.test.ts checks it).
import { count } from 'drizzle-orm';
import type { Db, Tx } from '$lib/server/db/client';
import { users } from '$lib/server/db/schema';
import { log } from '$lib/server/log';
import type { DemoContext, DemoPart } from './context';
import { seedDemoCovenants } from './covenants';
import { seedDemoGlossary } from './glossary';
import { seedDemoGoal } from './goal';
import { seedDemoLearning } from './learning';
import { seedDemoMeetings } from './meetings';
import { seedDemoNetwork } from './network';
import { seedDemoOrganisations } from './organisations';
import { seedDemoPilots } from './pilots';
import { DEMO_ACCOUNTS, seedDemoPeople } from './people';
import { seedDemoRecurringTasks } from './recurring-tasks';
import { seedDemoReflection } from './reflection';
import { seedDemoReminders } from './reminders';
import { seedDemoScan } from './scan';
import { seedDemoSharing } from './sharing';
import { seedDemoSignals } from './signals';
import { seedDemoWorksheets } from './worksheets';

export { DEMO_ACCOUNTS };

/**
 * The areas in order: later ones use what the earlier made (the map and the sharing agreements
 * the directory's organisations, the reflection the meeting held, the signals the learning log and
 * the reflection; the pilots come last, so their look back's learning entry stays out of the signals).
 */
const DEMO_PARTS: DemoPart[] = [
	seedDemoOrganisations,
	seedDemoNetwork,
	seedDemoMeetings,
	seedDemoLearning,
	seedDemoSharing,
	seedDemoGoal,
	seedDemoScan,
	seedDemoReflection,
	seedDemoSignals,
	seedDemoReminders,
	seedDemoCovenants,
	seedDemoRecurringTasks,
	seedDemoGlossary,
	seedDemoPilots,
	seedDemoWorksheets
];

/** The demo partnership with its people and every area's records, inside the caller's transaction. */
export async function seedDemoPartnership(tx: Tx): Promise<DemoContext> {
	const ctx = await seedDemoPeople(tx);
	for (const seedPart of DEMO_PARTS) await seedPart(tx, ctx);
	return ctx;
}

/** Fills an empty database with one demo partnership. Does nothing when any account exists. */
export async function seedDemo(db: Db): Promise<void> {
	const [{ n }] = (await db.select({ n: count() }).from(users)) as [{ n: number }];
	if (n > 0) return;
	await db.transaction((tx) => seedDemoPartnership(tx));
	log.info('Demo data created');
	console.log(
		[
			'',
			'  Demo accounts (partnership "Schoolbrug Oostwijk"):',
			...DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(12)} ${a.email}  /  ${a.password}`),
			''
		].join('\n')
	);
}
