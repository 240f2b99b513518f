import { sql } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';

/**
 * Serialises the membership changes of one partnership (role changes, removals, leaving with
 * handover): call it first inside the transaction, then read what the rule depends on. Two
 * coordinators demoting or removing each other at the same moment then run one after the other,
 * and the second sees the first's change, so a partnership never ends without a coordinator.
 */
export async function lockMemberships(tx: Executor, partnershipId: string): Promise<void> {
	await tx.execute(sql`select id from partnerships where id = ${partnershipId} for update`);
}
