// A small reader of the .eml files in the outbox (src/lib/server/mail.ts), for the database tests
// and the Playwright journeys: headers (with encoded words decoded), and every leaf part of the
// MIME tree decoded from quoted-printable or base64. Enough for what Brugwerk writes; not a full
// RFC 5322 parser.

export interface EmlPart {
	/** e.g. 'text/plain', lower case */
	type: string;
	params: Record<string, string>;
	/** The attachment's file name, if any. */
	filename: string | null;
	/** The decoded content as UTF-8 text. */
	content: string;
}

export interface Eml {
	headers: Record<string, string[]>;
	header: (name: string) => string | undefined;
	subject: string;
	to: string;
	from: string;
	parts: EmlPart[];
	text: string;
	html: string;
	attachments: EmlPart[];
}

function splitHead(raw: string): { head: string; body: string } {
	const m = /\r?\n\r?\n/.exec(raw);
	if (!m) return { head: raw, body: '' };
	return { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) };
}

function parseHeaders(head: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
		const i = line.indexOf(':');
		if (i <= 0) continue;
		const name = line.slice(0, i).trim().toLowerCase();
		(out[name] ??= []).push(line.slice(i + 1).trim());
	}
	return out;
}

function bytesToUtf8(bytes: number[]): string {
	return Buffer.from(bytes).toString('utf8');
}

function decodeQuotedPrintable(input: string, underscoreIsSpace = false): string {
	const text = input.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
			bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
			i += 2;
		} else if (underscoreIsSpace && c === '_') bytes.push(0x20);
		else bytes.push(...Buffer.from(c, 'utf8'));
	}
	return bytesToUtf8(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=). */
export function decodeWords(value: string): string {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, enc: string, data: string) =>
			enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data, true)
		);
}

function parseParams(value: string): { value: string; params: Record<string, string> } {
	const [first, ...rest] = value.split(';');
	const params: Record<string, string> = {};
	for (const p of rest) {
		const i = p.indexOf('=');
		if (i < 0) continue;
		const key = p.slice(0, i).trim().toLowerCase();
		let v = p.slice(i + 1).trim();
		if (v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
		if (key.endsWith('*')) {
			// RFC 2231: utf-8''percent-encoded
			params[key.slice(0, -1)] = decodeURIComponent(v.replace(/^[^']*'[^']*'/, ''));
		} else params[key] = decodeWords(v);
	}
	return { value: (first ?? '').trim().toLowerCase(), params };
}

function decodeBody(body: string, encoding: string | undefined): string {
	switch ((encoding ?? '7bit').toLowerCase()) {
		case 'base64':
			return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
		case 'quoted-printable':
			return decodeQuotedPrintable(body);
		default:
			return body;
	}
}

function leaves(head: Record<string, string[]>, body: string): EmlPart[] {
	const type = parseParams(head['content-type']?.[0] ?? 'text/plain');
	if (type.value.startsWith('multipart/')) {
		const boundary = type.params.boundary;
		if (!boundary) return [];
		const chunks = body.split(`--${boundary}`);
		// Before the first boundary is the preamble; after the closing "--" the epilogue.
		return chunks
			.slice(1)
			.filter((chunk) => !chunk.startsWith('--'))
			.flatMap((chunk) => {
				const { head: h, body: b } = splitHead(chunk.replace(/^\r?\n/, ''));
				return leaves(parseHeaders(h), b.replace(/\r?\n$/, ''));
			});
	}
	const disposition = parseParams(head['content-disposition']?.[0] ?? '');
	return [
		{
			type: type.value,
			params: type.params,
			filename: disposition.params.filename ?? type.params.name ?? null,
			content: decodeBody(body, head['content-transfer-encoding']?.[0])
		}
	];
}

/** Reads one .eml file's text. */
export function parseEml(raw: string): Eml {
	const { head, body } = splitHead(raw);
	const headers = parseHeaders(head);
	const header = (name: string) => {
		const v = headers[name.toLowerCase()]?.[0];
		return v === undefined ? undefined : decodeWords(v);
	};
	const parts = leaves(headers, body);
	const inline = parts.filter((p) => !p.filename);
	return {
		headers,
		header,
		subject: header('subject') ?? '',
		to: header('to') ?? '',
		from: header('from') ?? '',
		parts,
		text: inline.find((p) => p.type === 'text/plain')?.content ?? '',
		html: inline.find((p) => p.type === 'text/html')?.content ?? '',
		attachments: parts.filter((p) => p.filename)
	};
}
