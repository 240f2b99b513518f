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
	'rolecard:write-own'
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ: Permission[] = ['partnership:read', 'member:read', 'rolecard:read'];

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
	coordinator: new Set(PERMISSIONS),
	member: new Set<Permission>([...READ, 'rolecard:write-own']),
	// Observers (often policy level) follow along but never change anything.
	observer: new Set<Permission>(READ)
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
	return role ? GRANTS[role].has(permission) : false;
}
