// The network map of a partnership: nodes on the micro/meso/macro rings and the links between them.
// Every query is scoped by partnership id; a node or link of another partnership is "not found".
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { networkLinks, networkNodes, organisations } from '$lib/server/db/schema';
import type { Level } from '$lib/domain/partnerships/enums';
import { clampToMap, freeSpot, isInRing, levelAt, type Point } from './map-model';
import type { LinkInput, NodeInput } from './network.schema';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';

export type NetworkNodeRow = typeof networkNodes.$inferSelect;
export type NetworkLinkRow = typeof networkLinks.$inferSelect;
export type NetworkMap = { nodes: NetworkNodeRow[]; links: NetworkLinkRow[] };

type Scope = { partnershipId: string };

/** Every node and link of the partnership's map, in the order they were made. */
export async function getNetworkMap(db: Executor, { partnershipId }: Scope): Promise<NetworkMap> {
	const [nodes, links] = await Promise.all([
		db
			.select()
			.from(networkNodes)
			.where(eq(networkNodes.partnershipId, partnershipId))
			.orderBy(asc(networkNodes.createdAt), asc(networkNodes.id)),
		db
			.select()
			.from(networkLinks)
			.where(eq(networkLinks.partnershipId, partnershipId))
			.orderBy(asc(networkLinks.createdAt), asc(networkLinks.id))
	]);
	return { nodes, links };
}

/** The directory's organisations, with whether each already stands on the map (for "put it on the map"). */
export async function listDirectoryForMap(db: Executor, { partnershipId }: Scope) {
	return (
		db
			.select({
				id: organisations.id,
				name: organisations.name,
				sector: organisations.sector,
				level: organisations.level,
				onMap: sql<boolean>`${networkNodes.id} is not null`
			})
			.from(organisations)
			// At most one node per organisation (a unique constraint).
			.leftJoin(
				networkNodes,
				and(eq(networkNodes.partnershipId, partnershipId), eq(networkNodes.organisationId, organisations.id))
			)
			.where(eq(organisations.partnershipId, partnershipId))
			.orderBy(asc(organisations.name))
	);
}

async function takenPositions(db: Executor, partnershipId: string, except?: string): Promise<Point[]> {
	return db
		.select({ x: networkNodes.x, y: networkNodes.y })
		.from(networkNodes)
		.where(and(eq(networkNodes.partnershipId, partnershipId), except ? ne(networkNodes.id, except) : undefined));
}

type Organisation = typeof organisations.$inferSelect;

async function findOrganisation(db: Executor, partnershipId: string, organisationId: string) {
	const [org] = await db
		.select()
		.from(organisations)
		.where(and(eq(organisations.partnershipId, partnershipId), eq(organisations.id, organisationId)));
	return org ?? null;
}

async function organisationOnMap(db: Executor, partnershipId: string, organisationId: string, except?: string) {
	const [found] = await db
		.select({ id: networkNodes.id })
		.from(networkNodes)
		.where(
			and(
				eq(networkNodes.partnershipId, partnershipId),
				eq(networkNodes.organisationId, organisationId),
				except ? ne(networkNodes.id, except) : undefined
			)
		);
	return Boolean(found);
}

/** What a node takes from its organisation in the directory when the form leaves it empty. */
function fromOrganisation(input: NodeInput, org: Organisation | null) {
	if (!org) return { ...input, organisationId: null };
	return {
		...input,
		kind: 'organisation' as const,
		organisationId: org.id,
		label: input.label || org.name,
		sector: input.sector ?? org.sector,
		contact: input.contact || [org.contactPerson, org.reachability].filter(Boolean).join(' · '),
		expertise: input.expertise || org.expertise.join(', ')
	};
}

export type NodeProblem = { ok: false; reason: 'organisation-not-found' | 'organisation-on-map' };

