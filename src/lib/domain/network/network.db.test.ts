import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makePartnership } from '../../../../tests/factories';
import { organisations } from '$lib/server/db/schema';
import { levelAt, placementRadius, distanceFromCentre, CENTRE } from './map-model';
import {
	addDirectoryOrganisations,
	createLink,
	createNode,
	deleteLink,
	deleteNode,
	getNetworkMap,
	listDirectoryForMap,
	moveNode,
	updateLink,
	updateNode
} from './network.server';
import type { NodeInput } from './network.schema';

const { db } = getTestDb();

const node = (over: Partial<NodeInput> = {}): NodeInput => ({
	kind: 'organisation',
	organisationId: null,
	label: 'Basisschool De Linde',
	level: 'micro',
	sector: 'education',
	role: '',
	contact: '',
	expertise: '',
	...over
});

async function mustCreate(partnershipId: string, input: NodeInput) {
	const r = await createNode(db, { partnershipId, input });
	if (!r.ok) throw new Error(r.reason);
	return r.id;
}

describe('network map', () => {
	it('places new nodes on a free spot of their ring and keeps them per partnership', async () => {
		const { partnership } = await makePartnership(db);
		const other = await makePartnership(db);
		const a = await mustCreate(partnership.id, node());
		const b = await mustCreate(partnership.id, node({ label: 'Tweede school' }));
		await mustCreate(other.partnership.id, node({ label: 'Elders' }));
		const map = await getNetworkMap(db, { partnershipId: partnership.id });
		expect(map.nodes.map((n) => n.id)).toEqual([a, b]);
		for (const n of map.nodes) {
			expect(levelAt(n)).toBe('micro');
			expect(Math.abs(distanceFromCentre(n) - placementRadius('micro'))).toBeLessThanOrEqual(1);
		}
		const [first, second] = map.nodes;
		expect(Math.hypot(first!.x - second!.x, first!.y - second!.y)).toBeGreaterThan(100);
	});

	it('moves a node, follows the ring it lands in, and refuses a stale version', async () => {
		const { partnership } = await makePartnership(db);
		const id = await mustCreate(partnership.id, node());
		const moved = await moveNode(db, {
			partnershipId: partnership.id,
			nodeId: id,
			version: 1,
			x: CENTRE,
			y: CENTRE - 440
		});
		expect(moved).toEqual({ ok: true, version: 2, level: 'macro', x: CENTRE, y: CENTRE - 440 });
		const stale = await moveNode(db, { partnershipId: partnership.id, nodeId: id, version: 1, x: CENTRE, y: CENTRE });
		expect(stale).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { version: 2, level: 'macro', y: CENTRE - 440 }
		});
		// Outside the map: clamped to the edge.
		const edge = await moveNode(db, { partnershipId: partnership.id, nodeId: id, version: 2, x: -400, y: 5000 });
		expect(edge).toMatchObject({ ok: true, x: 30, y: 970, level: 'macro' });
	});

	it('does not move, change or delete a node of another partnership', async () => {
		const { partnership } = await makePartnership(db);
		const other = await makePartnership(db);
		const id = await mustCreate(other.partnership.id, node());
		const scope = { partnershipId: partnership.id, nodeId: id };
		expect(await moveNode(db, { ...scope, version: 1, x: 500, y: 300 })).toEqual({ ok: false, reason: 'not-found' });
		expect(await updateNode(db, { ...scope, version: 1, input: node({ label: 'Overgenomen' }) })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await deleteNode(db, scope)).toBe(false);
		const theirs = await getNetworkMap(db, { partnershipId: other.partnership.id });
		expect(theirs.nodes[0]).toMatchObject({ label: 'Basisschool De Linde', version: 1 });
	});

	it('updates details with a version check and moves the node to its new ring', async () => {
		const { partnership } = await makePartnership(db);
		const id = await mustCreate(partnership.id, node());
		const r = await updateNode(db, {
			partnershipId: partnership.id,
			nodeId: id,
			version: 1,
			input: node({ level: 'macro', label: 'Scholengroep' })
		});
		expect(r).toEqual({ ok: true });
		const [n] = (await getNetworkMap(db, { partnershipId: partnership.id })).nodes;
		expect(n).toMatchObject({ label: 'Scholengroep', level: 'macro', version: 2 });
		expect(levelAt(n!)).toBe('macro');
		expect(
			await updateNode(db, { partnershipId: partnership.id, nodeId: id, version: 1, input: node() })
		).toMatchObject({ ok: false, reason: 'conflict', current: { label: 'Scholengroep' } });
	});

	it('links two nodes of the same partnership only, once per kind of link', async () => {
		const { partnership } = await makePartnership(db);
		const other = await makePartnership(db);
		const a = await mustCreate(partnership.id, node({ label: 'School' }));
		const b = await mustCreate(partnership.id, node({ label: 'CLB', level: 'meso' }));
		const foreign = await mustCreate(other.partnership.id, node({ label: 'Elders' }));
		const link = { fromNodeId: a, toNodeId: b, type: 'consultation' as const, strength: 'strong' as const, note: '' };

		expect(await createLink(db, { partnershipId: partnership.id, input: { ...link, toNodeId: foreign } })).toEqual({
			ok: false,
			reason: 'node-not-found'
		});
		// Both ends in the other partnership: still refused from this one.
		const otherB = await mustCreate(other.partnership.id, node({ label: 'Elders 2' }));
		expect(
			await createLink(db, { partnershipId: partnership.id, input: { ...link, fromNodeId: foreign, toNodeId: otherB } })
		).toEqual({ ok: false, reason: 'node-not-found' });

		const created = await createLink(db, { partnershipId: partnership.id, input: link });
		if (!created.ok) throw new Error(created.reason);
		// The same kind of link the other way round is the same link.
		expect(
			await createLink(db, { partnershipId: partnership.id, input: { ...link, fromNodeId: b, toNodeId: a } })
		).toEqual({ ok: false, reason: 'duplicate' });
		expect(
			await createLink(db, { partnershipId: partnership.id, input: { ...link, type: 'informal', strength: 'weak' } })
		).toMatchObject({ ok: true });

		const update = {
			partnershipId: partnership.id,
			linkId: created.id,
			input: { ...link, strength: 'missing' as const }
		};
		expect(await updateLink(db, { ...update, version: 1 })).toEqual({ ok: true });
		expect(await updateLink(db, { ...update, version: 1 })).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { strength: 'missing', version: 2 }
		});
		expect(await updateLink(db, { ...update, version: 2, input: { ...link, type: 'informal' } })).toEqual({
			ok: false,
			reason: 'duplicate'
		});
		expect(await updateLink(db, { ...update, partnershipId: other.partnership.id, version: 2 })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await deleteLink(db, { partnershipId: other.partnership.id, linkId: created.id })).toBe(false);
		expect(await deleteLink(db, { partnershipId: partnership.id, linkId: created.id })).toBe(true);

		// Deleting a node removes its links.
		expect(await deleteNode(db, { partnershipId: partnership.id, nodeId: a })).toBe(true);
		expect((await getNetworkMap(db, { partnershipId: partnership.id })).links).toEqual([]);
	});

	it('puts the directory on the map once, with the organisation’s details', async () => {
		const { partnership } = await makePartnership(db);
		const other = await makePartnership(db);
		const [clb] = await db
			.insert(organisations)
			.values({
				partnershipId: partnership.id,
				name: 'CLB Noord',
				type: 'clb',
				sector: 'education',
				level: 'meso',
				contactPerson: 'Onthaal',
				reachability: '09 000 00 00',
				expertise: ['psychosociaal']
			})
			.returning();
		await db.insert(organisations).values({
			partnershipId: partnership.id,
			name: 'Stad Noord',
			type: 'lokaal_bestuur',
			sector: 'local_government',
			level: 'macro'
		});
		const [foreignOrg] = await db
			.insert(organisations)
			.values({ partnershipId: other.partnership.id, name: 'Elders', type: 'caw', sector: 'welfare', level: 'meso' })
			.returning();

		// One organisation by hand, picked from the directory.
		const picked = await createNode(db, {
			partnershipId: partnership.id,
			input: node({ kind: 'person', organisationId: clb!.id, label: '', sector: null, level: 'meso' })
		});
		expect(picked).toMatchObject({ ok: true });
		expect(
			await createNode(db, { partnershipId: partnership.id, input: node({ organisationId: clb!.id, label: '' }) })
		).toEqual({ ok: false, reason: 'organisation-on-map' });
		expect(
			await createNode(db, { partnershipId: partnership.id, input: node({ organisationId: foreignOrg!.id }) })
		).toEqual({ ok: false, reason: 'organisation-not-found' });

		expect(await addDirectoryOrganisations(db, { partnershipId: partnership.id })).toBe(1);
		expect(await addDirectoryOrganisations(db, { partnershipId: partnership.id })).toBe(0);
		const { nodes } = await getNetworkMap(db, { partnershipId: partnership.id });
		expect(nodes.map((n) => [n.label, n.kind, n.level, n.sector])).toEqual([
			['CLB Noord', 'organisation', 'meso', 'education'],
			['Stad Noord', 'organisation', 'macro', 'local_government']
		]);
		expect(nodes[0]).toMatchObject({ contact: 'Onthaal · 09 000 00 00', expertise: 'psychosociaal' });
		expect(levelAt(nodes[1]!)).toBe('macro');
		expect((await listDirectoryForMap(db, { partnershipId: partnership.id })).map((o) => [o.name, o.onMap])).toEqual([
			['CLB Noord', true],
			['Stad Noord', true]
		]);
	});
});
