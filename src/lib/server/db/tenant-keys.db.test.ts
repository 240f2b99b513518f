// Tenant integrity in PostgreSQL itself (ADR 0011, migration 0006): a row of one partnership cannot
// point at a record of another, whatever the application code does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeCase, makeTeam } from '../../../../tests/factories';

const { pool } = getTestDb();

/** The message and SQLSTATE PostgreSQL answers `text` with (or null when it succeeds). */
async function refusal(text: string, values: unknown[] = []) {
	try {
		await pool.query(text, values);
		return null;
	} catch (error) {
		const { code, message } = error as { code: string; message: string };
		return { code, message };
	}
}

describe('tenant foreign keys', () => {
	it('refuse an agreement of one partnership on a case of another, typed straight into SQL', async () => {
		const a = await makeTeam(db());
		const b = await makeTeam(db());
		const caseOfB = await makeCase(db(), { partnershipId: b.partnership.id, userId: b.coordinator.id });
		const answer = await refusal(
			`insert into agreements (partnership_id, origin, case_id, what, owner_id, created_by) values ($1, 'case', $2, 'Bellen', $3, $3)`,
			[a.partnership.id, caseOfB.id, a.coordinator.id]
		);
		expect(answer).toMatchObject({ code: '23503', message: expect.stringContaining('agreements_case_id_tenant_fk') });
		// The same row in the case's own partnership is fine: the key is about the tenant, not the case.
		expect(
			await refusal(
				`insert into agreements (partnership_id, origin, case_id, what, owner_id, created_by) values ($1, 'case', $2, 'Bellen', $3, $3)`,
				[b.partnership.id, caseOfB.id, b.coordinator.id]
			)
		).toBeNull();
	});

	it('refuse a case partner, a link and a move of a row into another partnership', async () => {
		const a = await makeTeam(db());
		const b = await makeTeam(db());
		const caseOfA = await makeCase(db(), { partnershipId: a.partnership.id, userId: a.coordinator.id });
		expect(
			await refusal(`insert into case_partners (partnership_id, case_id, membership_id) values ($1, $2, $3)`, [
				a.partnership.id,
				caseOfA.id,
				b.membership.id
			])
		).toMatchObject({ code: '23503' });
		// Moving a case section to another partnership leaves it pointing at A's case.
		await pool.query(
			`insert into case_sections (partnership_id, case_id, kind, content) values ($1, $2, 'situation', '{}')
			 on conflict do nothing`,
			[a.partnership.id, caseOfA.id]
		);
		expect(
			await refusal(`update case_sections set partnership_id = $1 where case_id = $2`, [b.partnership.id, caseOfA.id])
		).toMatchObject({ code: '23503' });
	});

	it('exist for every reference between two tables of a partnership', async () => {
		// A new child table that forgets its composite key fails here.
		const { rows } = await pool.query<{ child: string; col: string }>(`
			select ch.relname as child, a.attname as col
			from pg_constraint con
			join pg_class ch on ch.oid = con.conrelid
			join pg_class p on p.oid = con.confrelid
			join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
			where con.contype = 'f' and array_length(con.conkey, 1) = 1 and p.relname <> 'partnerships'
				and exists (select 1 from pg_attribute x where x.attrelid = ch.oid and x.attname = 'partnership_id')
				and exists (select 1 from pg_attribute x where x.attrelid = p.oid and x.attname = 'partnership_id')
				and not exists (
					select 1 from pg_constraint t
					join pg_attribute ta on ta.attrelid = t.conrelid and ta.attnum = t.conkey[1]
					join pg_attribute tb on tb.attrelid = t.conrelid and tb.attnum = t.conkey[2]
					where t.contype = 'f' and t.conrelid = con.conrelid and t.confrelid = con.confrelid
						and array_length(t.conkey, 1) = 2 and ta.attname = 'partnership_id' and tb.attname = a.attname
				)
			order by 1, 2`);
		expect(rows).toEqual([]);
	});

	it('come after a check of the data that names what is wrong', async () => {
		const a = await makeTeam(db());
		const b = await makeTeam(db());
		const caseOfB = await makeCase(db(), { partnershipId: b.partnership.id, userId: b.coordinator.id });
		const migration = readFileSync('drizzle/0006_tenant_foreign_keys.sql', 'utf8');
		const check = migration.split('--> statement-breakpoint')[0]!;
		const client = await pool.connect();
		try {
			await client.query('begin');
			// As if the database came from before the keys: drop one, write a row across partnerships.
			await client.query('alter table agreements drop constraint agreements_case_id_tenant_fk');
			await client.query(
				`insert into agreements (partnership_id, origin, case_id, what, owner_id, created_by) values ($1, 'case', $2, 'Bellen', $3, $3)`,
				[a.partnership.id, caseOfB.id, a.coordinator.id]
			);
			await expect(client.query(check)).rejects.toThrow(
				/stopped, nothing was changed[\s\S]*1 row\(s\) in agreements\.case_id point at cases of another partnership/
			);
		} finally {
			await client.query('rollback');
			client.release();
		}
	});
});

function db() {
	return getTestDb().db;
}
