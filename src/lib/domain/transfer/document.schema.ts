import { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';

export const PARTNERSHIP_FORMAT = 'brugwerk-partnership';
export const PARTNERSHIP_VERSION = 1;

const row = z.record(z.string(), z.unknown());

/** One partnership as a file: what the export writes and the import reads (ADR 0020). */
export const partnershipDocumentSchema = z.object({
	format: z.literal(PARTNERSHIP_FORMAT, { error: () => m.xfer_err_foreign() }),
	version: z
		.number({ error: () => m.xfer_err_malformed() })
		.int()
		.min(1, { error: () => m.xfer_err_malformed() })
		.max(PARTNERSHIP_VERSION, { error: () => m.xfer_err_newer() }),
	exportedAt: z.iso.datetime({ offset: true, error: () => m.xfer_err_malformed() }),
	partnership: z.object({
		name: z.string(),
		region: z.string(),
		description: z.string(),
		requireSecondFactor: z.boolean(),
		caseRetentionMonths: z.number().int().positive(),
		createdAt: z.string()
	}),
	people: z.array(z.object({ key: z.string().min(1), name: z.string(), email: z.string().nullable() })),
	tables: z.record(z.string(), z.array(row))
});
export type PartnershipDocument = z.infer<typeof partnershipDocumentSchema>;

export type DocumentProblem = 'malformed' | 'foreign' | 'newer';

/** Reads a parsed JSON value as a partnership document, or says why it is not one. */
export function readPartnershipDocument(
	value: unknown
): { ok: true; document: PartnershipDocument } | { ok: false; reason: DocumentProblem } {
	if (typeof value !== 'object' || value === null) return { ok: false, reason: 'malformed' };
	const v = value as Record<string, unknown>;
	if (v.format !== PARTNERSHIP_FORMAT) return { ok: false, reason: 'foreign' };
	if (typeof v.version === 'number' && v.version > PARTNERSHIP_VERSION) return { ok: false, reason: 'newer' };
	const parsed = partnershipDocumentSchema.safeParse(value);
	return parsed.success ? { ok: true, document: parsed.data } : { ok: false, reason: 'malformed' };
}

/** The largest file the import reads; the server's BODY_SIZE_LIMIT (scripts/start.js) is above it. */
export const IMPORT_LIMIT_MB = 20;

/** Why an upload could not be read as a document, before any domain rule. */
export type UploadProblem = 'no-file' | 'too-large' | 'malformed';

/** Reads the uploaded file of the import form as JSON. */
export async function readUpload(
	file: FormDataEntryValue | null
): Promise<{ ok: true; value: unknown } | { ok: false; reason: UploadProblem }> {
	if (!file || typeof file === 'string' || file.size === 0) return { ok: false, reason: 'no-file' };
	if (file.size > IMPORT_LIMIT_MB * 1024 * 1024) return { ok: false, reason: 'too-large' };
	try {
		return { ok: true, value: JSON.parse(await file.text()) };
	} catch {
		return { ok: false, reason: 'malformed' };
	}
}

/** The message next to the file field for each reason an import was refused. */
export function importProblemMessage(reason: UploadProblem | DocumentProblem | 'not-empty'): string {
	switch (reason) {
		case 'no-file':
			return m.xfer_err_no_file();
		case 'too-large':
			return m.xfer_err_too_large({ mb: IMPORT_LIMIT_MB });
		case 'malformed':
			return m.xfer_err_malformed();
		case 'foreign':
			return m.xfer_err_foreign();
		case 'newer':
			return m.xfer_err_newer();
		case 'not-empty':
			return m.xfer_err_not_empty();
	}
}
