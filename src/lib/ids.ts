/**
 * Every record id is a UUID. This is the one test of that shape: the `[x=id]` route matcher, the
 * form field and the domain guards all use it, so a malformed id never reaches a query (where
 * PostgreSQL would refuse it with an error instead of "not found").
 */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isId(value: unknown): value is string {
	return typeof value === 'string' && ID.test(value);
}
