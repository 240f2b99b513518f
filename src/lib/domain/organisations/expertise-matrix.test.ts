import { describe, expect, it } from 'vitest';
import { combineExpertise, EXPERTISE_DOMAINS, splitExpertise, splitOwnWords } from '$lib/content/expertise';
import { relatieMethod } from '$lib/content/methods';
import { buildExpertiseMatrix, roleCardExpertise, type MatrixMember } from './expertise-matrix';
import { buildSuggestions, levelForType, sectorForType } from './defaults';

const domains = [
	{ value: 'pedagogisch', label: 'Pedagogisch' },
	{ value: 'psychosociaal', label: 'Psychosociaal' },
	{ value: 'wonen', label: 'Wonen' }
];
const member = (over: Partial<MatrixMember> & Pick<MatrixMember, 'membershipId' | 'name'>): MatrixMember => ({
	organisationId: null,
	expertise: [],
	expertiseOther: '',
	...over
});

describe('the shared expertise list', () => {
	it('keeps the role card values that already exist and is what the role card offers', () => {
		const values = EXPERTISE_DOMAINS.map((d) => d.value);
		for (const v of ['pedagogisch', 'psychosociaal', 'administratief']) expect(values).toContain(v);
		expect(new Set(values).size).toBe(values.length);
		const field = relatieMethod.steps[0]!.subSteps.flatMap((s) => s.fields ?? []).find((f) => f.name === 'expertise');
		expect(field?.kind === 'choices' ? field.options.map((o) => o.value) : []).toEqual(values);
	});

	it('stores domains in list order, then own words once; own words naming a domain become that domain', () => {
		expect(splitOwnWords(' rouw,  ; vrijwilligers\nsport ')).toEqual(['rouw', 'vrijwilligers', 'sport']);
		expect(combineExpertise(['wonen', 'pedagogisch', 'onbekend'], ['Rouw', 'rouw', 'Gezondheid'])).toEqual([
			'pedagogisch',
			'gezondheid',
			'wonen',
			'Rouw'
		]);
		expect(splitExpertise(['wonen', 'Rouw', 'pedagogisch'])).toEqual({
			domains: ['pedagogisch', 'wonen'],
			own: ['Rouw']
		});
	});

	it('reads a role card: list values, "other" with its words, and old values outside the list', () => {
		expect(roleCardExpertise(['psychosociaal', 'other'], 'rouwverwerking, Wonen')).toEqual([
			'psychosociaal',
			'wonen',
			'rouwverwerking'
		]);
		expect(roleCardExpertise(['administratief'], '')).toEqual(['administratief']);
		expect(roleCardExpertise(['other'], '')).toEqual([]);
	});
});

