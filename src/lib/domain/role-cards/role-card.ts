export type RoleCardStatus = 'empty' | 'draft' | 'saved';

export function roleCardStatus(
	card: { savedAt: Date | null; draftSavedAt: Date | null } | null | undefined
): RoleCardStatus {
	if (card?.savedAt) return 'saved';
	if (card?.draftSavedAt) return 'draft';
	return 'empty';
}
