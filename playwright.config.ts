import { defineConfig } from '@playwright/test';
import { CORES, OUTBOX_DIR, PORT, SECOND_PORT, timeout } from './tests/e2e/settings.js';

// Journeys in Debian's Chromium (/usr/bin/chromium), never a downloaded browser: on a machine
// without it, `npm test` installs it (scripts/test.js).
// The app runs as in production (`npm start`) on its own, freshly wiped embedded PostgreSQL
// (tests/e2e/serve.js), so runs never see each other's data or the demo accounts. Journeys set up
// their world in that database (tests/e2e/fixtures.ts) and log in with a session cookie.
// Ports, directories, the timeout factor and the workers: tests/e2e/settings.js.

const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
	testDir: 'tests/e2e',
	// Playwright resolves `$lib/…` in the fixtures (which call the domain functions) through this.
	tsconfig: './tests/e2e/tsconfig.json',
	fullyParallel: true,
	// Measured on 2 cores: see docs/decisions/0010-fast-journeys.md. One core: one worker.
	workers: Number(process.env.E2E_WORKERS ?? Math.min(CORES, 2)),
	forbidOnly: Boolean(process.env.CI),
	// One retry in CI (reported as "flaky" by scripts/test.js); none locally.
	retries: process.env.CI ? 1 : 0,
	// Every timeout is a base value times one factor (settings.js); nothing sleeps for a fixed time.
	timeout: timeout(60),
	expect: { timeout: timeout(10) },
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	outputDir: 'test-results/e2e-artifacts',
	use: {
		baseURL,
		locale: 'nl-BE',
		actionTimeout: timeout(20),
		navigationTimeout: timeout(30),
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		viewport: { width: 1280, height: 720 },
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	projects: [{ name: 'chromium' }],
	webServer: [
		{
			command: 'node tests/e2e/serve.js',
			url: `${baseURL}/`,
			reuseExistingServer: false,
			// The first start builds the app.
			timeout: timeout(240),
			stdout: 'ignore',
			stderr: 'pipe',
			// SIGTERM lets the app shut down gracefully and stop its PostgreSQL server.
			gracefulShutdown: { signal: 'SIGTERM', timeout: timeout(15) }
		},
		{
			// A second instance of the same build on the same database (tests/e2e/serve-second.js): the
			// live reflection journey answers through one and watches on the other. Started after the
			// first is up; no PostgreSQL of its own, no build. Stopped before the first.
			command: 'node tests/e2e/serve-second.js',
			url: `http://localhost:${SECOND_PORT}/`,
			reuseExistingServer: false,
			timeout: timeout(240),
			stdout: 'ignore',
			stderr: 'pipe',
			gracefulShutdown: { signal: 'SIGTERM', timeout: timeout(15) },
			env: { OUTBOX_DIR }
		}
	]
});
