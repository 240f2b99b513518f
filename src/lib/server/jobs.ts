// Background jobs with pg-boss, in the app's own PostgreSQL (schema `pgboss`). Safe with several
// app instances: each job is fetched by one instance (SKIP LOCKED), the schedule fires once per
// slot whichever instance sees it, and every reminder is recorded in sent_reminders before it goes
// out (src/lib/domain/reminders/reminders.server.ts). See docs/decisions/0008-reminders.md.
//
// Environment: REMINDER_CRON (default "0 7-19 * * *": every hour from 7:00 to 19:00, Belgian time;
// e.g. "* * * * *" to check every minute while testing). RETENTION_CRON (default "30 4 * * *": once a
// day at 4:30, Belgian time): the notice and purge of closed cases (docs/decisions/0021-case-retention.md).
import { TIME_ZONE } from '$lib/dates';
import PgBoss from 'pg-boss';
import { env } from '$env/dynamic/private';
import { runReminderCheck, sendMeetingInvitations } from '$lib/domain/reminders/reminders.server';
import { runCaseRetention } from '$lib/domain/cases/retention.server';
import { getDb } from './db/client';
import { isConnectionError } from './db/connection-errors';
import { track } from './in-flight';
import { log } from './log';
import { sendMail, siteOrigin as origin } from './mail';

const QUEUES = {
	/** The periodic check: agreements due soon, scan rounds closing soon. */
	check: 'reminders-check',
	/** Invitations for one meeting (planned or moved). */
	invitation: 'meeting-invitation',
	/** The daily retention run: notices before the purge, then the purge of closed cases. */
	retention: 'case-retention'
} as const;

export const DEFAULT_REMINDER_CRON = '0 7-19 * * *';
export const DEFAULT_RETENTION_CRON = '30 4 * * *';

type InvitationJob = { partnershipId: string; meetingId: string };

// Kept on globalThis: in development a hot reload of this module must not lose the running queue.
const state = globalThis as typeof globalThis & { brugwerkJobs?: PgBoss };

/** Starts the queue, the schedule and the workers once per process (from the app's `init`). */
export async function startJobs(): Promise<void> {
	if (state.brugwerkJobs) return;
	if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set (start the app with `npm start`).');
	const instance = new PgBoss({
		connectionString: env.DATABASE_URL,
		schema: 'pgboss',
		max: 3,
		// Counted by the launcher like the app's own pool (stopServer in scripts/lib/postgres/server.js).
		application_name: `brugwerk:${process.pid}`
	});
	// pg-boss only runs pool.query (which listens for errors itself) and forwards its pool's errors
	// here, so a lost connection cannot crash the process. While PostgreSQL is away every poll fails:
	// log that as a warning, once per minute, and let pg-boss keep polling until it is back.
	let lastOutageLogged = 0;
	instance.on('error', (err) => {
		if (!isConnectionError(err)) return void log.error({ err }, 'Job queue error');
		if (Date.now() - lastOutageLogged < 60_000) return;
		lastOutageLogged = Date.now();
		log.warn({ message: err.message }, 'Job queue cannot reach PostgreSQL; it keeps trying');
	});
	await instance.start();
	state.brugwerkJobs = instance;
	process.once('sveltekit:shutdown', () => void stopJobs());

	// Creating a queue that exists already does nothing (also when two instances start at once).
	await instance.createQueue(QUEUES.check, {
		name: QUEUES.check,
		policy: 'stately',
		retryLimit: 3,
		retryDelay: 300,
		expireInSeconds: 30 * 60
	});
	await instance.createQueue(QUEUES.invitation, {
		name: QUEUES.invitation,
		retryLimit: 5,
		retryDelay: 60,
		retryBackoff: true,
		expireInSeconds: 15 * 60
	});
	await instance.createQueue(QUEUES.retention, {
		name: QUEUES.retention,
		policy: 'stately',
		retryLimit: 3,
		retryDelay: 600,
		expireInSeconds: 30 * 60
	});
	const cron = env.REMINDER_CRON || DEFAULT_REMINDER_CRON;
	await instance.schedule(QUEUES.check, cron, {}, { tz: TIME_ZONE });
	const retentionCron = env.RETENTION_CRON || DEFAULT_RETENTION_CRON;
	await instance.schedule(QUEUES.retention, retentionCron, {}, { tz: TIME_ZONE });

	// Jobs are tracked like requests: on shutdown the database pool waits for a job in progress.
	// A failed job is logged and thrown, so pg-boss retries it (what was sent is not sent again).
	await instance.work(QUEUES.check, async () => {
		try {
			const result = await track(() =>
				runReminderCheck(getDb(), { now: new Date(), origin: origin(), send: sendMail })
			);
			log.info({ reminders: result }, 'Reminder check done');
		} catch (err) {
			log.error({ err }, 'Reminder check failed; it will be retried');
			throw err;
		}
	});
	await instance.work<InvitationJob>(QUEUES.invitation, { pollingIntervalSeconds: 2 }, async (jobs) => {
		for (const job of jobs) {
			try {
				const sent = await track(() =>
					sendMeetingInvitations(getDb(), { ...job.data, now: new Date(), origin: origin(), send: sendMail })
				);
				log.info({ meetingId: job.data.meetingId, sent }, 'Meeting invitations done');
			} catch (err) {
				log.error({ err, meetingId: job.data.meetingId }, 'Meeting invitations failed; they will be retried');
				throw err;
			}
		}
	});
	await instance.work(QUEUES.retention, async () => {
		try {
			const result = await track(() =>
				runCaseRetention(getDb(), { now: new Date(), origin: origin(), send: sendMail })
			);
			log.info({ retention: result }, 'Case retention run done');
		} catch (err) {
			log.error({ err }, 'Case retention run failed; it will be retried');
			throw err;
		}
	});
	log.info({ cron, retentionCron, timeZone: TIME_ZONE }, 'Jobs started');
}

/** Stops fetching jobs, lets a running one finish (a few seconds at most) and closes the queue's pool. */
export async function stopJobs(): Promise<void> {
	const instance = state.brugwerkJobs;
	state.brugwerkJobs = undefined;
	try {
		await instance?.stop({ graceful: true, timeout: 5_000, close: true });
	} catch (err) {
		log.warn({ err }, 'Job queue did not stop cleanly');
	}
}

/**
 * Queues the invitations of a meeting that was planned or changed. Never fails the request: the
 * meeting is saved either way, and a lost invitation is logged.
 */
export async function queueMeetingInvitations(job: InvitationJob): Promise<void> {
	try {
		const boss = state.brugwerkJobs;
		if (!boss) throw new Error('the job queue is not running');
		await boss.send(QUEUES.invitation, job);
	} catch (err) {
		log.error({ err, meetingId: job.meetingId }, 'Could not queue the meeting invitations');
	}
}
