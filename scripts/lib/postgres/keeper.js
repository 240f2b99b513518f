// Keeps the embedded server up while this process uses it (docs/decisions/0018-database-outages.md).
//
// The presence session (see index.js) doubles as the watch: it ends when the server dies (kill -9,
// out-of-memory killer) or when an admin terminates it. Then we look: a server still running only
// needs a new presence session; a dead one is started again, with a short backoff and a bounded
// number of tries. stop() marks the shutdown as deliberate first, so it never triggers a restart.

import pg from 'pg';
import { acquireLock } from './lock.js';
import { findRunningServer } from './processes.js';
import { startServer } from './server.js';
import { sleep } from './util.js';

/** Waits before each try: a killed postmaster's backends need a moment to exit. */
export const RESTART_DELAYS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000];

/**
 * @typedef {object} KeeperContext
 * @property {import('./cluster.js').Binaries} bin
 * @property {import('./cluster.js').Paths} paths
 * @property {number} port
 * @property {import('./cluster.js').Owner} owner
 * @property {{ envVar: string, databaseUrl: boolean }} portHint
 * @property {pg.ClientConfig} presenceConfig
 * @property {(message: string) => void} log
 * @property {number[]} [delays]
 */

/**
 * @param {pg.Client} first The connected presence session.
 * @param {KeeperContext} context
 */
export function keepServer(first, { bin, paths, port, owner, portHint, presenceConfig, log, delays = RESTART_DELAYS_MS }) {
	let presence = first;
	let stopping = false;
	/** @type {Promise<void> | undefined} */
	let recovering;

	/** @param {pg.Client} client */
	const watch = (client) => {
		// The reason is logged once, by recover(); an 'error' without a listener would crash the app.
		client.on('error', () => {});
		client.on('end', () => {
			if (!stopping && client === presence) recovering ??= recover().finally(() => (recovering = undefined));
		});
	};

	async function recover() {
		const began = Date.now();
		let lastError;
		for (const [index, delay] of delays.entries()) {
			await sleep(delay);
			if (stopping) return;
			try {
				let restarted = false;
				const releaseLock = await acquireLock(paths.lock, () => {});
				try {
					// Another instance may have restarted it already; then there is nothing to start.
					if (!(await findRunningServer(paths.dataDir, () => {}))) {
						await startServer(bin, paths, port, owner, portHint);
						restarted = true;
					}
				} finally {
					await releaseLock();
				}
				const next = new pg.Client(presenceConfig);
				watch(next);
				await next.connect();
				if (stopping) return void (await next.end().catch(() => {}));
				presence = next;
				log(
					restarted
						? `PostgreSQL stopped unexpectedly; restarted it in ${Date.now() - began} ms (try ${index + 1}).`
						: 'The presence session to PostgreSQL was closed; reconnected (the server was still running).'
				);
				return;
			} catch (error) {
				lastError = error;
			}
		}
		log(
			`PostgreSQL stopped unexpectedly and could not be restarted after ${delays.length} tries ` +
				`(${/** @type {Error} */ (lastError)?.message?.split('\n')[0]}). Requests answer 503 until it runs again.`
		);
	}

	watch(first);
	return {
		/** The current presence session (stopServer ends it). */
		get presence() {
			return presence;
		},
		/** Marks the shutdown as deliberate and waits for a restart in progress to finish. */
		async stop() {
			stopping = true;
			await recovering;
			return presence;
		}
	};
}
