// The security headers of every response: pages (src/hooks.server.ts) and the static files that
// adapter-node serves before the hooks run (scripts/start.js). Plain JavaScript, so the start
// script can import it without a build.

/** @type {ReadonlyArray<readonly [string, string]>} */
export const SECURITY_HEADERS = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'same-origin'],
	['X-Frame-Options', 'DENY'],
	['Cross-Origin-Opener-Policy', 'same-origin'],
	['Cross-Origin-Resource-Policy', 'same-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()']
];

/** Only for a production server: a browser keeps it for two years, also for localhost. */
export const HSTS = /** @type {const} */ (['Strict-Transport-Security', 'max-age=63072000; includeSubDomains']);
