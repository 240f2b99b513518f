import pino from 'pino';

/** JSON logs to stdout; errors carry the request id shown on the error page. */
export const log = pino({
	level: process.env.LOG_LEVEL ?? 'info',
	base: { app: 'brugwerk' },
	redact: ['password', '*.password', 'req.headers.cookie']
});
