import { z } from 'zod';

/** What a case's audit log can be narrowed to: who read it, who changed it, and who saved despite the guard. */
export const AUDIT_VIEWS = ['read', 'change', 'save-anyway'] as const;
export type AuditView = (typeof AUDIT_VIEWS)[number];

/** The log's filter, from the query string; anything unknown means everything. */
export const auditFilterSchema = z.object({
	soort: z.enum(AUDIT_VIEWS).or(z.literal('')).catch('')
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