describe('expertise matrix', () => {
	const organisations = [
		{ id: 'school', name: 'Basisschool De Linde', expertise: ['pedagogisch'] },
		{ id: 'caw', name: 'CAW Oost', expertise: [] },
		{ id: 'club', name: 'Sportclub', expertise: [] }
	];
	const members = [
		member({ membershipId: 'm1', name: 'An', organisationId: 'school', expertise: ['pedagogisch', 'psychosociaal'] }),
		member({
			membershipId: 'm2',
			name: 'Bram',
			organisationId: 'caw',
			expertise: ['other'],
			expertiseOther: 'Budgetbeheer'
		}),
		member({ membershipId: 'm3', name: 'Chloé', organisationId: null, expertise: ['wonen'] }),
		member({ membershipId: 'm4', name: 'Dirk', organisationId: null })
	];
	const matrix = buildExpertiseMatrix(organisations, members, domains);

	it('fills ticks from the directory and from the role cards of linked members, with their source', () => {
		const school = matrix.rows.find((r) => r.organisation.id === 'school')!;
		expect(school.cells.pedagogisch).toEqual([
			{ kind: 'directory' },
			{ kind: 'role-card', membershipId: 'm1', name: 'An' }
		]);
		expect(school.cells.psychosociaal).toEqual([{ kind: 'role-card', membershipId: 'm1', name: 'An' }]);
		expect(school.cells.wonen).toEqual([]);
		const caw = matrix.rows.find((r) => r.organisation.id === 'caw')!;
		expect(caw.own).toEqual([
			{ label: 'Budgetbeheer', sources: [{ kind: 'role-card', membershipId: 'm2', name: 'Bram' }] }
		]);
		expect(caw).toMatchObject({ empty: false, directoryEmpty: true });
	});

	it('counts organisations per domain and marks a domain nobody offers as a gap', () => {
		expect(matrix.columns.map((c) => [c.value, c.count, c.gap])).toEqual([
			['pedagogisch', 1, false],
			['psychosociaal', 1, false],
			['wonen', 0, true]
		]);
		// A member without organisation does not fill the gap, but is named next to it.
		expect(matrix.gaps.domains.map((d) => [d.value, d.fromUnlinked])).toEqual([['wonen', ['Chloé']]]);
	});

	it('lists organisations with no expertise at all, and members without organisation', () => {
		expect(matrix.gaps.organisations).toEqual([{ id: 'club', name: 'Sportclub' }]);
		expect(matrix.gaps.membersWithoutOrganisation).toEqual([
			{ membershipId: 'm3', name: 'Chloé', expertise: ['Wonen'] },
			{ membershipId: 'm4', name: 'Dirk', expertise: [] }
		]);
	});

	it('treats a member linked to an organisation that is not listed as without organisation', () => {
		const m = buildExpertiseMatrix(
			[],
			[member({ membershipId: 'x', name: 'Eva', organisationId: 'gone', expertise: ['wonen'] })],
			domains
		);
		expect(m.rows).toEqual([]);
		expect(m.gaps.membersWithoutOrganisation.map((x) => x.name)).toEqual(['Eva']);
		expect(m.columns.every((c) => c.gap)).toBe(true);
	});

	it('merges own words from several sources without regard to case', () => {
		const m = buildExpertiseMatrix(
			[{ id: 'o', name: 'O', expertise: ['Rouw'] }],
			[member({ membershipId: 'a', name: 'A', organisationId: 'o', expertise: ['other'], expertiseOther: 'rouw' })],
			domains
		);
		expect(m.rows[0]!.own).toEqual([
			{ label: 'Rouw', sources: [{ kind: 'directory' }, { kind: 'role-card', membershipId: 'a', name: 'A' }] }
		]);
	});
});

describe('suggestions from what members typed', () => {
	const base = { organisationTypeOther: null, organisationId: null };
	it('offers each unknown organisation once (case-insensitive) and links to known ones', () => {
		const suggestions = buildSuggestions(
			[
				{ ...base, membershipId: '1', name: 'An', organisationName: 'CLB Oost', organisationType: 'clb' },
				{ ...base, membershipId: '2', name: 'Bo', organisationName: ' clb  oost ', organisationType: 'clb' },
				{ ...base, membershipId: '3', name: 'Cas', organisationName: 'CAW Oost', organisationType: 'caw' },
				{
					...base,
					membershipId: '4',
					name: 'Dina',
					organisationName: 'Buurtwerk',
					organisationType: 'other',
					organisationTypeOther: 'Buurtwerk'
				},
				{
					...base,
					membershipId: '5',
					name: 'Ed',
					organisationName: 'CAW Oost',
					organisationType: 'caw',
					organisationId: 'caw'
				}
			],
			[{ id: 'caw', name: 'CAW oost' }]
		);
		expect(suggestions).toEqual([
			{
				kind: 'add',
				organisationName: 'Buurtwerk',
				type: 'other',
				typeOther: 'Buurtwerk',
				members: [{ membershipId: '4', name: 'Dina' }]
			},
			{
				kind: 'add',
				organisationName: 'CLB Oost',
				type: 'clb',
				typeOther: null,
				members: [
					{ membershipId: '1', name: 'An' },
					{ membershipId: '2', name: 'Bo' }
				]
			},
			{
				kind: 'link',
				organisationId: 'caw',
				organisationName: 'CAW oost',
				members: [{ membershipId: '3', name: 'Cas' }]
			}
		]);
	});

	it('guesses sector and level from the type', () => {
		expect([
			sectorForType('clb'),
			sectorForType('ocmw'),
			sectorForType('lokaal_bestuur'),
			sectorForType('vrijwilligersorganisatie')
		]).toEqual(['education', 'welfare', 'local_government', 'civil_society']);
		expect([levelForType('lokaal_bestuur'), levelForType('school'), levelForType('vrijwilligersorganisatie')]).toEqual([
			'macro',
			'meso',
			'micro'
		]);
	});
});
