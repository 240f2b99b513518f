// `npm start`: build if the sources changed, start (or reuse) the embedded PostgreSQL unless
// DATABASE_URL is set, then run the adapter-node server in this process.
//
// Environment: PORT (3000), HOST (adapter-node's default 0.0.0.0), ORIGIN (http://localhost:$PORT),
// DATABASE_URL (external PostgreSQL; nothing is started), EMBEDDED_PG_PORT (5433),
// PGDATA_DIR (data/postgres), SEED_DEMO (1 with the embedded database, off with DATABASE_URL).

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DatabaseStartError, startAppDatabase, useAppDatabase } from './lib/postgres/index.js';
import { HSTS, SECURITY_HEADERS } from '../src/lib/security-headers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

/** @param {string} message */
const log = (message) => console.log(`[start] ${message}`);

/** An expected failure of this script: reported in one line, without a stack trace. */
class StartError extends Error {}

/** @type {import('./lib/postgres/index.js').RunningDatabase | undefined} */
let db;
/** @type {Promise<unknown> | undefined} A database start in progress (a signal may arrive meanwhile). */
let starting;
/** Set once this script has decided to exit: startup must not go on. */
let exiting = false;

// Until adapter-node has registered its own SIGINT/SIGTERM handlers (at the end of its module
// evaluation, after the app's `init` hook), a signal stops the database and exits here.
/** @param {NodeJS.Signals} signal */
const onEarlySignal = (signal) => {
	if (process.listenerCount(signal) > 1) return; // adapter-node handles it (graceful shutdown)
	log(`Received ${signal} during startup; stopping.`);
	void stopAndExit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', onEarlySignal);
process.on('SIGTERM', onEarlySignal);

try {
	buildIfNeeded();

	process.env.PORT ??= '3000';
	process.env.ORIGIN ??= `http://localhost:${process.env.PORT}`;
	process.env.NODE_ENV ??= 'production';
	// adapter-node refuses bodies over 512K by default; a partnership file is larger. The import
	// itself refuses files over 20 MB with a message (ADR 0020); this leaves room for the form.
	process.env.BODY_SIZE_LIMIT ??= '25M';
	await assertHttpPortFree();

	if (process.env.DATABASE_URL) {
		log('Using the PostgreSQL server from DATABASE_URL.');
	} else {
		const pending = startAppDatabase();
		starting = pending.then(
			(value) => (db = value),
			() => {}
		);
		db = await pending;
		// A signal arrived meanwhile: stopAndExit() stops the database and exits; go no further.
		if (exiting) await new Promise(() => {});
		useAppDatabase(db);
	}

	// Errors after this point (a port taken in the meantime, a crash) must still stop the database.
	process.on('uncaughtException', (error) => void fail(error));
	process.on('sveltekit:shutdown', () => void shutdown());

	// A computed specifier: the type checker must not follow it into the generated build.
	const { server } = await import(pathToFileURL(path.join(root, 'build', 'index.js')).href);
	// adapter-node serves the files of build/client before the hooks run, so they would go out
	// without the security headers: set them on every response before its handler runs (a static
	// file's own headers, such as its type, are added on top; pages set the same values again).
	server.server.prependListener(
		'request',
		(/** @type {unknown} */ _req, /** @type {import('node:http').ServerResponse} */ res) => {
			for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
			res.setHeader(...HSTS);
		}
	);
	process.off('SIGINT', onEarlySignal);
	process.off('SIGTERM', onEarlySignal);
} catch (error) {
	await fail(error);
}

async function shutdown() {
	exiting = true;
	try {
		// Let the app's own `sveltekit:shutdown` listeners (closing its pool, stopping jobs) start first.
		await new Promise((resolve) => setImmediate(resolve));
		await db?.stop();
	} catch (error) {
		console.error(`[start] Could not stop PostgreSQL cleanly: ${/** @type {Error} */ (error).message}`);
		process.exitCode = 1;
	}
	// Normally the process ends by itself now; if the app left a handle open (a pool it did not
	// close, a timer), do not hang forever.
	setTimeout(() => {
		log('Exiting although handles are still open (e.g. a database pool that was not closed).');
		process.exit();
	}, 3000).unref();
}

/** @param {unknown} error */
async function fail(error) {
	if (exiting) {
		// Already stopping. A fast database stop terminates sessions the app did not close (57P01);
		// a pool without an 'error' listener then throws here: expected, not worth a stack trace.
		const e = /** @type {{ code?: string, message?: string }} */ (error);
		if (e?.code !== '57P01') console.error(`[start] Error while stopping: ${e?.message ?? error}`);
		return;
	}
	const expected =
		error instanceof DatabaseStartError ||
		error instanceof StartError ||
		/** @type {Error} */ (error)?.name === 'DatabaseUnreachableError' || // from the app's init
		['EADDRINUSE', 'EACCES'].includes(/** @type {NodeJS.ErrnoException} */ (error)?.code ?? '');
	if (expected) {
		console.error(`[start] ${describe(error)}`);
	} else {
		console.error('[start] Brugwerk stopped because of an unexpected error:');
		console.error(error);
	}
	await stopAndExit(1);
}

/** @param {number} code */
async function stopAndExit(code) {
	if (exiting) return;
	exiting = true;
	try {
		await starting;
		await db?.stop();
	} catch (stopError) {
		console.error(`[start] Could not stop PostgreSQL: ${/** @type {Error} */ (stopError).message}`);
	}
	process.exit(code);
}

/** @param {unknown} error */
function describe(error) {
	const e = /** @type {NodeJS.ErrnoException & { port?: number }} */ (error);
	if (e.code === 'EADDRINUSE') {
		return `Port ${e.port ?? process.env.PORT} is already in use. Set PORT to a free port (e.g. PORT=3001 npm start).`;
	}
	if (e.code === 'EACCES') {
		return `Not allowed to listen on port ${e.port ?? process.env.PORT}. Set PORT to a port above 1023.`;
	}
	return e.message;
}

// ---------------------------------------------------------------------------------------------

function buildIfNeeded() {
	const output = 'build/index.js';
	const built = existsSync(output) ? statSync(output).mtimeMs : 0;
	const inputs = ['src', 'messages', 'static', 'drizzle', 'project.inlang'];
	const files = ['package-lock.json', 'svelte.config.js', 'vite.config.ts'];
	const newest = Math.max(
		...inputs.map((dir) => newestMtime(dir)),
		...files.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0))
	);
	if (built && built >= newest) return;

	log(built ? 'Sources changed since the last build: building …' : 'No build yet: building …');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit',
		env: { ...process.env, NODE_ENV: 'production' }
	});
	if (result.status !== 0) {
		throw new StartError(`The build failed (exit code ${result.status ?? result.signal}); see the output above.`);
	}
}

/**
 * Newest modification time of the files under `dir`, skipping generated output
 * (src/lib/paraglide, project.inlang/cache) and dot-folders.
 * @param {string} dir
 * @returns {number}
 */
function newestMtime(dir) {
	if (!existsSync(dir)) return 0;
	const skip = new Set(['src/lib/paraglide', 'project.inlang/cache']);
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (skip.has(full) || entry.name.startsWith('.')) continue;
		if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
		else if (entry.isFile()) newest = Math.max(newest, statSync(full).mtimeMs);
	}
	return newest;
}

/**
 * Fails before the database is started if adapter-node could not listen anyway.
 * (adapter-node listens on SOCKET_PATH or a systemd socket instead of PORT when those are set.)
 */
async function assertHttpPortFree() {
	if (process.env.SOCKET_PATH || process.env.LISTEN_FDS) return;
	const port = Number(process.env.PORT);
	const host = process.env.HOST || '0.0.0.0';
	const error = await new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', resolve);
		server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)));
	});
	if (error) {
		throw Object.assign(/** @type {Error} */ (error), { port });
	}
}
