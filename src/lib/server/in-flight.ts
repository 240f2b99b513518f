// Requests still being handled. On shutdown the database pool closes only after they finish:
// a client that drops its connection makes adapter-node's close() return before the work is done.
let active = 0;
const idle: (() => void)[] = [];

export async function track<T>(work: () => Promise<T>): Promise<T> {
	active++;
	try {
		return await work();
	} finally {
		active--;
		if (active === 0) for (const resolve of idle.splice(0)) resolve();
	}
}

/** Resolves when no request is in flight, or after `timeoutMs`. */
export function whenIdle(timeoutMs = 10_000): Promise<void> {
	if (active === 0) return Promise.resolve();
	return new Promise((resolve) => {
		idle.push(resolve);
		setTimeout(resolve, timeoutMs).unref();
	});
}
