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
// Environment (all optional): E2E_PORT (3100, the first instance), E2E_SECOND_PORT (3101),
// E2E_PG_PORT (5435, only if postmaster.pid cannot be read).

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);

const E2E_DIR = 'data/e2e';
const first = `http://localhost:${process.env.E2E_PORT ?? '3100'}/`;

/** @param {string} message */
const log = (message) => console.log(`[e2e:second] ${message}`);

const deadline = Date.now() + 175_000;
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

const password = (await readFile(path.join(E2E_DIR, 'postgres-password'), 'utf8')).trim();
let pgPort = process.env.E2E_PG_PORT ?? '5435';
try {
	// Line 4 of postmaster.pid is the port the server listens on.
	pgPort = (await readFile(path.join(E2E_DIR, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[3]?.trim() || pgPort;
} catch {
	log(`Could not read the port from postmaster.pid; using ${pgPort}.`);
}

process.env.PORT = process.env.E2E_SECOND_PORT ?? '3101';
process.env.ORIGIN = `http://localhost:${process.env.PORT}`;
process.env.DATABASE_URL = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/brugwerk`;
process.env.NODE_ENV = 'production';
process.env.SEED_DEMO = '0';
log(`Second instance on ${process.env.ORIGIN}, database of the first (127.0.0.1:${pgPort}).`);

// adapter-node ends the app on SIGTERM (the app closes its pool and its LISTEN connection); should a
// handle stay open, do not keep Playwright waiting.
process.once('sveltekit:shutdown', () => setTimeout(() => process.exit(0), 3000).unref());

await import(pathToFileURL(path.join(root, 'build', 'index.js')).href);
