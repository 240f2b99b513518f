import { describe, expect, it } from 'vitest';
import { analyseNetwork } from './analysis';
import type { MapLink, MapNode } from './map-model';

const node = (id: string, over: Partial<MapNode> = {}): MapNode => ({
	id,
	kind: 'organisation',
	label: id.toUpperCase(),
	level: 'meso',
	sector: 'education',
	x: 500,
	y: 200,
	...over
});
const link = (
	id: string,
	from: string,
	to: string,
	strength: MapLink['strength'] = 'strong',
	type: MapLink['type'] = 'information'
): MapLink => ({
	id,
	fromNodeId: from,
	toNodeId: to,
	type,
	strength
});

describe('analyseNetwork', () => {
	it('says the map is empty', () => {
		expect(analyseNetwork([], []).findings).toEqual([{ kind: 'empty' }]);
	});

	it('finds actors without links, or with only missing links', () => {
		const nodes = [node('a'), node('b'), node('c'), node('d')];
		const links = [link('ab', 'a', 'b'), link('cb', 'c', 'b', 'missing')];
		const isolated = analyseNetwork(nodes, links).findings.filter((f) => f.kind === 'isolated');
		expect(isolated).toEqual([
			{ kind: 'isolated', nodeId: 'c', label: 'C', onlyMissing: true },
			{ kind: 'isolated', nodeId: 'd', label: 'D', onlyMissing: false }
		]);
	});

	it('does not call a weak link isolation, but reports it', () => {
		const { findings } = analyseNetwork([node('a'), node('b')], [link('ab', 'a', 'b', 'weak', 'referral')]);
		expect(findings.some((f) => f.kind === 'isolated')).toBe(false);
		expect(findings).toContainEqual({ kind: 'weak-link', linkId: 'ab', from: 'A', to: 'B', type: 'referral' });
	});

	it('lists missing links before weak ones, with both ends by name', () => {
		const nodes = [node('a'), node('b'), node('c')];
		const links = [link('ab', 'a', 'b', 'weak'), link('bc', 'b', 'c', 'missing', 'consultation'), link('ac', 'a', 'c')];
		const kinds = analyseNetwork(nodes, links).findings.map((f) => f.kind);
		expect(kinds.indexOf('missing-link')).toBeLessThan(kinds.indexOf('weak-link'));
		expect(analyseNetwork(nodes, links).findings).toContainEqual({
			kind: 'missing-link',
			linkId: 'bc',
			from: 'B',
			to: 'C',
			type: 'consultation'
		});
	});

	it('names the sectors and levels nobody on the map stands for', () => {
		const nodes = [
			node('a', { sector: 'education', level: 'micro' }),
			node('b', { sector: 'welfare', level: 'meso' }),
			node('p', { kind: 'person', sector: null, level: 'micro' })
		];
		const { findings } = analyseNetwork(nodes, [link('ab', 'a', 'b'), link('ap', 'a', 'p')]);
		expect(findings.filter((f) => f.kind === 'absent-sector')).toEqual([
			{ kind: 'absent-sector', sector: 'local_government' },
			{ kind: 'absent-sector', sector: 'civil_society' }
		]);
		expect(findings.filter((f) => f.kind === 'absent-level')).toEqual([{ kind: 'absent-level', level: 'macro' }]);
	});

	it('treats missing expertise as a gap, not as an actor that fills a sector or level', () => {
		const nodes = [
			node('a', { sector: 'education', level: 'micro' }),
			node('gap', { kind: 'missing', label: 'Logopedie', sector: 'welfare', level: 'macro' })
		];
		const { findings, counts } = analyseNetwork(nodes, []);
		expect(findings).toContainEqual({ kind: 'missing-expertise', nodeId: 'gap', label: 'Logopedie' });
		expect(findings).toContainEqual({ kind: 'absent-sector', sector: 'welfare' });
		expect(findings).toContainEqual({ kind: 'absent-level', level: 'macro' });
		// Missing expertise is never "isolated".
		expect(findings.filter((f) => f.kind === 'isolated').map((f) => (f as { nodeId: string }).nodeId)).toEqual(['a']);
		expect(counts).toMatchObject({ nodes: 2, actors: 1, links: 0 });
	});

	it('finds nothing to say about a complete, well-linked network', () => {
		const nodes = [
			node('a', { sector: 'education', level: 'micro' }),
			node('b', { sector: 'welfare', level: 'meso' }),
			node('c', { sector: 'local_government', level: 'macro' }),
			node('d', { sector: 'civil_society', level: 'meso' })
		];
		const links = [
			link('ab', 'a', 'b'),
			link('bc', 'b', 'c', 'strong', 'funding'),
			link('cd', 'c', 'd', 'strong', 'informal')
		];
		const { findings, counts } = analyseNetwork(nodes, links);
		expect(findings).toEqual([]);
		expect(counts).toEqual({ nodes: 4, actors: 4, links: 3, strong: 3, weak: 0, missing: 0 });
	});
});
