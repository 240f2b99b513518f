// Lock file: guards check-then-start and count-then-stop against a concurrent launcher.

import { unlinkSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { isAlive, processStartTime } from './processes.js';
import { DatabaseStartError, sleep } from './util.js';

const LOCK_TIMEOUT_MS = 60_000;

/**
 * @param {string} lockPath
 * @param {(message: string) => void} log
 * @returns {Promise<() => Promise<void>>} release
 */
export async function acquireLock(lockPath, log) {
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
