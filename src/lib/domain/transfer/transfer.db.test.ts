import { and, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makePartnership, makeUser, unique } from '../../../../tests/factories';
import { buildProbeWorld } from '../../../../tests/e2e/isolation-world';
import { setActionAssignments } from '$lib/domain/cases/case.server';
import { isId } from '$lib/ids';
import { caseActions, cases, memberships, users } from '$lib/server/db/schema';
import type { PartnershipDocument } from './document.schema';
import { exportPartnership, exportPersonalData } from './export.server';
import { importPartnership, UNUSABLE_PASSWORD } from './import.server';
import { PARTNERSHIP_TABLES } from './tables.server';

const { db } = getTestDb();

/**
 * The document with every record id replaced by a label that does not depend on the id: rows are
 * sorted by their content (references already labelled, parents first) and numbered. Timestamps stay.
 */
function normalise(doc: PartnershipDocument) {
	const label = new Map<string, string>();
	const tables: Record<string, string[]> = {};
	for (const info of PARTNERSHIP_TABLES) {
		const rows = (doc.tables[info.name] ?? []).map((row) => {
			const out: Record<string, unknown> = {};
			for (const [key, value] of Object.entries(row)) {
				if (key === info.idColumn || (info.name === 'reflection_moments' && key === 'code')) continue;
				out[key] =
					typeof value === 'string' && (key in info.references || info.columns[key]?.columnType === 'PgUUID')
						? label.get(value)
						: value;
			}
			return { id: info.idColumn ? (row[info.idColumn] as string) : null, text: JSON.stringify(out) };
		});
		rows.sort((a, b) => a.text.localeCompare(b.text));
		rows.forEach((row, i) => row.id && label.set(row.id, `${info.name}#${i}`));
		tables[info.name] = rows.map((row) => row.text);
	}
	return { people: doc.people, tables, region: doc.partnership.region, description: doc.partnership.description };
}

async function rowsOf(partnershipId: string): Promise<number> {
	const [{ n }] = await db.select({ n: count() }).from(cases).where(eq(cases.partnershipId, partnershipId));
	return n;
}

