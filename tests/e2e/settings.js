// Settings of the Playwright run, shared by playwright.config.ts, the web server scripts and the
// fixtures (plain ESM JavaScript: the server scripts run without a build step).
//
// Environment (all optional):
//   E2E_DIR             data/e2e   everything of a run: PostgreSQL data, its password, the outbox
//   E2E_PORT            3100       the app
//   E2E_SECOND_PORT     3101       a second instance of the app on the same database
//   E2E_PG_PORT         5435       the run's embedded PostgreSQL
//   E2E_TIMEOUT_FACTOR             multiplies every timeout of the journeys (see below)
//   E2E_WORKERS                    number of Playwright workers (see below)

import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const E2E_DIR = process.env.E2E_DIR ?? 'data/e2e';
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? 3101);
export const PG_PORT = Number(process.env.E2E_PG_PORT ?? 5435);
/** Without SMTP settings the app writes its mails here (wiped with E2E_DIR at the start of a run). */
export const OUTBOX_DIR = path.join(E2E_DIR, 'outbox');

/** Cores this process may use: `taskset -c 0` makes it 1. */
export const CORES = os.availableParallelism();

/**
 * Every timeout of the journeys (a test, an expectation, the web server's start) is a base value
 * times this one factor. A CI machine may be several times slower than a developer's, and a run
 * squeezed onto one core is slower still, so both get room; E2E_TIMEOUT_FACTOR overrides it. A
 * larger timeout costs nothing while the tests pass: the journeys wait for states, never for times.
 */
export const TIMEOUT_FACTOR = Number(process.env.E2E_TIMEOUT_FACTOR ?? (process.env.CI ? 3 : 1) * (CORES < 2 ? 2 : 1));

/** `seconds` (a base value) as milliseconds, scaled by TIMEOUT_FACTOR. */
export const timeout = (/** @type {number} */ seconds) => Math.round(seconds * 1000 * TIMEOUT_FACTOR);

/**
 * The URL of the run's PostgreSQL database, once tests/e2e/serve.js has started it: the password
 * file next to the data directory, the port from its postmaster.pid (line 4).
 */
export async function e2eDatabaseUrl() {
	const password = (await readFile(path.join(E2E_DIR, 'postgres-password'), 'utf8')).trim();
	let port = String(PG_PORT);
	try {
		port = (await readFile(path.join(E2E_DIR, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[3]?.trim() || port;
	} catch {
		// not written yet: the configured port
	}
	return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/brugwerk`;
}
