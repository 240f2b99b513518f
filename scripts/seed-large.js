// `npm run seed:large`: fills an EMPTY database with the large data set (scripts/lib/large-data.js),
// to measure the pages at scale (`npm run bench`).
//
// Where: DATABASE_URL when set, otherwise the embedded PostgreSQL in PGDATA_DIR (default
// data/large, so the demo database in data/postgres is never touched) on EMBEDDED_PG_PORT (5433).
// Serve it afterwards with `PGDATA_DIR=data/large npm start` and log in as the demo accounts.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { DEMO_PASSWORD, SeedError, seedLarge } from './lib/large-data.js';
import { DatabaseStartError, startDatabase } from './lib/postgres/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const log = (message) => console.log(`[seed:large] ${message}`);

async function main() {
	let database;
	let url = process.env.DATABASE_URL;
	if (!url) {
		database = await startDatabase({
			dataDir: process.env.PGDATA_DIR ?? 'data/large',
			port: Number(process.env.EMBEDDED_PG_PORT ?? 5433),
			log: (message) => log(`[postgres] ${message}`)
		});
		url = database.url;
	}
	const client = new pg.Client({ connectionString: url, application_name: 'brugwerk:seed-large' });
	await client.connect();
	try {
		const started = performance.now();
		await migrate(drizzle(client), { migrationsFolder: path.resolve('drizzle') });
		await seedLarge(client, { log });
		log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
		log(`Log in as coordinator@brugwerk.test or partner@brugwerk.test with "${DEMO_PASSWORD}".`);
	} finally {
		await client.end();
		await database?.stop();
	}
}

try {
	await main();
} catch (error) {
	if (error instanceof SeedError || error instanceof DatabaseStartError) {
		console.error(`[seed:large] ${error.message}`);
		process.exit(1);
	}
	throw error;
}