describe('partnership export and import', () => {
	it('round-trips a rich partnership: export, import into an empty one, export again gives the same document', async () => {
		const world = await buildProbeWorld(db, 'A');
		const p = world.partnership.id;
		const [action] = await db.select().from(caseActions).where(eq(caseActions.partnershipId, p));
		const [coordinatorship] = await db
			.select()
			.from(memberships)
			.where(and(eq(memberships.partnershipId, p), eq(memberships.userId, world.coordinator.id)));
		const rasci = await setActionAssignments(db, {
			partnershipId: p,
			caseId: action.caseId,
			actionId: action.id,
			userId: world.coordinator.id,
			assignments: [
				{ membershipId: coordinatorship.id, letter: 'A' },
				{ membershipId: world.member.membershipId, letter: 'R' }
			]
		});
		expect(rasci).toEqual({ ok: true });
		const first = (await exportPartnership(db, { partnershipId: world.partnership.id }))!;
		expect(first.tables.cases.length).toBeGreaterThan(0);
		expect(first.tables.action_assignments.length).toBeGreaterThan(0);
		expect(JSON.stringify(first)).not.toContain('tokenHash');

		// The coordinator starts an empty partnership (same database: the ids must all be new).
		const { partnership: target } = await makePartnership(db, { coordinator: world.coordinator });
		const imported = await importPartnership(db, {
			partnershipId: target.id,
			userId: world.coordinator.id,
			value: first
		});
		expect(imported).toMatchObject({ ok: true, newAccounts: 0 });

		const second = (await exportPartnership(db, { partnershipId: target.id }))!;
		expect(normalise(second)).toEqual(normalise(first));
		const [mine] = await db.select().from(memberships).where(eq(memberships.partnershipId, target.id));
		expect(mine).toBeDefined();
		// No id of the original appears in the copy.
		const ids = new Set(first.tables.cases.map((c) => c.id as string));
		for (const c of second.tables.cases) expect(ids.has(c.id as string)).toBe(false);
	});

	it('gives people without an account one that cannot log in yet, and keeps the importer coordinator', async () => {
		const world = await buildProbeWorld(db, 'N');
		const doc = (await exportPartnership(db, { partnershipId: world.partnership.id }))!;
		// As on another instance: nobody but the importer has an account there.
		const foreign = { ...doc, people: doc.people.map((p) => ({ ...p, email: p.email && `n-${unique()}-${p.email}` })) };
		const importer = await makeUser(db, { name: 'Nieuwe coördinator' });
		const { partnership: target } = await makePartnership(db, { coordinator: importer });
		const result = await importPartnership(db, { partnershipId: target.id, userId: importer.id, value: foreign });
		expect(result).toMatchObject({ ok: true, newAccounts: doc.people.length });
		const emails = foreign.people.map((p) => p.email!).filter(Boolean);
		const made = await db.select().from(users).where(inArray(users.email, emails));
		expect(made).toHaveLength(emails.length);
		for (const u of made) {
			expect(u.passwordHash).toBe(UNUSABLE_PASSWORD);
			expect(u.emailVerifiedAt).toBeNull();
		}
		const roles = await db.select().from(memberships).where(eq(memberships.partnershipId, target.id));
		expect(roles.find((r) => r.userId === importer.id)?.role).toBe('coordinator');
		expect(roles).toHaveLength(doc.tables.memberships.length + 1);
	});

	it('refuses foreign, newer, malformed and non-empty imports and leaves nothing behind', async () => {
		const world = await buildProbeWorld(db, 'R');
		const doc = (await exportPartnership(db, { partnershipId: world.partnership.id }))!;
		const importer = await makeUser(db, { name: 'Importeur' });
		const { partnership: target } = await makePartnership(db, { coordinator: importer });
		const into = (value: unknown) => importPartnership(db, { partnershipId: target.id, userId: importer.id, value });

		expect(await into({ format: 'other', version: 1 })).toEqual({ ok: false, reason: 'foreign' });
		expect(await into({ ...doc, version: 2 })).toEqual({ ok: false, reason: 'newer' });
		expect(await into({ ...doc, tables: { ...doc.tables, unknown_table: [] } })).toEqual({
			ok: false,
			reason: 'malformed'
		});
		// A broken reference deep in the file, after people and cases were written: all rolled back.
		const foreign = { ...doc, people: doc.people.map((p) => ({ ...p, email: p.email && `r-${unique()}-${p.email}` })) };
		const broken = structuredClone(foreign);
		broken.tables.case_sections[0].caseId = crypto.randomUUID();
		expect(await into(broken)).toEqual({ ok: false, reason: 'malformed' });
		expect(await rowsOf(target.id)).toBe(0);
		const left = await db
			.select()
			.from(users)
			.where(
				inArray(
					users.email,
					foreign.people.flatMap((p) => (p.email ? [p.email] : []))
				)
			);
		expect(left).toEqual([]);

		const notEmpty = await importPartnership(db, {
			partnershipId: world.partnership.id,
			userId: world.coordinator.id,
			value: doc
		});
		expect(notEmpty).toEqual({ ok: false, reason: 'not-empty' });
		expect(await rowsOf(world.partnership.id)).toBe(doc.tables.cases.length);
	});

	it("never puts another partnership's data in an export", async () => {
		const a = await buildProbeWorld(db, 'IA');
		const b = await buildProbeWorld(db, 'IB');
		const text = JSON.stringify(await exportPartnership(db, { partnershipId: a.partnership.id }));
		// Record ids only: a content parameter (a method's slug) is the same word in every partnership.
		for (const id of [b.partnership.id, ...Object.values(b.params).filter(isId), b.member.membershipId])
			expect(text).not.toContain(id);
		expect(text).not.toContain(b.coordinator.email);
		expect(text).not.toContain(b.partnership.name);
	});
});

describe('personal export', () => {
	it('holds the account, memberships with partnership names and authored rows, never secrets', async () => {
		const world = await buildProbeWorld(db, 'P');
		const data = (await exportPersonalData(db, { userId: world.coordinator.id }))!;
		expect(data.account.email).toBe(world.coordinator.email);
		expect(data.tables.memberships[0].partnershipName).toBe(world.partnership.name);
		expect(data.tables.cases.length).toBeGreaterThan(0);
		expect(data.tables.role_cards.length).toBe(1);
		const text = JSON.stringify(data);
		for (const secret of ['passwordHash', 'totpSecret', 'tokenHash', 'codeHash']) expect(text).not.toContain(secret);
		for (const s of data.tables.sessions ?? []) expect(s).not.toHaveProperty('id');
		// Nothing of another person's partnership.
		const other = await buildProbeWorld(db, 'Q');
		expect(text).not.toContain(other.partnership.id);
	});
});
