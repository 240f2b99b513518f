// Inspecting processes: is a PostgreSQL server running for a data directory, is a PID alive, when
// did a process start.

import fs from 'node:fs/promises';
import path from 'node:path';
import { DatabaseStartError, execFileAsync, sleep } from './util.js';

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
export async function findRunningServer(dataDir, log) {
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
export function isAlive(pid) {
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
export async function isPostgresProcess(pid, dataDir) {
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

/**
 * Start time of a process in ms since the epoch (Linux; null elsewhere or when unknown).
 * @param {number} pid
 */
export async function processStartTime(pid) {
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
