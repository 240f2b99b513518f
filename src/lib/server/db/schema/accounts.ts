import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ACCOUNT_EVENT_KINDS } from '../../../domain/partnerships/enums';

export const users = pgTable('users', {
	id: uuid('id').primaryKey().defaultRandom(),
	/** Stored lower-cased; unique. */
	email: text('email').notNull().unique(),
	name: text('name').notNull(),
	passwordHash: text('password_hash').notNull(),
	locale: text('locale').notNull().default('nl'),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	/** Set when the owner followed the link mailed to this address; joining a partnership needs it. */
	emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
	/** The authenticator app's shared secret (base32), once enrolment is confirmed with a code. */
	totpSecret: text('totp_secret'),
	/** The last TOTP time step accepted, so one code cannot be used twice. */
	totpLastStep: integer('totp_last_step'),
	/**
	 * Set when the owner deleted the account: the row stays so that what they wrote for a
	 * partnership keeps its author, shown as "voormalig lid"; name, e-mail and credentials are wiped.
	 */
	deletedAt: timestamp('deleted_at', { withTimezone: true })
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
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
		/** The browser as it named itself at login, for the owner's list of sessions. */
		userAgent: text('user_agent').notNull().default(''),
		/** The address the login came from. */
		ip: text('ip').notNull().default(''),
		/** The password was right but the second factor is still to come: this session opens nothing else. */
		secondFactorPending: boolean('second_factor_pending').notNull().default(false)
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

/**
 * Single-use links sent by e-mail: a password reset, the confirmation of an address, a change of
 * address. Only the SHA-256 of the token is stored.
 */
export const accountTokens = pgTable(
	'account_tokens',
	{
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: ['password-reset', 'email-confirm', 'email-change'] }).notNull(),
		/** For an e-mail change: the address that is being confirmed. */
		newEmail: text('new_email'),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		usedAt: timestamp('used_at', { withTimezone: true }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('account_tokens_user_idx').on(t.userId, t.purpose)]
);

/** What happened to an account, for its owner to see: logins, failures, resets, second-factor changes. */
export const accountEvents = pgTable(
	'account_events',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ACCOUNT_EVENT_KINDS }).notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		ip: text('ip').notNull().default(''),
		userAgent: text('user_agent').notNull().default('')
	},
	(t) => [index('account_events_user_at_idx').on(t.userId, t.at)]
);

/** Ten single-use codes for when the authenticator app is lost; stored hashed. */
export const recoveryCodes = pgTable(
	'recovery_codes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull(),
		usedAt: timestamp('used_at', { withTimezone: true })
	},
	(t) => [index('recovery_codes_user_idx').on(t.userId)]
);

/** Passkeys (WebAuthn credentials) registered to an account. */
export const passkeys = pgTable(
	'passkeys',
	{
		/** The credential id, base64url. */
		id: text('id').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		/** The COSE public key, base64url. */
		publicKey: text('public_key').notNull(),
		counter: integer('counter').notNull().default(0),
		/** Comma-separated transports the authenticator reported (usb, internal, hybrid, ...). */
		transports: text('transports').notNull().default(''),
		name: text('name').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true })
	},
	(t) => [index('passkeys_user_idx').on(t.userId)]
);

/** A WebAuthn challenge between the options and the answer; identified by a cookie token, stored hashed. */
export const authChallenges = pgTable('auth_challenges', {
	id: text('id').primaryKey(),
	/** Null for a sign-in without a password, where the account is not known yet. */
	userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
	purpose: text('purpose', { enum: ['register', 'authenticate'] }).notNull(),
	challenge: text('challenge').notNull(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
});
