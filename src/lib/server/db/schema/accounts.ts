import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const users = pgTable('users', {
	id: uuid('id').primaryKey().defaultRandom(),
	/** Stored lower-cased; unique. */
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash').notNull(),
	locale: text('locale').notNull().default('nl'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

export const sessions = pgTable(
	'sessions',
	{
		/** SHA-256 of the cookie token: a leaked table does not leak usable sessions. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The absolute end: created plus the absolute timeout (ADR 0014). */
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** For the idle timeout; moved forward at most once a minute. */
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/**
 * Browsers that logged in to an account before (a random token in a cookie, stored hashed). Their
 * attempts count on their own, so a stranger's failures do not lock the owner out (ADR 0013).
 */
export const knownDevices = pgTable(
	'known_devices',
	{
		/** SHA-256 of the cookie token. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('known_devices_user_idx').on(t.userId)]
);

/** Login attempts that count against a limit, per account, per known device and per IP, over a sliding window. */
export const loginFailures = pgTable(
	'login_failures',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** 'account:<email>', 'device:<device id>' or 'ip:<address>' */
		key: text('key').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('login_failures_key_at_idx').on(t.key, t.at)]
);
