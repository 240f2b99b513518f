// The one way an endpoint (+server.ts) reads a JSON body posted by the site's own script: from this
// origin only, and a body that is not JSON or not of the expected shape is a 400 with a message in
// the reader's language, never a 500.
import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import { isOwnJsonPost } from './form-post';

/** An answer `{ message }` with this status, for the script to show. */
export const jsonMessage = (status: number, message: string) => json({ message }, { status });

/**
 * Reads the body with `schema`. The messages of the fields named in `worded` are our own (zod's
 * `{ error: () => m.… }`) and are shown; any other problem gets the general "we do not understand".
 */
export async function readOwnJson<S extends z.ZodType>(
	event: Pick<RequestEvent, 'request' | 'url'>,
	schema: S,
	worded: readonly string[] = []
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
	if (!isOwnJsonPost(event.request, event.url)) return { ok: false, response: jsonMessage(403, m.err_forbidden()) };
	let body: unknown;
	try {
		body = await event.request.json();
	} catch {
		return { ok: false, response: jsonMessage(400, m.err_bad_request()) };
	}
	const parsed = schema.safeParse(body);
	if (parsed.success) return { ok: true, data: parsed.data };
	const ours = parsed.error.issues.find((issue) => worded.includes(String(issue.path[0])));
	return { ok: false, response: jsonMessage(400, ours?.message ?? m.err_bad_request()) };
}
