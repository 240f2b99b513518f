// The one way a route answers "not here" or "not for you", in the reader's language. "Not found" is
// also the answer for another partnership's record, so nothing confirms that it exists.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';

export function notFound(): never {
	error(404, m.err_not_found());
}

/** Only inside a partnership the user belongs to: they already know it exists. */
export function forbidden(): never {
	error(403, m.err_forbidden());
}

/** A request no form of ours sends (a part or a step that does not exist). */
export function badRequest(): never {
	error(400, m.err_bad_request());
}
