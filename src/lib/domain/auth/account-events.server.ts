import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { accountEvents } from '$lib/server/db/schema';
import { paged, totalOver } from '$lib/server/db/paged';
import type { AccountEventKind } from '$lib/domain/partnerships/enums';

/** Where a request came from, as the account's owner will see it in their sessions and log. */
export interface ClientInfo {
	ip: string;
	userAgent: string;
}

export const unknownClient: ClientInfo = { ip: '', userAgent: '' };

/** A user agent is the client's own words: kept short, it cannot fill the table. */
export const clipClient = (client: ClientInfo): ClientInfo => ({
	ip: client.ip.slice(0, 64),
	userAgent: client.userAgent.slice(0, 300)
});

export async function recordAccountEvent(
	db: Db,
	userId: string,
	kind: AccountEventKind,
	client: ClientInfo = unknownClient
): Promise<void> {
	await db.insert(accountEvents).values({ userId, kind, ...clipClient(client) });
}

/** One page of an account's log, newest first. */
export function listAccountEvents(db: Db, userId: string, page = 1) {
	const where = eq(accountEvents.userId, userId);
	return paged(
		({ limit, offset }) =>
			db
				.select({
					id: accountEvents.id,
					kind: accountEvents.kind,
					at: accountEvents.at,
					ip: accountEvents.ip,
					userAgent: accountEvents.userAgent,
					total: totalOver
				})
				.from(accountEvents)
				.where(where)
				.orderBy(desc(accountEvents.at), desc(accountEvents.id))
				.limit(limit)
				.offset(offset),
		async () => (await db.select({ n: count() }).from(accountEvents).where(where))[0]?.n ?? 0,
		page
	);
}
