// One typed source of truth for who may do what inside a partnership.
// Used by the server (authorisation) and by the UI (what to show).

export const ROLES = ['coordinator', 'member', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** Who starts a partnership coordinates it. */
export const FOUNDER_ROLE: Role = 'coordinator';
/** What an invitation offers unless the coordinator picks another role. */
export const DEFAULT_INVITE_ROLE: Role = 'member';

export const PERMISSIONS = [
	'partnership:read',
	'partnership:update',
	// The whole partnership as one file out, and such a file into an empty partnership (ADR 0020).
	'partnership:export',
	'partnership:import',
	'member:read',
	'member:invite',
	'member:manage',
	// Someone's own organisation and function in the partnership; `:any` for a coordinator.
	'member:profile:own',
	'member:profile:any',
	'rolecard:read',
	'rolecard:write-own',
	// `case:read` and `case:write` open the case list and let one start a case and be its partner.
	// The content of one case (its parts, perspectives, RASCI, agreements, consent) is asked with
	// canOn(role, 'case:content', { owns }): `:own` for the case's partners, `:any` for the
	// coordinators (ADR 0023).
	'case:read',
	'case:write',
	'case:content:own',
	'case:content:any',
	'case:audit',
	'agreement:read',
	'agreement:write',
	// Organisation level: the directory, network map, expertise overview and mandates.
	'network:read',
	'network:write',
	'meeting:read',
	'meeting:propose',
	'meeting:write',
	'learning:read',
	'learning:write',
	// Ownership-aware (as in the Epic Stack): `:own` on a record the user owns, `:any` on every record.
	// Ask these with canOn(), which knows the owner.
	'learning:edit:own',
	'learning:edit:any',
	'learning:delete:own',
	'learning:delete:any',
	'sharing:read',
	'sharing:write',
	// The common goal: everyone reads it, the coordinators write it down with the partners.
	'goal:write',
	// Evaluate and steer. Scan results and signals are aggregated: observers at policy level read them.
	'scan:read',
	'scan:answer',
	'scan:manage',
	'reflection:read',
	'reflection:answer',
	'reflection:run',
	// Run a moment (group, make agreements, close): its facilitator, or a coordinator for any moment.
	'reflection:run:own',
	'reflection:run:any',
	'signal:read',
	'signal:write',
	// The methods' worksheets and the records they leave (ADR 0030): the shared answers per step, the
	// covenant or action plan, pilots, recurring tasks with RASCI, the continuity plan, the glossary.
	'worksheet:read',
	'worksheet:write',
	// Deleting a record: its maker (`:own`) or a coordinator (`:any`), asked with canOn().
	'worksheet:delete:own',
	'worksheet:delete:any'
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = [
	'partnership:read',
	'member:read',
	'rolecard:read',
	'network:read',
	'meeting:read',
	'learning:read',
	'sharing:read',
	'scan:read',
	'reflection:read',
	'signal:read',
	'worksheet:read'
];

// Everyone who works in the partnership keeps its map, directory and learning log up to date and may
// put items on a meeting's agenda. Planning meetings and the information-sharing frame stay with
// the coordinators. Members also answer the scan, lead and answer reflection moments and collect
// signals; opening and closing scan rounds stays with the coordinators.
const ORGANISATION_WORK: Permission[] = [
	'network:write',
	'meeting:propose',
	'learning:write',
	'learning:edit:own',
	'learning:delete:own',
	'scan:answer',
	'reflection:answer',
	'reflection:run',
	'reflection:run:own',
	'signal:write',
	'worksheet:write',
	'worksheet:delete:own'
];

// Case content is shared among the professionals who work on that case together: its partners and
// the coordinators, bound by shared professional secrecy (ADR 0023). Other members see its code and
// status and may ask for access. Observers, often at policy level, see counts only: never case
// content nor the agreements made in a case (ADR 0004).
const CASE_WORK: Permission[] = ['case:read', 'case:write', 'case:content:own', 'agreement:read', 'agreement:write'];

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
	coordinator: new Set(PERMISSIONS),
	member: new Set<Permission>([
		...READ,
		'member:profile:own',
		'rolecard:write-own',
		...CASE_WORK,
		...ORGANISATION_WORK
	]),
	// Observers follow along but never change anything, except who they are themselves (they may
	// leave too).
	observer: new Set<Permission>([...READ, 'member:profile:own'])
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
	return role ? GRANTS[role].has(permission) : false;
}

/** The roles that have `permission`: for queries that pick people (`inArray(memberships.role, rolesWith(…))`). */
export function rolesWith(permission: Permission): Role[] {
	return ROLES.filter((role) => GRANTS[role].has(permission));
}

/** An action with an `:own` and an `:any` permission, e.g. 'learning:edit'. */
export type OwnedAction = {
	[P in Permission]: P extends `${infer A}:own` ? (`${A}:any` extends Permission ? A : never) : never;
}[Permission];

/**
 * Who owns a record: its one owner (author, facilitator), or `owns` for a record with several
 * (a case is owned by each of its partners).
 */
export type Ownership = { ownerId: string | null; userId: string } | { owns: boolean };

/**
 * `action` on one record: allowed with `action:any`, or with `action:own` when the user owns the
 * record (its author, its facilitator, a partner of the case). A record without owner (the author
 * left) is nobody's own.
 */
export function canOn(role: Role | null | undefined, action: OwnedAction, ownership: Ownership): boolean {
	if (can(role, `${action}:any`)) return true;
	const owns =
		'owns' in ownership ? ownership.owns : ownership.ownerId !== null && ownership.ownerId === ownership.userId;
	return owns && can(role, `${action}:own`);
}

// Who may be given a place in a record. Each place follows from a permission, so the page's list
// of candidates and the domain function's check (allMayHold) cannot drift apart.
const HOLDERS = {
	// Case partners and RASCI holders work on the case; observers see no case content (ADR 0004).
	'case:partner': 'case:write',
	'case:rasci': 'case:write',
	'agreement:owner': 'agreement:write',
	// Fills in a role card (and is counted as missing one until they do).
	'rolecard:holder': 'rolecard:write-own',
	// Answers the scan, so counts towards the groups kept with an answer.
	'scan:respondent': 'scan:answer',
	// Invited to a new meeting by default; anyone can still be added by hand.
	'meeting:invitee': 'meeting:propose',
	// Owns a pilot, holds or backs up a contact of the continuity plan, has a letter on a recurring task.
	'pilot:owner': 'worksheet:write',
	'continuity:holder': 'worksheet:write',
	'task:rasci': 'worksheet:write'
} as const satisfies Record<string, Permission>;
export type Holding = keyof typeof HOLDERS;

/** Whether a member with `role` may hold `holding`, e.g. be a case partner or own an agreement. */
export function mayHold(role: Role | null | undefined, holding: Holding): boolean {
	return can(role, HOLDERS[holding]);
}

/** The roles that may hold `holding`: for queries that check or pick people. */
export function rolesHolding(holding: Holding): Role[] {
	return rolesWith(HOLDERS[holding]);
}
