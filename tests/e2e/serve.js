// The web server of the Playwright run (playwright.config.ts): `npm start` on a FRESH embedded
// PostgreSQL, so every run starts from an empty database (no demo data, no rate-limit counts or
// users left over from an earlier run).
//
// Layout (scripts/lib/postgres/ keeps its password, log, lock and socket files next to the data
// directory): everything of this run lives under data/e2e/, which is wiped as a whole.
//   data/e2e/postgres           PostgreSQL data directory
//   data/e2e/postgres-password  …-password, postgres.log, postgres.lock, run/ (socket)
//
// Environment: see tests/e2e/settings.js (E2E_DIR, E2E_PORT, E2E_PG_PORT).

import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDatabase } from '../../scripts/lib/postgres/index.js';
import { E2E_DIR, OUTBOX_DIR, PG_PORT, PORT } from './settings.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

const dataDir = path.join(E2E_DIR, 'postgres');
const pgPort = PG_PORT;

/** @param {string} message */
const log = (message) => console.log(`[e2e] ${message}`);

// A PostgreSQL server left behind by an earlier run that was killed (kill -9, a crash) still
// works in that directory: stop it through the project's own lifecycle code (it adopts the
// orphaned server and stops it) before deleting its files.
if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
	log(`A PostgreSQL server may still run in ${dataDir}; stopping it before wiping.`);
	try {
		const leftover = await startDatabase({ dataDir, port: pgPort, database: null, log });
		await leftover.stop();
	} catch (error) {
		console.error(`[e2e] Could not stop the leftover server: ${/** @type {Error} */ (error).message}`);
	}
	if (existsSync(path.join(dataDir, 'postmaster.pid'))) {
		console.error(
			`[e2e] ${dataDir} is still in use by a running PostgreSQL server (another Brugwerk process?). ` +
				'Stop it, or delete the directory by hand, then run the tests again.'
		);
		process.exit(1);
	}
}

await fs.rm(E2E_DIR, { recursive: true, force: true });
log(`Wiped ${E2E_DIR}: this run starts on an empty database.`);

process.env.PORT = String(PORT);
process.env.OUTBOX_DIR = OUTBOX_DIR;
process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
process.env.PGDATA_DIR = dataDir;
process.env.EMBEDDED_PG_PORT = String(pgPort);
process.env.SEED_DEMO = '0';
delete process.env.DATABASE_URL; // always the run's own embedded database

// In this process, so that Playwright's SIGTERM at the end reaches the app's graceful shutdown
// (which stops PostgreSQL).
await import('../../scripts/start.js');
