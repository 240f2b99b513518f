// Live updates across app instances, without a broker: PostgreSQL LISTEN/NOTIFY fans a change out
// to every instance, and each instance pushes it to its browsers over server-sent events.
//
// - A change is announced with `notifyReflection(tx, …)` inside the transaction that makes it, so
//   the notification is delivered on commit and never for a rolled-back change. Its payload holds
//   ids only (partnership, moment, kind of change), never answer text: whoever receives it re-reads
//   what changed from the database, scoped by partnership, with the rights of the viewer.
// - Each instance keeps ONE dedicated connection (outside the pool) that LISTENs; subscribers are
//   in memory, per moment. When that connection drops it is made again, and every subscriber gets
//   a `resync` (notifications sent meanwhile are lost, so they read the whole state again).
// - `sseResponse` turns a subscription into a text/event-stream: the state on connect and after
//   every change, a comment as heartbeat, cleanup when the browser goes away, and an end after a
//   while so that EventSource reconnects and the viewer is authenticated and authorised again.
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { env } from '$env/dynamic/private';
import type { Executor } from './db/client';
import { log } from './log';
import { isId } from '$lib/ids';

export const REFLECTION_CHANNEL = 'reflection';
export const REFLECTION_EVENT_KINDS = ['answer', 'group', 'status', 'agreement'] as const;
export type ReflectionEventKind = (typeof REFLECTION_EVENT_KINDS)[number];
export type ReflectionEvent = { partnershipId: string; momentId: string; kind: ReflectionEventKind };

/** What a subscriber hears: a change, "read everything again", or "the server stops". */
export type HubSignal = ReflectionEvent | { kind: 'resync' } | { kind: 'shutdown' };
export type HubListener = (signal: HubSignal) => void;

/** Announces a change of a reflection moment. Call it inside the transaction that makes the change. */
export async function notifyReflection(db: Executor, event: ReflectionEvent): Promise<void> {
	const payload = JSON.stringify({ partnershipId: event.partnershipId, momentId: event.momentId, kind: event.kind });
	await db.execute(sql`select pg_notify(${REFLECTION_CHANNEL}, ${payload})`);
}

/** A notification's payload, or null when it is not one of ours. */
export function parseReflectionPayload(payload: string | undefined): ReflectionEvent | null {
	try {
		const value = JSON.parse(payload ?? '') as Partial<ReflectionEvent>;
		if (!isId(value.partnershipId)) return null;
		if (!isId(value.momentId)) return null;
		if (!REFLECTION_EVENT_KINDS.includes(value.kind as ReflectionEventKind)) return null;
		return { partnershipId: value.partnershipId, momentId: value.momentId, kind: value.kind as ReflectionEventKind };
	} catch {
		return null;
	}
}

export type RealtimeHub = {
	/** Hears the changes of one moment of one partnership; resolves once listening (or retrying). Returns the unsubscribe. */
	subscribe(scope: { partnershipId: string; momentId: string }, listener: HubListener): Promise<() => void>;
	/** Tells every subscriber that the server stops (their streams end); the connection stays. */
	closeStreams(): void;
	/** Ends everything: subscribers hear `shutdown`, the connection closes, nothing reconnects. */
	close(): Promise<void>;
	/** The backend pid of the listening connection (tests and diagnostics), null when not connected. */
	backendPid(): number | null;
};

type Subscriber = { partnershipId: string; listener: HubListener };

