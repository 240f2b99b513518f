// The SECOND app instance of the Playwright run (playwright.config.ts): the same build as the first
// (tests/e2e/serve.js) on the SAME database, so that a journey can check that a change made through
// one instance reaches a browser connected to the other (PostgreSQL LISTEN/NOTIFY, as with several
// instances behind a load balancer in production).
//
// It starts no PostgreSQL of its own and never builds: it waits until the first instance answers
// (by then the build is done, the run's fresh embedded PostgreSQL is up and migrated), takes that
// server's connection from data/e2e/ (the password file next to the data directory, the port from
// its postmaster.pid), and runs build/index.js against it, as `DATABASE_URL=… npm start` would.
//
// Environment: see tests/e2e/settings.js (E2E_DIR, E2E_PORT, E2E_SECOND_PORT).

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { e2eDatabaseUrl, OUTBOX_DIR, PORT, SECOND_PORT, timeout } from './settings.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

const first = `http://localhost:${PORT}/`;

/** @param {string} message */
const log = (message) => console.log(`[e2e:second] ${message}`);

const deadline = Date.now() + timeout(175);
for (;;) {
	try {
		const response = await fetch(first);
		if (response.ok) break;
	} catch {
		// not listening yet
	}
	if (Date.now() > deadline) {
		console.error(`[e2e:second] The first instance (${first}) did not start; not starting the second.`);
		process.exit(1);
	}
	await new Promise((resolve) => setTimeout(resolve, 250));
}

process.env.PORT = String(SECOND_PORT);
process.env.OUTBOX_DIR = OUTBOX_DIR;
process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
process.env.DATABASE_URL = await e2eDatabaseUrl();
process.env.NODE_ENV = 'production';
process.env.SEED_DEMO = '0';
process.env.BODY_SIZE_LIMIT = '25M'; // as scripts/start.js sets it (ADR 0020)
log(`Second instance on ${process.env.ORIGIN}, on the database of the first.`);

// adapter-node ends the app on SIGTERM (the app closes its pool and its LISTEN connection); should a
// handle stay open, do not keep Playwright waiting.
process.once('sveltekit:shutdown', () => setTimeout(() => process.exit(0), 3000).unref());

await import(pathToFileURL(path.join(root, 'build', 'index.js')).href);
