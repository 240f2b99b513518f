// `npm run dev`: start (or reuse) the embedded PostgreSQL unless DATABASE_URL is set, then Vite's
// dev server in this process. Stops the database (unless another instance uses it) on Ctrl+C,
// SIGTERM or Vite's "q" shortcut.
//
// Environment: PORT (5173), DATABASE_URL, EMBEDDED_PG_PORT (5433), PGDATA_DIR (data/postgres),
// SEED_DEMO (1 with the embedded database).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { DatabaseStartError, startAppDatabase, useAppDatabase } from './lib/postgres/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

// The dev server checks the origin against its own URL; a production ORIGIN would break forms.
delete process.env.ORIGIN;

/** @type {import('./lib/postgres/index.js').RunningDatabase | undefined} */
let db;
/** @type {Promise<unknown> | undefined} A database start in progress (a signal may arrive meanwhile). */
let starting;
/** @type {import('vite').ViteDevServer | undefined} */
let server;
let stopping = false;

/** @param {number} code */
async function stopAndExit(code) {
	if (stopping) return;
	stopping = true;
	try {
		await starting;
		await server?.close(); // also stops the database, see below
		await db?.stop();
	} catch (error) {
		console.error(`[dev] Could not stop cleanly: ${/** @type {Error} */ (error).message}`);
		code ||= 1;
	}
	process.exit(code);
}

process.on('SIGINT', () => void stopAndExit(0));
process.on('SIGTERM', () => void stopAndExit(0));

try {
	if (process.env.DATABASE_URL) {
		console.log('[dev] Using the PostgreSQL server from DATABASE_URL.');
	} else {
		const pending = startAppDatabase();
		starting = pending.then(
			(value) => (db = value),
			() => {}
		);
		db = await pending;
		// A signal arrived meanwhile: stopAndExit() stops the database and exits; go no further.
		if (stopping) await new Promise(() => {});
		useAppDatabase(db);
	}

	server = await createServer({
		server: { port: Number(process.env.PORT ?? 5173), strictPort: false }
	});
	// Vite's own exits (its SIGTERM handler, the "q" shortcut, stdin closed) call server.close()
	// and then process.exit(): stop the database as part of close(). Like adapter-node, emit
	// `sveltekit:shutdown` once HTTP is closed, so that the app ends its pool before the stop.
	const close = server.close.bind(server);
	/** @type {Promise<void> | undefined} */
	let closing;
	server.close = () =>
		(closing ??= close()
			.then(() => {
				process.emit(/** @type {any} */ ('sveltekit:shutdown'), 'SIGINT');
				return new Promise((resolve) => setImmediate(resolve));
			})
			.then(() => db?.stop()));

	await server.listen();
	server.printUrls();
	server.bindCLIShortcuts({ print: true });
} catch (error) {
	if (error instanceof DatabaseStartError) {
		console.error(`[dev] ${error.message}`);
	} else {
		console.error(error);
	}
	await stopAndExit(1);
}
