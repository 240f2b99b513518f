import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

type TenantTable = PgTable & { id: PgColumn; partnershipId: PgColumn };

/**
 * Whether `id` is a record of this partnership: the one check before a record points at another
 * (a meeting at a case, a mandate at an organisation). The composite foreign keys refuse the rest;
 * this check turns it into a clear form error first.
 */
export async function inPartnership(
	db: Executor,
	table: TenantTable,
	{ partnershipId, id }: { partnershipId: string; id: string }
): Promise<boolean> {
	const [row] = await db
		.select({ id: table.id })
		.from(table as PgTable)
		.where(and(eq(table.partnershipId, partnershipId), eq(table.id, id)))
		.limit(1);
	return Boolean(row);
}

/**
 * The join predicate from a child row to the record it points at: the id and the partnership, so a
 * join can never reach into another partnership (the composite keys of ADR 0011 say the same).
 */
export function sameTenant(parent: TenantTable, child: PgTable & { partnershipId: PgColumn }, pointer: PgColumn) {
	return and(eq(parent.partnershipId, child.partnershipId), eq(parent.id, pointer));
}
