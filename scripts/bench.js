// `npm run bench`: fills a fresh embedded PostgreSQL with the large data set (`npm run seed:large`:
// 500 partnerships, 50,000 cases, 200,000 agreements; the demo partnership after a busy school
// year), starts the production server (scripts/start.js) on it and measures every main page:
// a static file, the public building-block page (the floor of this server for a rendered page,
// without a database), and, logged in as the demo coordinator, the home, cases, one case, all
// agreements, my agreements, network map, members, signals overview and scan results.
// For each: requests/s and p99 with autocannon at 50 connections, the median of one request
// alone, the HTML size and the ratio of its requests/s to the public page's; and which of the
// targets it misses (at least half the public page's req/s, median ≤ 30 ms, p99 ≤ 300 ms,
// HTML ≤ 120 KB). A script that prints figures, not a timed test: it fails (exit code 1) only when
// the server cannot be started or a run saw errors or non-2xx responses.
// Search (ADR 0031): before the server starts, scripts/lib/search-timing.ts times searchKnowledge for
// a few queries on the same database (median, p95 and max of each; target p95 ≤ 50 ms), and the
// public search page is measured with the other pages. `BENCH_ONLY=search npm run bench` runs only
// the timing of searchKnowledge, on a fresh database in data/bench-search (a few seconds).
//
// Environment:
//   BENCH_SECONDS         measured duration per route (default 10)
//   BENCH_WARMUP_SECONDS  warm-up per route before it is measured (default 2)
//   BENCH_CONNECTIONS     concurrent connections (default 50)
//   BENCH_PORT            HTTP port of the benchmarked server (default 3200)
//   BENCH_PG_PORT         port of its embedded PostgreSQL (default 5436)
//   BENCH_ALONE           requests for the median of one request alone (default 21)
//   BENCH_ONLY            `search`: only the timing of searchKnowledge (no large data set, no server)
//   BENCH_SEARCH_RUNS     runs per query of that timing (default 50)
// The database lives in data/bench (wiped at every run, so the large data set is freshly made).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- autocannon ships no type declarations (results are used as `any` below).
import autocannon from 'autocannon';
import pg from 'pg';
import { startDatabase } from './lib/postgres/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const began = Date.now();

const SECONDS = positiveNumber('BENCH_SECONDS', 10);
const WARMUP_SECONDS = positiveNumber('BENCH_WARMUP_SECONDS', 2, { allowZero: true });
const CONNECTIONS = positiveNumber('BENCH_CONNECTIONS', 50);
const PORT = positiveNumber('BENCH_PORT', 3200);
const PG_PORT = positiveNumber('BENCH_PG_PORT', 5436);
const ALONE = positiveNumber('BENCH_ALONE', 21);
const TARGET = { ratio: 0.5, medianMs: 30, p99Ms: 300, htmlBytes: 120 * 1024 };
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

const BENCH_DIR = 'data/bench';
const PGDATA_DIR = `${BENCH_DIR}/postgres`;
const BASE = `http://127.0.0.1:${PORT}`;

const DEMO_EMAIL = 'coordinator@brugwerk.test';
const DEMO_PASSWORD = 'brugwerk-demo-2026';
const SESSION_COOKIE = 'brugwerk_session';

/** @param {string} message */
const log = (message) => console.log(`[bench] ${message}`);

/** An expected failure: printed in one line, without a stack trace. */
class BenchError extends Error {}

/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
/** @type {Promise<number | null> | undefined} Resolves with the server's exit code once it exited. */
let serverExited;
/** @type {{ stop: () => void } | undefined} The autocannon run in progress. */
let currentRun;
let stopping = false;

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => {
		if (stopping) return;
		log(`Received ${signal}: stopping the load and the server …`);
		currentRun?.stop();
		void stopServer().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
	});
}

