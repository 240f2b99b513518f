// `npm test`: every check of the project, in order, always all of them (a failure in one does not
// skip the others). First it makes sure Debian's Chromium is there for the journeys: missing, it is
// installed with apt-get when this runs as root, or else the run stops at once with the command.
//   1. `npm run check`  svelte-check with 0 errors and 0 warnings (counts as one test)
//   2. Vitest           unit and database tests        → test-results/vitest.json
//   3. Playwright       journeys in Chromium            → test-results/e2e.json
// Then it prints each suite's counts (with the tests that passed only on a retry: flaky) and the
// totals; the very last line is exactly `N passed, N failed` (`, N skipped` when tests were
// skipped). Exit code 1 when anything failed.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const RESULTS = 'test-results';
const VITEST_JSON = path.join(RESULTS, 'vitest.json');
const E2E_JSON = path.join(RESULTS, 'e2e.json');

/** @typedef {{ name: string, passed: number, failed: number, skipped: number, flaky: number, notes: string[], seconds: number }} Suite */

const CHROMIUM = '/usr/bin/chromium';
const INSTALL_CHROMIUM = 'apt-get update && apt-get install -y chromium';

/** The journeys run in Debian's Chromium, never a downloaded browser. */
function ensureChromium() {
	if (existsSync(CHROMIUM)) return;
	if (process.getuid?.() !== 0) {
		console.error(
			`[test] ${CHROMIUM} is missing: install Debian's Chromium first (as root: ${INSTALL_CHROMIUM}), then run npm test again.`
		);
		process.exit(1);
	}
	console.log(`[test] ${CHROMIUM} is missing; installing Debian's Chromium: ${INSTALL_CHROMIUM}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const ok = ['update', 'install -y chromium'].every(
		(args) => spawnSync('apt-get', args.split(' '), { stdio: 'inherit', env }).status === 0
	);
	if (!ok || !existsSync(CHROMIUM)) {
		console.error(
			`[test] Could not install Chromium with apt-get; run ${INSTALL_CHROMIUM} by hand, then npm test again.`
		);
		process.exit(1);
	}
}

/**
 * @param {string} command
 * @param {string[]} args
 * @returns {{ status: number, seconds: number }}
 */
function run(command, args) {
	console.log(`\n[test] $ ${[command, ...args].join(' ')}\n`);
	const began = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	if (result.error) console.error(`[test] Could not run ${command}: ${result.error.message}`);
	return { status: result.status ?? 1, seconds: (Date.now() - began) / 1000 };
}

/** @param {string} file */
function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

/** @param {string} name */
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

ensureChromium();
mkdirSync(RESULTS, { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(E2E_JSON, { force: true });

/** @type {Suite[]} */
const suites = [];

// 1. svelte-check
{
	const { status, seconds } = run('npm', ['run', '--silent', 'check']);
	suites.push({
		name: 'svelte-check',
		passed: status === 0 ? 1 : 0,
		failed: status === 0 ? 0 : 1,
		skipped: 0,
		flaky: 0,
		notes: [],
		seconds
	});
}

// 2. Vitest
{
	const { status, seconds } = run(bin('vitest'), [
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile=${VITEST_JSON}`
	]);
	/** @type {Suite} */
	const suite = { name: 'vitest', passed: 0, failed: 0, skipped: 0, flaky: 0, notes: [], seconds };
	const report = readJson(VITEST_JSON);
	if (report) {
		suite.passed = report.numPassedTests ?? 0;
		suite.failed = report.numFailedTests ?? 0;
		suite.skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
		// A test file that fails as a whole (an import error, a failing hook) has no failed test.
		for (const file of report.testResults ?? []) {
			// Vitest retries nothing unless a test asks; one that passed after a retry is flaky.
			suite.flaky += (file.assertionResults ?? []).filter(
				(/** @type {{status: string, retryCount?: number}} */ t) => t.status === 'passed' && (t.retryCount ?? 0) > 0
			).length;
			const failedTests = (file.assertionResults ?? []).filter(
				(/** @type {{status: string, fullName?: string, title?: string, failureMessages?: string[]}} */ t) =>
					t.status === 'failed'
			);
			// Named in the summary: CI shows only the end of the output.
			for (const t of failedTests) {
				const message = String(t.failureMessages?.[0] ?? '')
					.split('\n')[0]
					.slice(0, 160);
				suite.notes.push(`failed: ${path.relative(root, file.name)}: ${t.fullName ?? t.title} (${message})`);
			}
			if (file.status === 'failed' && failedTests.length === 0) {
				suite.failed += 1;
				suite.notes.push(
					`${path.relative(root, file.name)} failed to run: ${String(file.message ?? '').split('\n')[0]}`
				);
			}
		}
	} else {
		suite.notes.push(`no ${VITEST_JSON} was written`);
	}
	if (status !== 0 && suite.failed === 0) {
		suite.failed = 1;
		suite.notes.push(`vitest exited with code ${status}`);
	}
	suites.push(suite);
}

// 3. Playwright
{
	const { status, seconds } = run(bin('playwright'), ['test']);
	/** @type {Suite} */
	const suite = { name: 'playwright', passed: 0, failed: 0, skipped: 0, flaky: 0, notes: [], seconds };
	const report = readJson(E2E_JSON);
	if (report?.stats) {
		const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
		suite.passed = expected + flaky;
		suite.failed = unexpected;
		suite.skipped = skipped;
		suite.flaky = flaky;
		// Name them: a flaky journey is a bug to fix, not noise.
		for (const title of titlesWith('flaky', report.suites ?? [])) suite.notes.push(`flaky: ${title}`);
		for (const title of titlesWith('unexpected', report.suites ?? [])) suite.notes.push(`failed: ${title}`);
		// Errors outside tests: the web server did not start, a file failed to load, …
		for (const error of report.errors ?? []) {
			suite.failed += 1;
			suite.notes.push(String(error.message ?? error).split('\n')[0]);
		}
	} else {
		suite.notes.push(`no ${E2E_JSON} was written`);
	}
	if (status !== 0 && suite.failed === 0) {
		suite.failed = 1;
		suite.notes.push(`playwright exited with code ${status}`);
	}
	suites.push(suite);
}

/**
 * Titles of the Playwright tests with a status: 'flaky' (failed first, passed on a retry) or
 * 'unexpected' (failed).
 * @param {string} status
 * @param {any[]} suites
 * @returns {string[]}
 */
function titlesWith(status, suites) {
	return suites.flatMap((suite) => [
		...(suite.specs ?? []).flatMap((/** @type {any} */ spec) =>
			(spec.tests ?? []).filter((/** @type {any} */ t) => t.status === status).map(() => `${spec.file}: ${spec.title}`)
		),
		...titlesWith(status, suite.suites ?? [])
	]);
}

// Summary
console.log('\n[test] Summary');
for (const s of suites) {
	const counts = `${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ''}, ${s.flaky} flaky`;
	console.log(`[test]   ${s.name.padEnd(12)} ${counts} (${s.seconds.toFixed(1)} s)`);
	for (const note of s.notes) console.log(`[test]     ${note}`);
}
const total = suites.reduce(
	(t, s) => ({ passed: t.passed + s.passed, failed: t.failed + s.failed, skipped: t.skipped + s.skipped }),
	{
		passed: 0,
		failed: 0,
		skipped: 0
	}
);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed > 0 ? 1 : 0;
