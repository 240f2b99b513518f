import { describe, expect, it } from 'vitest';
import { sseResponse, type HubListener } from './realtime';

/** Reads the stream until `until` matches the text so far (or it ends). */
async function readUntil(
	reader: ReadableStreamDefaultReader<Uint8Array>,
	until: (text: string) => boolean,
	sofar = ''
) {
	const decoder = new TextDecoder();
	let text = sofar;
	while (!until(text)) {
		const { done, value } = await reader.read();
		if (done) return { text, done: true };
		text += decoder.decode(value);
	}
	return { text, done: false };
}

function setup(states: unknown[]) {
	let listener: HubListener | null = null;
	let unsubscribed = 0;
	const controller = new AbortController();
	let i = 0;
	const response = sseResponse({
		signal: controller.signal,
		subscribe: async (l) => {
			listener = l;
			return () => {
				unsubscribed += 1;
			};
		},
		read: async () => (i < states.length ? states[i++] : states.at(-1)) ?? null,
		heartbeatMs: 20,
		retryMs: 1500
	});
	return {
		response,
		controller,
		emit: (s: Parameters<HubListener>[0]) => listener?.(s),
		unsubscribed: () => unsubscribed
	};
}

describe('server-sent events', () => {
	it('sends the retry delay, the state, each changed state once, heartbeats; ends and unsubscribes on abort', async () => {
		const t = setup([{ n: 1 }, { n: 1 }, { n: 2 }]);
		expect(t.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
		expect(t.response.headers.get('cache-control')).toBe('no-store');
		const reader = t.response.body!.getReader();
		let read = await readUntil(reader, (s) => s.includes('data: {"n":1}'));
		expect(read.text.startsWith('retry: 1500\n\n')).toBe(true);
		expect(read.text).toContain('event: state\ndata: {"n":1}\n\n');
		t.emit({ kind: 'resync' }); // same state: nothing sent
		t.emit({ partnershipId: 'p', momentId: 'm', kind: 'answer' });
		read = await readUntil(reader, (s) => s.includes('data: {"n":2}'), read.text);
		expect(read.text.match(/event: state/g)).toHaveLength(2);
		read = await readUntil(reader, (s) => s.includes(': keep-alive'), read.text);
		t.controller.abort();
		read = await readUntil(reader, () => false, read.text);
		expect(read.done).toBe(true);
		expect(t.unsubscribed()).toBe(1);
	});

	it('ends when the server stops, and when the viewer may no longer read (null)', async () => {
		const stopping = setup([{ n: 1 }]);
		const reader = stopping.response.body!.getReader();
		await readUntil(reader, (s) => s.includes('data:'));
		stopping.emit({ kind: 'shutdown' });
		expect((await readUntil(reader, () => false)).done).toBe(true);
		expect(stopping.unsubscribed()).toBe(1);

		const removed = setup([{ n: 1 }, null]);
		const second = removed.response.body!.getReader();
		await readUntil(second, (s) => s.includes('data:'));
		removed.emit({ partnershipId: 'p', momentId: 'm', kind: 'status' });
		expect((await readUntil(second, () => false)).done).toBe(true);
		expect(removed.unsubscribed()).toBe(1);
	});

	it('ends and unsubscribes when the browser goes away (the stream is cancelled)', async () => {
		const t = setup([{ n: 1 }]);
		const reader = t.response.body!.getReader();
		await readUntil(reader, (s) => s.includes('data:'));
		await reader.cancel();
		expect(t.unsubscribed()).toBe(1);
	});
});
