import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Reuses vite.config.ts (sveltekit() for the $lib/$app/$env aliases, Paraglide for the messages).
export default mergeConfig(
	viteConfig,
	defineConfig({
		test: {
			projects: [
				{
					extends: true,
					test: {
						name: 'unit',
						include: ['src/**/*.test.ts'],
						exclude: ['src/**/*.db.test.ts'],
						environment: 'node'
					}
				},
				{
					// Against a real PostgreSQL: one database per test worker, cloned from a migrated
					// template (tests/db/global-setup.ts, tests/db/setup.ts).
					extends: true,
					test: {
						name: 'db',
						include: ['src/**/*.db.test.ts'],
						environment: 'node',
						globalSetup: ['tests/db/global-setup.ts'],
						setupFiles: ['tests/db/setup.ts'],
						testTimeout: 15_000,
						hookTimeout: 60_000
					}
				}
			]
		}
	})
);
