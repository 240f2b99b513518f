// Small helpers shared by the modules of the embedded PostgreSQL lifecycle.

import { spawn, execFile } from 'node:child_process';
import os from 'node:os';
import { promisify } from 'node:util';

export const execFileAsync = promisify(execFile);

/** @typedef {import('./cluster.js').Owner} Owner */

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
 * Runs a PostgreSQL binary (as the postgres user when we are root) and collects its output.
 * @param {string} file
 * @param {string[]} args
 * @param {Owner} owner
 * @param {{ detached?: boolean }} [options]
 * @returns {Promise<{ code: number, output: string }>}
 */
export function run(file, args, owner, { detached = false } = {}) {
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
export function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * @template T
 * @param {() => Promise<T>} fn
 * @returns {() => Promise<T>}
 */
export function once(fn) {
	/** @type {Promise<T> | undefined} */
	let promise;
	return () => (promise ??= fn());
}
