// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
			/** PostgreSQL could not be reached: the page says "try again shortly" (status 503). */
			unavailable?: boolean;
		}
		interface Locals {
			user: SessionUser | null;
			sessionId: string | null;
			requestId: string;
			/** Set when a connection-class database error ended this request (hooks.server.ts). */
			databaseAway?: boolean;
		}
	}
}

export {};
