// What every demo part gets, and how it calls the domain from inside the seeding transaction.
import type { Db, Tx } from '$lib/server/db/client';
import type { Role } from '$lib/domain/permissions/permissions';

export type DemoMember = {
	userId: string;
	membershipId: string;
	name: string;
	role: Role;
	organisationName: string;
};

/** The demo partnership and its members, in seat order (the first is the coordinator). */
export type DemoContext = { partnershipId: string; members: DemoMember[] };

/** One area's demo records, run in order inside the seeding transaction. */
export type DemoPart = (tx: Tx, ctx: DemoContext) => Promise<void>;

/**
 * The whole demo is one transaction, so a failure leaves no half-filled partnership. Domain
 * functions take a Db and open a transaction of their own; inside this one that is a savepoint
 * (as in createAgreementFromGroup), so the demo can call them with the seeding transaction.
 */
export const asDb = (tx: Tx): Db => tx as unknown as Db;

/** A domain call the demo relies on: its refusal is a bug in the demo data, so it stops the seed. */
export function expectOk<T extends { ok: boolean }>(what: string, result: T): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error(`Demo data: ${what} was refused (${JSON.stringify(result)})`);
	return result as Extract<T, { ok: true }>;
}