export function createRealtimeHub({
	connectionString,
	applicationName,
	reconnectDelays = [250, 1000, 3000, 10_000],
	warn = (err, message) => log.warn({ err }, message)
}: {
	connectionString: string;
	applicationName: string;
	reconnectDelays?: number[];
	/** Where problems are reported (the app's log by default). */
	warn?: (err: unknown, message: string) => void;
}): RealtimeHub {
	const subscribers = new Map<string, Set<Subscriber>>();
	/** The connection being made or in use. */
	let current: pg.Client | null = null;
	let listening = false;
	let connecting: Promise<void> | null = null;
	let attempt = 0;
	let timer: ReturnType<typeof setTimeout> | null = null;
	let closed = false;

	const count = () => [...subscribers.values()].reduce((n, set) => n + set.size, 0);

	function call(listener: HubListener, signal: HubSignal) {
		try {
			listener(signal);
		} catch (err) {
			warn(err, 'A live subscriber failed');
		}
	}

	function broadcast(signal: HubSignal) {
		for (const set of [...subscribers.values()]) for (const sub of [...set]) call(sub.listener, signal);
	}

	function onNotification(message: pg.Notification) {
		if (message.channel !== REFLECTION_CHANNEL) return;
		const event = parseReflectionPayload(message.payload);
		if (!event) return;
		// The partnership must match too: a moment id alone never crosses partnerships.
		for (const sub of [...(subscribers.get(event.momentId) ?? [])])
			if (sub.partnershipId === event.partnershipId) call(sub.listener, event);
	}

	function lost(client: pg.Client, err?: Error) {
		if (client !== current) return;
		if (err) warn(err, 'The live-update connection to PostgreSQL was lost');
		current = null;
		listening = false;
		client.removeAllListeners('notification');
		client.end().catch(() => {});
		schedule();
	}

	function schedule() {
		if (closed || timer || count() === 0) return;
		const delay = reconnectDelays[Math.min(attempt, reconnectDelays.length - 1)] ?? 1000;
		attempt += 1;
		timer = setTimeout(() => {
			timer = null;
			void connect();
		}, delay);
		timer.unref?.();
	}

	function connect(): Promise<void> {
		if (closed || current) return connecting ?? Promise.resolve();
		const client = new pg.Client({
			connectionString,
			application_name: applicationName,
			keepAlive: true,
			connectionTimeoutMillis: 5000
		});
		current = client;
		client.on('notification', onNotification);
		client.on('error', (err) => lost(client, err));
		client.on('end', () => lost(client));
		connecting = (async () => {
			try {
				await client.connect();
				await client.query(`LISTEN ${REFLECTION_CHANNEL}`);
				if (client !== current) return;
				listening = true;
				attempt = 0;
				// Whatever happened while not listening was not heard: everyone reads again.
				broadcast({ kind: 'resync' });
			} catch (err) {
				lost(client, err as Error);
			} finally {
				connecting = null;
			}
		})();
		return connecting;
	}

	return {
		async subscribe({ partnershipId, momentId }, listener) {
			if (closed) throw new Error('The realtime hub is closed.');
			const sub: Subscriber = { partnershipId, listener };
			let set = subscribers.get(momentId);
			if (!set) subscribers.set(momentId, (set = new Set()));
			set.add(sub);
			if (!current) await connect();
			else if (connecting) await connecting;
			return () => {
				const mine = subscribers.get(momentId);
				mine?.delete(sub);
				if (mine && mine.size === 0) subscribers.delete(momentId);
			};
		},
		closeStreams() {
			broadcast({ kind: 'shutdown' });
			subscribers.clear();
		},
		async close() {
			closed = true;
			if (timer) clearTimeout(timer);
			timer = null;
			broadcast({ kind: 'shutdown' });
			subscribers.clear();
			const client = current;
			current = null;
			listening = false;
			await client?.end().catch(() => {});
		},
		backendPid() {
			return listening ? ((current as unknown as { processID?: number } | null)?.processID ?? null) : null;
		}
	};
}

// Kept on globalThis so that a module reload in development does not open a second connection.
const HUB = Symbol.for('brugwerk.realtime-hub');
const holder = globalThis as typeof globalThis & { [HUB]?: RealtimeHub };

