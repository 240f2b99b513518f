// Global setup of the `db` Vitest project: starts the embedded test PostgreSQL (its own data
// directory and port, separate from `npm start`'s), rebuilds the migrated template database and
// hands the admin URL to the test workers.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startDatabase } from '../../scripts/lib/postgres/index.js';
import { TEMPLATE_DATABASE, WORKER_DATABASE_PREFIX } from './names';

declare module 'vitest' {
	export interface ProvidedContext {
		/** `postgres://postgres:…@127.0.0.1:<port>` without a database name. */
		databaseUrl: string;
		/** Changes every run: a worker database from an earlier run is recreated. */
		databaseRunId: string;
	}
}

export default async function setup(project: TestProject) {
	const began = Date.now();
	const server = await startDatabase({
		dataDir: process.env.TEST_PGDATA_DIR ?? 'data/test-postgres',
		port: Number(process.env.TEST_PG_PORT ?? 5434),
		database: null,
		portEnvVar: 'TEST_PG_PORT',
		mentionDatabaseUrl: false,
		log: (message) => console.log(`[test-postgres] ${message}`)
	});
	try {
		await buildTemplate(server.adminUrl);
	} catch (error) {
		await server.stop();
		throw error;
	}
	console.log(`[test-postgres] Template database ready in ${Date.now() - began} ms.`);

	project.provide('databaseUrl', server.adminUrl);
	project.provide('databaseRunId', randomUUID());
	return async () => {
		await server.stop();
	};
}

async function buildTemplate(adminUrl: string) {
	const admin = new pg.Client({
		connectionString: `${adminUrl}/postgres`,
		application_name: `brugwerk-launcher:${process.pid}`
	});
	await admin.connect();
	try {
		// Drop the previous run's template and worker databases (WITH FORCE: a killed run may have
		// left sessions behind).
		const { rows } = await admin.query<{ datname: string }>(
			'SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $2)',
			[TEMPLATE_DATABASE, WORKER_DATABASE_PREFIX]
		);
		for (const { datname } of rows) {
			const name = admin.escapeIdentifier(datname);
			await admin.query(`ALTER DATABASE ${name} IS_TEMPLATE false`);
			await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
		}
		const template = admin.escapeIdentifier(TEMPLATE_DATABASE);
		await admin.query(`CREATE DATABASE ${template}`);
		await applyMigrations(`${adminUrl}/${TEMPLATE_DATABASE}`);
		// Cloning needs a template without sessions: forbid connecting to it from now on.
		await admin.query(`ALTER DATABASE ${template} IS_TEMPLATE true ALLOW_CONNECTIONS false`);
	} finally {
		await admin.end();
	}
}

async function applyMigrations(url: string) {
	const folder = path.resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');
	if (!existsSync(path.join(folder, 'meta', '_journal.json'))) {
		console.warn(`[test-postgres] No migrations in ${folder} yet (npm run db:generate): the template is empty.`);
		return;
	}
	const client = new pg.Client({ connectionString: url, application_name: `brugwerk-launcher:${process.pid}` });
	await client.connect();
	try {
		await migrate(drizzle(client), { migrationsFolder: folder });
	} finally {
		await client.end();
	}
}
