// One typed source of truth for who may do what inside a partnership.
// Used by the server (authorisation) and by the UI (what to show).

export const ROLES = ['coordinator', 'member', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
	'partnership:read',
	'partnership:update',
	'member:read',
	'member:invite',
	'member:manage',
	'rolecard:read',
	'rolecard:write-own',
	'case:read',
	'case:write',
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
	'signal:read',
	'signal:write'
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
	'signal:read'
];

// Everyone who works in the partnership keeps its map, directory and learning log up to date and may
// put items on a meeting's agenda. Planning meetings and the information-sharing frame stay with
// the coordinators. Members also answer the scan, lead and answer reflection moments and collect
// signals; opening and closing scan rounds stays with the coordinators.
const ORGANISATION_WORK: Permission[] = [
	'network:write',
	'meeting:propose',
	'learning:write',
	'scan:answer',
	'reflection:answer',
	'reflection:run',
	'signal:write'
];

// Case content is shared among the professionals who work on cases together (coordinators and
// members, bound by shared professional secrecy). Observers, often at policy level, see counts
// only: never case content nor the agreements made in a case. See docs/decisions/0004.
const CASE_WORK: Permission[] = ['case:read', 'case:write', 'agreement:read', 'agreement:write'];

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
	coordinator: new Set(PERMISSIONS),
	member: new Set<Permission>([...READ, 'rolecard:write-own', ...CASE_WORK, ...ORGANISATION_WORK]),
	// Observers follow along but never change anything.
	observer: new Set<Permission>(READ)
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
	return role ? GRANTS[role].has(permission) : false;
}

/** The roles that have `permission`: for queries that pick people, e.g. who may hold a case action. */
export function rolesWith(permission: Permission): Role[] {
	return ROLES.filter((role) => GRANTS[role].has(permission));
}
