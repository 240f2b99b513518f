// A form draft: what someone typed in a long form and has not saved yet (ADR 0025). The form key
// names the form and the record it edits; the values are the form's fields as the browser has them.
import { z } from 'zod';
import { isId } from '$lib/ids';
import { caseSections, type CaseSectionKind } from '$lib/content/cases';
import { getMethod } from '$lib/content/methods';
import type { Permission } from '$lib/domain/permissions/permissions';

/** The most a draft may hold, counted as JSON characters: a few long texts, never a dump. */
export const DRAFT_MAX_CHARS = 60_000;
export const DRAFT_MAX_FIELDS = 80;

/** The form keys, built in one place so the pages and the endpoint agree. */
export const draftKey = {
	caseSection: (caseId: string, kind: CaseSectionKind) => `case:${caseId}:section:${kind}`,
	perspective: (caseId: string) => `case:${caseId}:perspective`,
	caseAgreement: (caseId: string) => `case:${caseId}:agreement`,
	agreement: (agreementId: string) => `agreement:${agreementId}`,
	newMeeting: () => 'meeting:new',
	meeting: (meetingId: string) => `meeting:${meetingId}`,
	meetingAgreement: (meetingId: string) => `meeting:${meetingId}:agreement`,
	newSignal: () => 'signal:new',
	goal: () => 'goal',
	newCovenant: () => 'covenant:new',
	covenant: (covenantId: string) => `covenant:${covenantId}`,
	newTask: () => 'task:new',
	task: (taskId: string) => `task:${taskId}`,
	newContinuityItem: () => 'continuity:new',
	continuityItem: (itemId: string) => `continuity:${itemId}`,
	pilotLookBack: (pilotId: string) => `pilot:${pilotId}:lookback`,
	worksheetStep: (method: string, step: string) => `worksheet:${method}:${step}`,
	worksheetAgreement: (method: string, step: string) => `worksheet:${method}:${step}:agreement`
};

/** A step of a method whose shared answers a partnership saves (not the role card, which has its own drafts). */
function isSharedStep(method: string, step: string): boolean {
	const found = getMethod(method)?.steps.find((s) => s.slug === step);
	return Boolean(found && found.worksheet !== 'role-card');
}

/** What a form key points at; null for a key no form uses. */
export type DraftTarget =
	| { kind: 'case'; caseId: string }
	| { kind: 'agreement'; agreementId: string }
	| { kind: 'meeting'; meetingId: string | null; permissions: Permission[] }
	| { kind: 'plain'; permissions: Permission[] }
	/** A worksheet record of the partnership that the form edits. */
	| { kind: 'worksheet'; record: 'covenant' | 'pilot' | 'task' | 'continuity'; id: string };

export function parseDraftKey(key: string): DraftTarget | null {
	const [head, id, ...rest] = key.split(':');
	const tail = rest.join(':');
	if (head === 'case' && id && isId(id)) {
		const ok =
			tail === 'perspective' ||
			tail === 'agreement' ||
			(tail.startsWith('section:') && Object.hasOwn(caseSections, tail.slice('section:'.length)));
		return ok ? { kind: 'case', caseId: id } : null;
	}
	if (head === 'agreement' && id && isId(id) && !tail) return { kind: 'agreement', agreementId: id };
	if (head === 'meeting' && id === 'new' && !tail)
		return { kind: 'meeting', meetingId: null, permissions: ['meeting:write'] };
	if (head === 'meeting' && id && isId(id) && !tail)
		return { kind: 'meeting', meetingId: id, permissions: ['meeting:write'] };
	if (head === 'meeting' && id && isId(id) && tail === 'agreement')
		return { kind: 'meeting', meetingId: id, permissions: ['meeting:write', 'agreement:write'] };
	if (key === 'signal:new') return { kind: 'plain', permissions: ['signal:write'] };
	if (key === 'goal') return { kind: 'plain', permissions: ['goal:write'] };
	// Worksheet records: a new covenant, task or contact, or the record's id (kept only when the
	// record is in this partnership); a pilot's look back.
	if ((head === 'covenant' || head === 'task' || head === 'continuity') && id === 'new' && !tail)
		return { kind: 'plain', permissions: ['worksheet:write'] };
	if ((head === 'covenant' || head === 'task' || head === 'continuity') && id && isId(id) && !tail)
		return { kind: 'worksheet', record: head, id };
	if (head === 'pilot' && id && isId(id) && tail === 'lookback') return { kind: 'worksheet', record: head, id };
	if (head === 'worksheet' && id && rest[0] && isSharedStep(id, rest[0])) {
		if (rest.length === 1) return { kind: 'plain', permissions: ['worksheet:write'] };
		if (rest.length === 2 && rest[1] === 'agreement')
			return { kind: 'plain', permissions: ['worksheet:write', 'agreement:write'] };
	}
	return null;
}

/** Who may keep any draft at all: someone who may write one of the forms that have drafts. */
export const DRAFT_PERMISSIONS: Permission[] = [
	'case:write',
	'agreement:write',
	'meeting:write',
	'signal:write',
	'goal:write',
	'worksheet:write'
];

/** The permissions that saving the form itself needs: a draft is never wider than the form. */
export function draftPermissions(target: DraftTarget): Permission[] {
	if (target.kind === 'case') return ['case:write'];
	if (target.kind === 'agreement') return ['agreement:write'];
	if (target.kind === 'worksheet') return ['worksheet:write'];
	return target.permissions;
}

const formKey = z
	.string()
	.max(200)
	.refine((key) => parseDraftKey(key) !== null);

/** A field as FormData gives it: one text, or several for checkboxes and multiple selects. */
const fieldValue = z.union([z.string().max(DRAFT_MAX_CHARS), z.array(z.string().max(DRAFT_MAX_CHARS)).max(200)]);

export const draftValuesSchema = z
	.record(z.string().max(100), fieldValue)
	.refine((values) => Object.keys(values).length <= DRAFT_MAX_FIELDS);
export type DraftValues = z.infer<typeof draftValuesSchema>;

/** What the autosave posts: the values with the version the form was loaded with, or a discard. */
export const draftBodySchema = z.discriminatedUnion('action', [
	z.object({
		action: z.literal('save'),
		formKey,
		values: draftValuesSchema,
		version: z.number().int().min(0).max(2_147_483_647).nullable()
	}),
	z.object({ action: z.literal('discard'), formKey })
]);

/** The query of a read: which form. */
export const draftQuerySchema = z.object({ formKey });
