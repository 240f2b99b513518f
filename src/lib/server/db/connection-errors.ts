// The one place that decides whether an error means "PostgreSQL cannot be reached right now"
// (docs/decisions/0018-database-outages.md). Such errors become a 503 with Retry-After; every other
// error stays a 500.

/** SQLSTATEs outside class 08 that also mean the server went away or is not ready yet. */
const SERVER_GONE = new Set(['57P01', '57P02', '57P03']); // admin shutdown, crash shutdown, cannot connect now
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH']);
// node-postgres and pg-pool report a lost socket and a connect timeout only in the message.
const MESSAGES = [
	/^Connection terminated/,
	/timeout exceeded when trying to connect/,
	/Client has encountered a connection error and is not queryable/
];

/** True for a lost or refused connection, also when wrapped (drizzle's `cause`, an AggregateError). */
export function isConnectionError(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 5) return false;
	const e = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
	if (typeof e.code === 'string') {
		if (e.code.startsWith('08') && e.code.length === 5) return true;
		if (SERVER_GONE.has(e.code) || SOCKET_CODES.has(e.code)) return true;
	}
	if (typeof e.message === 'string' && MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
	if (Array.isArray(e.errors) && e.errors.some((inner) => isConnectionError(inner, depth + 1))) return true;
	return isConnectionError(e.cause, depth + 1);
}

/** Seconds a client should wait before trying again (the embedded server restarts in about a second). */
export const RETRY_AFTER_SECONDS = 5;
