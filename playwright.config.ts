import { defineConfig } from '@playwright/test';

// Journeys in Debian's Chromium (/usr/bin/chromium), never a downloaded browser: on a machine
// without it, `apt-get install -y chromium` (.ci/run does that).
// The app runs as in production (`npm start`) on port 3100 with its own, freshly wiped embedded
// PostgreSQL (tests/e2e/serve.js), so runs never see each other's data or the demo accounts.

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// A second instance of the same build on the same database (tests/e2e/serve-second.js): the live
// reflection journey answers through one and watches on the other.
const SECOND_PORT = Number(process.env.E2E_SECOND_PORT ?? 3101);
// Without SMTP settings the app writes its mails here (wiped with data/e2e at the start of a run);
// both instances send reminders, so both write to the same place. Read by tests/e2e/reminders.spec.ts.
const OUTBOX_DIR = 'data/e2e/outbox';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Two cores: the app, PostgreSQL and two browsers already fill them.
	workers: 2,
	forbidOnly: Boolean(process.env.CI),
	// One retry in CI (reported as "flaky" by the list reporter and scripts/test.js); none locally.
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	outputDir: 'test-results/e2e-artifacts',
	use: {
		baseURL,
		locale: 'nl-BE',
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
			timeout: 180_000,
			stdout: 'ignore',
			stderr: 'pipe',
			// SIGTERM lets the app shut down gracefully and stop its PostgreSQL server.
			gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
			env: { E2E_PORT: String(PORT), OUTBOX_DIR }
		},
		{
			// Started after the first is up (Playwright starts web servers in order, and the script
			// waits too); no PostgreSQL of its own, no build. Stopped before the first.
			command: 'node tests/e2e/serve-second.js',
			url: `http://localhost:${SECOND_PORT}/`,
			reuseExistingServer: false,
			timeout: 180_000,
			stdout: 'ignore',
			stderr: 'pipe',
			gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
			env: { E2E_PORT: String(PORT), E2E_SECOND_PORT: String(SECOND_PORT), OUTBOX_DIR }
		}
	]
});
