import { describe, expect, it } from 'vitest';
import { readPartnershipDocument } from './document.schema';
import { PERSONAL_TABLES } from './export.server';
import {
	ALL_TABLES,
	PARTNERSHIP_EXCLUDED,
	PARTNERSHIP_TABLES,
	PERSONAL_EXCLUDED,
	isSecretColumn
} from './tables.server';

// A column whose name says it holds a credential: such a table must be excluded on purpose.
const CREDENTIAL = /token|hash|secret|public_key|challenge/;
const credentialColumns = (t: (typeof ALL_TABLES)[number]) =>
	Object.entries(t.columns).filter(([key, c]) => CREDENTIAL.test(c.name) && !isSecretColumn(t.name, key));

describe('partnership document coverage', () => {
	it('exports or excludes (with a reason) every table with a partnership_id', () => {
		const scoped = ALL_TABLES.filter((t) => t.partnershipScoped).map((t) => t.name);
		const covered = [...PARTNERSHIP_TABLES.map((t) => t.name), ...Object.keys(PARTNERSHIP_EXCLUDED)];
		expect(covered.sort()).toEqual(scoped.sort());
		for (const reason of Object.values(PARTNERSHIP_EXCLUDED)) expect(reason.length).toBeGreaterThan(20);
	});

	it('never exports a table holding credentials', () => {
		for (const t of PARTNERSHIP_TABLES) expect(credentialColumns(t), t.name).toEqual([]);
	});

	it('puts parents before children', () => {
		const seen = new Set<string>();
		for (const t of PARTNERSHIP_TABLES) {
			for (const target of Object.values(t.references))
				if (PARTNERSHIP_TABLES.some((p) => p.name === target))
					expect(seen.has(target), `${t.name} → ${target}`).toBe(true);
			seen.add(t.name);
		}
	});
});

describe('personal export coverage', () => {
	it('exports or excludes (with a reason) every table that references a person', () => {
		const withUser = ALL_TABLES.filter((t) => t.name !== 'users' && t.userColumns.length > 0).map((t) => t.name);
		const covered = [...PERSONAL_TABLES.map((t) => t.name), ...Object.keys(PERSONAL_EXCLUDED)];
		expect(covered.sort()).toEqual(withUser.sort());
		for (const name of Object.keys(PERSONAL_EXCLUDED)) expect(withUser).toContain(name);
	});

	it('excludes the credentials tables', () => {
		for (const t of PERSONAL_TABLES) expect(credentialColumns(t), t.name).toEqual([]);
		for (const name of ['account_tokens', 'recovery_codes', 'passkeys', 'auth_challenges'])
			expect(PERSONAL_EXCLUDED[name]).toMatch(/credentials/);
	});
});

describe('readPartnershipDocument', () => {
	const valid = {
		format: 'brugwerk-partnership',
		version: 1,
		exportedAt: '2026-12-07T09:00:00.000Z',
		partnership: {
			name: 'Brug Gent',
			region: 'Gent',
			description: '',
			requireSecondFactor: false,
			caseRetentionMonths: 24,
			createdAt: '2026-01-01T00:00:00.000Z'
		},
		people: [{ key: 'person-1', name: 'An', email: 'an@example.org' }],
		tables: { cases: [{ id: 'x', code: 'K-01' }] }
	};

	it('reads a valid document', () => {
		expect(readPartnershipDocument(valid).ok).toBe(true);
	});

	it('refuses a foreign file', () => {
		expect(readPartnershipDocument({ ...valid, format: 'something-else' })).toEqual({ ok: false, reason: 'foreign' });
		expect(readPartnershipDocument([1, 2])).toEqual({ ok: false, reason: 'foreign' });
	});

	it('refuses a newer version', () => {
		expect(readPartnershipDocument({ ...valid, version: 2 })).toEqual({ ok: false, reason: 'newer' });
	});

	it('refuses a malformed document', () => {
		expect(readPartnershipDocument(null)).toEqual({ ok: false, reason: 'malformed' });
		expect(readPartnershipDocument({ ...valid, people: 'nobody' })).toEqual({ ok: false, reason: 'malformed' });
		expect(readPartnershipDocument({ ...valid, tables: { cases: 'x' } })).toEqual({ ok: false, reason: 'malformed' });
		expect(readPartnershipDocument({ ...valid, version: '1' })).toEqual({ ok: false, reason: 'malformed' });
	});
});
