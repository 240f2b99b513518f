// `$env/dynamic/private` for the journeys' fixtures, which load domain code outside SvelteKit
// (tests/e2e/tsconfig.json maps the alias here). Under adapter-node it is process.env too.
export const env: Record<string, string | undefined> = process.env;
