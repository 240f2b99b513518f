import { todayInBelgium } from '$lib/dates';
// The life of an agreement: open until it is done, adjusted (changed and still running) or dropped.
// Done and dropped agreements can be reopened; nothing jumps silently.

import { AGREEMENT_STATUSES, type AgreementStatus } from '$lib/domain/partnerships/enums';
export { AGREEMENT_STATUSES, type AgreementStatus };

const NEXT: Record<AgreementStatus, readonly AgreementStatus[]> = {
	open: ['done', 'adjusted', 'dropped'],
	adjusted: ['done', 'adjusted', 'dropped', 'open'],
	done: ['open'],
	dropped: ['open']
};

export function canMoveTo(from: AgreementStatus, to: AgreementStatus): boolean {
	return from === to || NEXT[from].includes(to);
}

export function nextStatuses(from: AgreementStatus): readonly AgreementStatus[] {
	return NEXT[from];
}

/** Still to do: open, or adjusted and running. */
export function isActive(status: AgreementStatus): boolean {
	return status === 'open' || status === 'adjusted';
}

/** Active and past its due date (dates as YYYY-MM-DD in Belgian time). */
export function isOverdue(
	a: { status: AgreementStatus; dueDate: string | null },
	today: string = todayInBelgium()
): boolean {
	return isActive(a.status) && a.dueDate !== null && a.dueDate < today;
}
