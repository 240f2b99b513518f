// The name shown for a person on a record. A deleted account keeps its row with an empty name
// (docs/decisions/0022-account-deletion-and-calendar-feed.md): it reads "voormalig lid" in the
// reader's language, so everything they wrote keeps an author without naming them.
import { sql, type Column, type SQL } from 'drizzle-orm';
import { users } from '$lib/server/db/schema';
import { m } from '$lib/paraglide/messages.js';

/**
 * `coalesce(nullif(name, ''), 'voormalig lid')`, worded when the query is built (the reader's
 * language). Stays null when there is no person at all (a left join that found nobody).
 */
export function personName(name: Column | SQL = users.name): SQL<string> {
	return sql<string>`coalesce(nullif(${name}, ''), case when ${name} is not null then ${m.cont_former_member()}::text end)`;
}
