/** Migrated once per test run by tests/db/global-setup.ts; never used by tests directly. */
export const TEMPLATE_DATABASE = 'brugwerk_template';
/** Each Vitest worker slot gets `test_w<VITEST_POOL_ID>`, cloned from the template. */
export const WORKER_DATABASE_PREFIX = 'test_w';