try {
	printMachineContext();
	if (process.env.BENCH_ONLY === 'search') {
		await fs.rm('data/bench-search', { recursive: true, force: true });
		await searchTiming('data/bench-search');
		log(`Total duration: ${((Date.now() - began) / 1000).toFixed(1)} s.`);
		process.exit(0);
	}
	await assertPortFree(PORT);
	await prepareDataDir();
	await seedLarge();
	const ids = await findDemoIds();
	await searchTiming(PGDATA_DIR);
	await startServer();

	const session = await logIn();
	const cookie = { cookie: `${SESSION_COOKIE}=${session}` };
	const p = `/s/${ids.partnership}`;

	/** @type {{ label: string, path: string, headers?: Record<string, string> }[]} */
	const targets = [
		{ label: 'static file', path: '/favicon.svg' },
		{ label: 'public block page', path: '/bouwstenen/relatie' },
		{ label: 'search page', path: '/zoeken?q=afspraken+met+ouders' },
		...[
			['partnership home', p],
			['cases', `${p}/casussen`],
			['one case', `${p}/casussen/${ids.case}`],
			['all agreements', `${p}/afspraken`],
			['my agreements', `${p}/afspraken/mijn`],
			['network map', `${p}/netwerkkaart`],
			['members', `${p}/leden`],
			['signals overview', `${p}/signalen/overzicht`],
			['scan results', `${p}/scan/${ids.round}/resultaten`]
		].map(([label, path]) => ({ label, path, headers: cookie }))
	];
	/** @type {Map<string, { median: number, bytes: number }>} */
	const alone = new Map();
	for (const target of targets) {
		await assertOk(target.path, target.headers);
		alone.set(target.path, await measureAlone(target.path, target.headers));
	}

	console.log('');
	log(
		`Each route: ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s measured, ${CONNECTIONS} connections, ` +
			'one autocannon instance in this process.'
	);
	log('autocannon, the server and its PostgreSQL share the same CPU cores: the load generator takes');
	log('part of the CPU, so the figures are lower than on a separate load machine; compare ratios.');

	/** @type {{ label: string, path: string, result: any, warmup: any }[]} */
	const measured = [];
	for (const target of targets) {
		console.log('');
		const url = BASE + target.path;
		let warmup = null;
		if (WARMUP_SECONDS > 0) {
			log(`${target.label}: warming up ${target.path} for ${WARMUP_SECONDS} s …`);
			warmup = await load(url, WARMUP_SECONDS, target.headers);
			await settle();
		}
		log(`${target.label}: measuring ${target.path} for ${SECONDS} s …`);
		const result = await load(url, SECONDS, target.headers);
		await settle();
		log(
			`${target.label}: ${fmt(result.requests.average, 1)} req/s, p99 ${fmt(result.latency.p99, 1)} ms, ` +
				`${result.requests.total} requests, ${describeProblems(result) || 'all 2xx, no errors'}`
		);
		measured.push({ ...target, result, warmup });
	}

	const problems = printTable(measured, alone);
	console.log('');
	await stopServer();
	log(`Total duration: ${((Date.now() - began) / 1000).toFixed(1)} s (server start and stop included).`);
	if (problems) {
		console.error('');
		console.error('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
		console.error('!!! THE BENCHMARK SAW ERRORS OR NON-2xx RESPONSES: THE FIGURES ABOVE ARE NOT VALID.');
		for (const line of problems) console.error(`!!! ${line}`);
		console.error('!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!');
		process.exitCode = 1;
	}
} catch (error) {
	if (!stopping) {
		console.error('');
		console.error(
			error instanceof BenchError ? `[bench] FAILED: ${error.message}` : '[bench] FAILED with an unexpected error:'
		);
		if (!(error instanceof BenchError)) console.error(error);
	}
	currentRun?.stop();
	await stopServer();
	process.exitCode = 1;
}

// ---------------------------------------------------------------------------------------------
// Machine context and output

function printMachineContext() {
	const cpus = os.cpus();
	const models = [...new Set(cpus.map((cpu) => cpu.model.trim()))].join(', ') || 'unknown';
	log('Brugwerk benchmark');
	log(`Node ${process.version} on ${os.platform()} ${os.release()} (${os.arch()})`);
	log(`CPUs: ${cpus.length} × ${models}; available parallelism ${os.availableParallelism?.() ?? cpus.length}`);
	log(`Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB total, ${(os.freemem() / 2 ** 30).toFixed(1)} GiB free`);
	log(
		`Load average before the run: ${os
			.loadavg()
			.map((n) => n.toFixed(2))
			.join(' ')}`
	);
	log(`autocannon ${autocannonVersion()}; server at ${BASE}; embedded PostgreSQL on port ${PG_PORT}`);
}

function autocannonVersion() {
	try {
		return JSON.parse(readFileSync('node_modules/autocannon/package.json', 'utf8')).version;
	} catch {
		return '(version unknown)';
	}
}

/**
 * @param {{ label: string, path: string, result: any, warmup: any }[]} measured
 * @param {Map<string, { median: number, bytes: number }>} alone
 * @returns {string[] | null} Problems (errors, non-2xx), or null when every run was clean.
 */
function printTable(measured, alone) {
	// The reference: the public block page, a rendered page without a database.
	const floor = measured[1].result.requests.average;
	const rows = measured.map(({ label, path, result }, i) => {
		const { median, bytes } = alone.get(path) ?? { median: NaN, bytes: NaN };
		const ratio = floor > 0 ? result.requests.average / floor : NaN;
		const misses =
			i < 2
				? []
				: [
						!(ratio >= TARGET.ratio) && 'req/s',
						!(median <= TARGET.medianMs) && 'median',
						!(result.latency.p99 <= TARGET.p99Ms) && 'p99',
						!(bytes <= TARGET.htmlBytes) && 'HTML'
					].filter(Boolean);
		return [
			label,
			fmt(result.requests.average, 1),
			fmt(result.latency.p99, 1),
			fmt(median, 1),
			fmt(bytes / 1024, 1),
			fmt(ratio, 2),
			i < 2 ? '' : misses.length ? `misses ${misses.join(', ')}` : 'meets all',
			describeProblems(result) || 'none'
		];
	});
	const header = ['page', 'req/s', 'p99 ms', 'alone ms', 'HTML KB', 'ratio', 'targets', 'non-2xx / errors'];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
	const line = (/** @type {string[]} */ cells) =>
		cells
			.map((cell, i) => (i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
			.join('  ');

	console.log('');
	console.log(
		`Results (${SECONDS} s per page after ${WARMUP_SECONDS} s warm-up, ${CONNECTIONS} connections; ` +
			`alone = median of ${ALONE} requests one at a time; ratio = req/s ÷ req/s of the public block page).`
	);
	console.log(
		`Targets for logged-in pages: ratio ≥ ${TARGET.ratio}, alone ≤ ${TARGET.medianMs} ms, ` +
			`p99 ≤ ${TARGET.p99Ms} ms, HTML ≤ ${TARGET.htmlBytes / 1024} KB.`
	);
	console.log('');
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
	console.log('');
	console.log(
		'Note: load generator and server (with its PostgreSQL) run on the same ' +
			`${os.cpus().length} CPU core(s); absolute figures are conservative.`
	);

	/** @type {string[]} */
	const problems = [];
	for (const { label, path, result, warmup } of measured) {
		const found = describeProblems(result);
		if (found) problems.push(`${label} (${path}), measured run: ${found}`);
		const warm = warmup && describeProblems(warmup);
		if (warm) problems.push(`${label} (${path}), warm-up: ${warm}`);
	}
	return problems.length ? problems : null;
}

/**
 * @param {any} result An autocannon result.
 * @returns {string} Empty when the run had only 2xx responses and no errors.
 */
function describeProblems(result) {
	const parts = [];
	if (result.non2xx > 0) {
		const codes = Object.entries(result.statusCodeStats ?? {})
			.filter(([code]) => !code.startsWith('2'))
			.map(([code, { count }]) => `${count}× ${code}`)
			.join(', ');
		parts.push(`${result.non2xx} non-2xx (${codes})`);
	}
	if (result.errors > 0) parts.push(`${result.errors} errors`);
	if (result.timeouts > 0) parts.push(`${result.timeouts} timeouts`);
	if (result.resets > 0) parts.push(`${result.resets} resets`);
	if (result.requests.total === 0) parts.push('no request completed');
	return parts.join(', ');
}

/**
 * @param {number} value
 * @param {number} digits
 */
function fmt(value, digits) {
	return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

// ---------------------------------------------------------------------------------------------
// Load

/**
 * @param {string} url
 * @param {number} seconds
 * @param {Record<string, string>} [headers]
 * @returns {Promise<any>} The autocannon result.
 */
async function load(url, seconds, headers = {}) {
	const run = autocannon({ url, connections: CONNECTIONS, duration: seconds, headers });
	currentRun = run;
	try {
		return await run;
	} finally {
		currentRun = undefined;
		if (stopping) await new Promise(() => {}); // interrupted: the signal handler exits
	}
}

/**
 * When autocannon stops it drops its connections, but the server still finishes the requests it
 * had accepted (up to one per connection). Wait until it is idle, so that this backlog neither
 * spills into the next measurement nor is cut off by the final shutdown.
 */
async function settle() {
	await sleep(500);
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		const t0 = performance.now();
		try {
			const response = await fetch(`${BASE}/favicon.svg`, { signal: AbortSignal.timeout(5_000) });
			await response.arrayBuffer();
		} catch {
			return; // the server is gone; the caller finds out
		}
		if (performance.now() - t0 < 20) return;
		await sleep(250);
	}
}

// ---------------------------------------------------------------------------------------------
// Server

/**
 * Wipes data/bench so that the demo data is seeded afresh. The embedded PostgreSQL keeps its
 * password file, log, lock file and socket directory next to the data directory (all inside
 * data/bench). A server left running on that data directory by an interrupted earlier run is
 * adopted and stopped first, through the same module that started it.
 */
async function prepareDataDir() {
	const pidFile = path.join(PGDATA_DIR, 'postmaster.pid');
	if (existsSync(pidFile)) {
		log(`${pidFile} exists (an earlier run was interrupted?): stopping that PostgreSQL server first …`);
		const db = await startDatabase({
			dataDir: PGDATA_DIR,
			port: PG_PORT,
			database: null,
			portEnvVar: 'BENCH_PG_PORT',
			mentionDatabaseUrl: false,
			log: (message) => log(`[postgres] ${message}`)
		});
		await db.stop();
		if (existsSync(pidFile)) {
			throw new BenchError(
				`The PostgreSQL server for ${PGDATA_DIR} is still in use by another Brugwerk process ` +
					'(an earlier `npm run bench` still running?). Stop it, then run the benchmark again.'
			);
		}
	}
	await fs.rm(BENCH_DIR, { recursive: true, force: true });
	log(`Wiped ${BENCH_DIR}: the large data set will be made in a fresh database.`);
}

/** Fills data/bench with the large data set: `npm run seed:large` in its own process. */
async function seedLarge() {
	log('Making the large data set (scripts/seed-large.js) …');
	const env = { ...process.env, PGDATA_DIR, EMBEDDED_PG_PORT: String(PG_PORT) };
	delete env.DATABASE_URL;
	const child = spawn(process.execPath, ['scripts/seed-large.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	prefixLines(child.stdout, process.stdout);
	prefixLines(child.stderr, process.stderr);
	const code = await new Promise((resolve) => child.once('exit', resolve));
	if (code !== 0) throw new BenchError(`seed:large failed (exit code ${code}); see its output above.`);
}

/** The demo partnership, its case with the most agreements and its latest closed scan round. */
async function findDemoIds() {
	const db = await startDatabase({
		dataDir: PGDATA_DIR,
		port: PG_PORT,
		portEnvVar: 'BENCH_PG_PORT',
		mentionDatabaseUrl: false,
		log: () => {}
	});
	const client = new pg.Client({ connectionString: db.url });
	await client.connect();
	try {
		const { rows } = await client.query(`
			select p.id as partnership,
				(select a.case_id from agreements a where a.partnership_id = p.id and a.case_id is not null
				 group by a.case_id order by count(*) desc, a.case_id limit 1) as case,
				(select r.id from scan_rounds r where r.partnership_id = p.id and r.closed_at is not null
				 order by r.closed_at desc limit 1) as round
			from partnerships p where p.name = 'Schoolbrug Oostwijk'`);
		if (!rows[0]?.case || !rows[0]?.round) throw new BenchError('The large data set has no demo partnership.');
		log(`Demo partnership /s/${rows[0].partnership}, case ${rows[0].case}, scan round ${rows[0].round}.`);
		return /** @type {{ partnership: string, case: string, round: string }} */ (rows[0]);
	} finally {
		await client.end();
		await db.stop();
	}
}

/**
 * Times searchKnowledge (scripts/lib/search-timing.ts, through tsx for the $lib aliases) on the
 * embedded PostgreSQL in `dataDir`, while no server uses it.
 * @param {string} dataDir
 */
async function searchTiming(dataDir) {
	log('Timing searchKnowledge (scripts/lib/search-timing.ts) …');
	const env = { ...process.env, PGDATA_DIR: dataDir, BENCH_PG_PORT: String(PG_PORT) };
	delete env.DATABASE_URL;
	const child = spawn(
		process.execPath,
		['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tests/e2e/tsconfig.json', 'scripts/lib/search-timing.ts'],
		{ env, stdio: ['ignore', 'inherit', 'inherit'] }
	);
	const code = await new Promise((resolve) => child.once('exit', resolve));
	if (code !== 0) throw new BenchError(`The search timing failed (exit code ${code}); see its output above.`);
}

async function startServer() {
	/** @type {NodeJS.ProcessEnv} */
	const env = {
		...process.env,
		NODE_ENV: 'production',
		PORT: String(PORT),
		HOST: '127.0.0.1',
		ORIGIN: BASE,
		PGDATA_DIR,
		EMBEDDED_PG_PORT: String(PG_PORT),
		SEED_DEMO: '0',
		LOG_LEVEL: 'warn'
	};
	delete env.DATABASE_URL; // always the embedded database with the large data set
	delete env.SOCKET_PATH;
	delete env.LISTEN_FDS;

	log(`Starting the production server (node scripts/start.js) on ${BASE} …`);
	const startedAt = Date.now();
	const child = spawn(process.execPath, ['scripts/start.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	server = child;
	serverExited = new Promise((resolve) => {
		child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
		child.once('error', (error) => {
			console.error(`[bench] Could not start the server: ${error.message}`);
			resolve(1);
		});
	});
	prefixLines(child.stdout, process.stdout);
	prefixLines(child.stderr, process.stderr);

	let exitCode = /** @type {number | null | undefined} */ (undefined);
	void serverExited.then((code) => (exitCode = code));
	const deadline = startedAt + READY_TIMEOUT_MS;
	let lastStatus;
	for (;;) {
		if (exitCode !== undefined) {
			throw new BenchError(`The server exited (code ${exitCode}) before it answered; see its output above.`);
		}
		try {
			const response = await fetch(`${BASE}/`, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
			await response.arrayBuffer();
			if (response.status === 200) break;
			lastStatus = `status ${response.status}`;
		} catch (error) {
			lastStatus = /** @type {Error} */ (error).message;
		}
		if (Date.now() > deadline) {
			throw new BenchError(
				`The server did not answer GET / with 200 within ${READY_TIMEOUT_MS / 1000} s (${lastStatus ?? 'no answer'}).`
			);
		}
		await sleep(250);
	}
	log(`Server ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (pid ${child.pid}).`);
}

/** Sends SIGTERM to the server (it stops its embedded PostgreSQL) and waits until it exited. */
async function stopServer() {
	if (stopping) return;
	stopping = true;
	if (!server || !serverExited) return;
	if (server.exitCode === null && server.signalCode === null && server.pid) {
		log(`Stopping the server (SIGTERM to pid ${server.pid}) …`);
		try {
			process.kill(server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	}
	let timer;
	const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS)));
	const outcome = await Promise.race([serverExited, timedOut]);
	clearTimeout(timer);
	if (outcome === 'timeout') {
		console.error(
			`[bench] The server (pid ${server.pid}) did not exit within ${STOP_TIMEOUT_MS / 1000} s; killing it. ` +
				`Its PostgreSQL may keep running; the next \`npm run bench\` stops it.`
		);
		try {
			if (server.pid) process.kill(server.pid, 'SIGKILL');
		} catch {
			// already gone
		}
		await serverExited;
	} else {
		log(`Server stopped (exit code ${outcome}).`);
	}
}

/**
 * @param {import('node:stream').Readable | null} input
 * @param {NodeJS.WritableStream} output
 */
function prefixLines(input, output) {
	if (!input) return;
	let pending = '';
	input.setEncoding('utf8');
	input.on('data', (chunk) => {
		pending += chunk;
		const lines = pending.split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) output.write(`  [server] ${line}\n`);
	});
	input.on('end', () => {
		if (pending) output.write(`  [server] ${pending}\n`);
	});
}

/**
 * Refuses to start when something already listens on the port: the readiness check would
 * otherwise measure somebody else's server.
 * @param {number} port
 */
async function assertPortFree(port) {
	const busy = await new Promise((resolve) => {
		const socket = net.connect({ port, host: '127.0.0.1' });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
	if (busy) {
		throw new BenchError(
			`Port ${port} is already in use. Set BENCH_PORT to a free port (e.g. BENCH_PORT=${port + 1}).`
		);
	}
}

// ---------------------------------------------------------------------------------------------
// Login and target discovery

/** Logs in as the demo coordinator through the login form; returns the session token. */
async function logIn() {
	const response = await fetch(`${BASE}/inloggen`, {
		method: 'POST',
		redirect: 'manual',
		// As a browser's form POST: the Origin header passes SvelteKit's CSRF check, and accepting
		// HTML gets the plain 303 redirect rather than the JSON answer meant for enhanced forms.
		headers: { origin: BASE, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ email: DEMO_EMAIL, password: DEMO_PASSWORD }).toString()
	});
	await response.arrayBuffer();
	const prefix = `${SESSION_COOKIE}=`;
	const cookie = response.headers.getSetCookie().find((value) => value.startsWith(prefix));
	const token = cookie?.slice(prefix.length).split(';')[0];
	if (!token) {
		throw new BenchError(
			`Logging in as ${DEMO_EMAIL} failed (status ${response.status}, no ${SESSION_COOKIE} cookie). ` +
				'Was the demo data seeded?'
		);
	}
	log(`Logged in as ${DEMO_EMAIL} (status ${response.status}).`);
	return token;
}

/**
 * @param {string} pathname
 * @param {Record<string, string>} [headers]
 */
async function assertOk(pathname, headers = {}) {
	const response = await fetch(BASE + pathname, { redirect: 'manual', headers });
	const body = await response.arrayBuffer();
	if (response.status !== 200) {
		const where = response.headers.get('location');
		throw new BenchError(`GET ${pathname} answered ${response.status}${where ? ` (→ ${where})` : ''}, not 200.`);
	}
	log(`GET ${pathname}: 200, ${body.byteLength} bytes, ${response.headers.get('content-type')}`);
}

/**
 * One request at a time: the median latency without load, and the size of the page.
 * @param {string} pathname
 * @param {Record<string, string>} [headers]
 */
async function measureAlone(pathname, headers = {}) {
	const times = [];
	let bytes = 0;
	for (let i = 0; i < ALONE; i++) {
		const t0 = performance.now();
		const response = await fetch(BASE + pathname, { redirect: 'manual', headers });
		bytes = (await response.arrayBuffer()).byteLength;
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)], bytes };
}

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * @param {string} name
 * @param {number} fallback
 * @param {{ allowZero?: boolean }} [options]
 */
function positiveNumber(name, fallback, { allowZero = false } = {}) {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const value = Number(raw);
	if (!Number.isFinite(value) || value < 0 || (value === 0 && !allowZero)) {
		console.error(`[bench] ${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, not "${raw}".`);
		process.exit(2);
	}
	return value;
}

/** @param {number} ms */
function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