/** This instance's hub, on the app's DATABASE_URL; made on first use. */
export function getRealtime(): RealtimeHub {
	const existing = holder[HUB];
	if (existing) return existing;
	if (!env.DATABASE_URL) throw new Error('DATABASE_URL is not set (start the app with `npm start`).');
	const made = createRealtimeHub({ connectionString: env.DATABASE_URL, applicationName: `brugwerk:${process.pid}` });
	holder[HUB] = made;
	// Event streams never end by themselves, and adapter-node's graceful shutdown waits for open
	// requests: end them on the signal (only where someone else already handles it, so that this
	// listener never swallows a Ctrl-C), then close the connection with the pool.
	for (const signal of ['SIGTERM', 'SIGINT'] as const)
		if (process.listenerCount(signal) > 0) process.once(signal, () => made.closeStreams());
	process.once('sveltekit:shutdown', () => void made.close());
	return made;
}

// ---------------------------------------------------------------------------------------------
// Server-sent events

export type SseOptions = {
	/** The request's signal: aborted when the browser goes away. */
	signal: AbortSignal;
	subscribe: (listener: HubListener) => Promise<() => void>;
	/** The state to push (read from the database with the viewer's rights); null ends the stream. */
	read: () => Promise<unknown | null>;
	event?: string;
	heartbeatMs?: number;
	/** After this the stream ends and EventSource reconnects, which authenticates the viewer again. */
	maxLifeMs?: number;
	retryMs?: number;
};

export const SSE_HEADERS = {
	'content-type': 'text/event-stream; charset=utf-8',
	'cache-control': 'no-store',
	// Proxies (nginx) must pass every event on at once.
	'x-accel-buffering': 'no'
} as const;

export function sseResponse({
	signal,
	subscribe,
	read,
	event = 'state',
	heartbeatMs = 20_000,
	maxLifeMs = 10 * 60_000,
	retryMs = 3000
}: SseOptions): Response {
	const encoder = new TextEncoder();
	let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
	let done = false;
	let unsubscribe: (() => void) | null = null;
	let heartbeat: ReturnType<typeof setInterval> | undefined;
	let lifetime: ReturnType<typeof setTimeout> | undefined;
	let busy = false;
	let again = false;
	let last = '';

	function finish() {
		if (done) return;
		done = true;
		clearInterval(heartbeat);
		clearTimeout(lifetime);
		signal.removeEventListener('abort', finish);
		unsubscribe?.();
		unsubscribe = null;
		try {
			controller?.close();
		} catch {
			// already closed or cancelled
		}
	}

	function send(text: string) {
		if (done || !controller) return;
		try {
			controller.enqueue(encoder.encode(text));
		} catch {
			finish();
		}
	}

	/** Reads and sends the state; changes that arrive meanwhile lead to one more read, not one each. */
	async function push() {
		if (busy) {
			again = true;
			return;
		}
		busy = true;
		try {
			do {
				again = false;
				const state = await read();
				if (done) return;
				if (state === null) return finish();
				const json = JSON.stringify(state);
				if (json !== last) {
					last = json;
					send(`event: ${event}\ndata: ${json}\n\n`);
				}
			} while (again && !done);
		} catch (err) {
			log.warn({ err }, 'A live update could not be read');
		} finally {
			busy = false;
		}
	}

	async function begin() {
		if (signal.aborted) return finish();
		signal.addEventListener('abort', finish, { once: true });
		send(`retry: ${retryMs}\n\n`);
		try {
			// Subscribe first, then read: a change between the two is not missed.
			const off = await subscribe((s) => (s.kind === 'shutdown' ? finish() : void push()));
			if (done) off();
			else unsubscribe = off;
		} catch (err) {
			log.warn({ err }, 'Could not subscribe to live updates');
			return finish();
		}
		heartbeat = setInterval(() => send(': keep-alive\n\n'), heartbeatMs);
		lifetime = setTimeout(finish, maxLifeMs);
		heartbeat.unref?.();
		lifetime.unref?.();
		await push();
	}

	const stream = new ReadableStream<Uint8Array>({
		start(c) {
			controller = c;
			void begin();
		},
		cancel() {
			finish();
		}
	});
	return new Response(stream, { headers: { ...SSE_HEADERS } });
}
