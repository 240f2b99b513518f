import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'drizzle-kit';

/**
 * `db:generate` needs no database. `db:migrate` (and `drizzle-kit studio`) use DATABASE_URL; without
 * it they connect to the embedded server of `npm start`/`npm run dev`, which must then be running.
 */
function databaseUrl(): string {
	if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
	const dataDir = path.resolve(process.env.PGDATA_DIR ?? 'data/postgres');
	try {
		const password = readFileSync(path.join(path.dirname(dataDir), 'postgres-password'), 'utf8').trim();
		// Line 4 of postmaster.pid is the port the running server listens on.
		const port = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]?.trim();
		return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/brugwerk`;
	} catch {
		// No running embedded server. `generate` needs no database; for the other commands say why.
		if (process.argv.some((arg) => ['migrate', 'push', 'pull', 'studio'].includes(arg))) {
			console.error(
				'No database: set DATABASE_URL, or run `npm start` / `npm run dev` so that the embedded PostgreSQL is running.'
			);
		}
		return '';
	}
}

export default defineConfig({
	dialect: 'postgresql',
	schema: './src/lib/server/db/schema/index.ts',
	out: './drizzle',
	dbCredentials: { url: databaseUrl() },
	strict: true,
	verbose: true
});