/** A new node, on a free spot of its level's ring. */
export async function createNode(
	db: Db,
	{ partnershipId, input }: Scope & { input: NodeInput }
): Promise<{ ok: true; id: string; label: string } | NodeProblem> {
	return db.transaction(async (tx) => {
		// One map per partnership is edited by one transaction at a time: free spots stay free.
		await lockMap(tx, partnershipId);
		const org = input.organisationId ? await findOrganisation(tx, partnershipId, input.organisationId) : null;
		if (input.organisationId && !org) return { ok: false, reason: 'organisation-not-found' } as const;
		if (org && (await organisationOnMap(tx, partnershipId, org.id)))
			return { ok: false, reason: 'organisation-on-map' } as const;
		const values = fromOrganisation(input, org);
		const spot = freeSpot(values.level, await takenPositions(tx, partnershipId));
		const [created] = await tx
			.insert(networkNodes)
			.values({ partnershipId, ...values, ...spot })
			.returning({ id: networkNodes.id });
		return { ok: true, id: created!.id, label: values.label } as const;
	});
}

/** Serialises edits that place nodes on one partnership's map (a transaction-level advisory lock). */
async function lockMap(tx: Executor, partnershipId: string) {
	await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`network-map:${partnershipId}`}))`);
}

export type UpdateNodeResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: NetworkNodeRow }
	| NodeProblem;

/** Changes a node's details. A new level moves it to a free spot on that ring. */
export async function updateNode(
	db: Db,
	{ partnershipId, nodeId, version, input }: Scope & { nodeId: string; version: number; input: NodeInput }
): Promise<UpdateNodeResult> {
	return db.transaction(async (tx) => {
		await lockMap(tx, partnershipId);
		const locked = await lockVersioned(tx, networkNodes, {
			match: [eq(networkNodes.partnershipId, partnershipId), eq(networkNodes.id, nodeId)],
			version
		});
		if (!locked.ok) return locked;
		const current = locked.row;
		const org = input.organisationId ? await findOrganisation(tx, partnershipId, input.organisationId) : null;
		if (input.organisationId && !org) return { ok: false, reason: 'organisation-not-found' } as const;
		if (org && (await organisationOnMap(tx, partnershipId, org.id, nodeId)))
			return { ok: false, reason: 'organisation-on-map' } as const;
		const values = fromOrganisation(input, org);
		const position = isInRing(current, values.level)
			? {}
			: freeSpot(values.level, await takenPositions(tx, partnershipId, nodeId));
		await updateVersioned(tx, networkNodes, {
			match: [eq(networkNodes.partnershipId, partnershipId), eq(networkNodes.id, nodeId)],
			version,
			set: { ...values, ...position, updatedAt: new Date() }
		});
		return { ok: true } as const;
	});
}

export type MoveNodeResult =
	| { ok: true; version: number; level: Level; x: number; y: number }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: NetworkNodeRow };

/** A node dropped at a new place: its level follows the ring it lands in. */
export async function moveNode(
	db: Db,
	{ partnershipId, nodeId, version, x, y }: Scope & { nodeId: string; version: number; x: number; y: number }
): Promise<MoveNodeResult> {
	const point = clampToMap({ x, y });
	const level = levelAt(point);
	const moved = await updateVersioned(db, networkNodes, {
		match: [eq(networkNodes.partnershipId, partnershipId), eq(networkNodes.id, nodeId)],
		version,
		set: { ...point, level, updatedAt: new Date() }
	});
	return moved.ok ? { ok: true, version: moved.row.version, level, ...point } : moved;
}

/** Removes a node and its links. False when there is no such node in this partnership. */
export async function deleteNode(db: Db, { partnershipId, nodeId }: Scope & { nodeId: string }): Promise<boolean> {
	const removed = await db
		.delete(networkNodes)
		.where(and(eq(networkNodes.partnershipId, partnershipId), eq(networkNodes.id, nodeId)))
		.returning({ id: networkNodes.id });
	return removed.length > 0;
}

export type LinkProblem = { ok: false; reason: 'node-not-found' | 'duplicate' };

/** Both ends must be nodes of this partnership; the same kind of link between the same two nodes exists once. */
async function checkLink(
	tx: Executor,
	partnershipId: string,
	input: LinkInput,
	except?: string
): Promise<LinkProblem | null> {
	const ends = await tx
		.select({ id: networkNodes.id })
		.from(networkNodes)
		.where(
			and(eq(networkNodes.partnershipId, partnershipId), inArray(networkNodes.id, [input.fromNodeId, input.toNodeId]))
		);
	if (ends.length !== 2) return { ok: false, reason: 'node-not-found' };
	const [twin] = await tx
		.select({ id: networkLinks.id })
		.from(networkLinks)
		.where(
			and(
				eq(networkLinks.partnershipId, partnershipId),
				eq(networkLinks.type, input.type),
				or(
					and(eq(networkLinks.fromNodeId, input.fromNodeId), eq(networkLinks.toNodeId, input.toNodeId)),
					and(eq(networkLinks.fromNodeId, input.toNodeId), eq(networkLinks.toNodeId, input.fromNodeId))
				),
				except ? ne(networkLinks.id, except) : undefined
			)
		);
	return twin ? { ok: false, reason: 'duplicate' } : null;
}

export async function createLink(
	db: Db,
	{ partnershipId, input }: Scope & { input: LinkInput }
): Promise<{ ok: true; id: string } | LinkProblem> {
	return db.transaction(async (tx) => {
		await lockMap(tx, partnershipId);
		const problem = await checkLink(tx, partnershipId, input);
		if (problem) return problem;
		const [created] = await tx
			.insert(networkLinks)
			.values({ partnershipId, ...input })
			.returning({ id: networkLinks.id });
		return { ok: true, id: created!.id } as const;
	});
}

export type UpdateLinkResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: NetworkLinkRow }
	| LinkProblem;

export async function updateLink(
	db: Db,
	{ partnershipId, linkId, version, input }: Scope & { linkId: string; version: number; input: LinkInput }
): Promise<UpdateLinkResult> {
	return db.transaction(async (tx) => {
		await lockMap(tx, partnershipId);
		const locked = await lockVersioned(tx, networkLinks, {
			match: [eq(networkLinks.partnershipId, partnershipId), eq(networkLinks.id, linkId)],
			version
		});
		if (!locked.ok) return locked;
		const problem = await checkLink(tx, partnershipId, input, linkId);
		if (problem) return problem;
		await updateVersioned(tx, networkLinks, {
			match: [eq(networkLinks.partnershipId, partnershipId), eq(networkLinks.id, linkId)],
			version,
			set: { ...input }
		});
		return { ok: true } as const;
	});
}

export async function deleteLink(db: Db, { partnershipId, linkId }: Scope & { linkId: string }): Promise<boolean> {
	const removed = await db
		.delete(networkLinks)
		.where(and(eq(networkLinks.partnershipId, partnershipId), eq(networkLinks.id, linkId)))
		.returning({ id: networkLinks.id });
	return removed.length > 0;
}

/** Puts every organisation of the directory that is not on the map yet on its level's ring. Returns how many. */
export async function addDirectoryOrganisations(db: Db, { partnershipId }: Scope): Promise<number> {
	return db.transaction((tx) => addDirectoryOrganisationsIn(tx, partnershipId));
}

async function addDirectoryOrganisationsIn(tx: Executor, partnershipId: string): Promise<number> {
	await lockMap(tx, partnershipId);
	const directory = await tx
		.select()
		.from(organisations)
		.where(eq(organisations.partnershipId, partnershipId))
		.orderBy(asc(organisations.name));
	const onMap = new Set(
		(
			await tx
				.select({ organisationId: networkNodes.organisationId })
				.from(networkNodes)
				.where(eq(networkNodes.partnershipId, partnershipId))
		).map((n) => n.organisationId)
	);
	const taken = await takenPositions(tx, partnershipId);
	let added = 0;
	for (const org of directory) {
		if (onMap.has(org.id)) continue;
		const spot = freeSpot(org.level, taken);
		taken.push(spot);
		const values = fromOrganisation(
			{
				kind: 'organisation',
				organisationId: org.id,
				label: '',
				level: org.level,
				sector: null,
				role: '',
				contact: '',
				expertise: ''
			},
			org
		);
		const inserted = await tx
			.insert(networkNodes)
			.values({ partnershipId, ...values, ...spot })
			.onConflictDoNothing()
			.returning({ id: networkNodes.id });
		added += inserted.length;
	}
	return added;
}
