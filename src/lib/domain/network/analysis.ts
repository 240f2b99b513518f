// What the network map tells about the network: who stands alone, which links are weak or missing,
// which sectors and levels are absent, which expertise the network misses. Pure; the page turns
// each finding into a sentence and a hint.
import { LEVELS, SECTORS, type Level, type LinkType, type Sector } from '$lib/domain/partnerships/enums';
import type { MapLink, MapNode } from './map-model';

export type Finding =
	| { kind: 'empty' }
	/** An actor without links, or only with links that are missing (gaps). */
	| { kind: 'isolated'; nodeId: string; label: string; onlyMissing: boolean }
	| { kind: 'missing-link'; linkId: string; from: string; to: string; type: LinkType }
	| { kind: 'weak-link'; linkId: string; from: string; to: string; type: LinkType }
	| { kind: 'absent-sector'; sector: Sector }
	| { kind: 'absent-level'; level: Level }
	| { kind: 'missing-expertise'; nodeId: string; label: string };

export type FindingKind = Finding['kind'];

export interface NetworkAnalysis {
	findings: Finding[];
	counts: { nodes: number; actors: number; links: number; strong: number; weak: number; missing: number };
}

/** The order in which findings are shown: the most pressing first. */
const ORDER: FindingKind[] = [
	'empty',
	'isolated',
	'missing-link',
	'weak-link',
	'missing-expertise',
	'absent-sector',
	'absent-level'
];

export function analyseNetwork(nodes: readonly MapNode[], links: readonly MapLink[]): NetworkAnalysis {
	const byId = new Map(nodes.map((n) => [n.id, n]));
	// Links to nodes that are not on this map (should not happen) are ignored.
	const valid = links.filter((l) => byId.has(l.fromNodeId) && byId.has(l.toNodeId));
	// Missing expertise is not an actor: it is what the network lacks.
	const actors = nodes.filter((n) => n.kind !== 'missing');
	const counts = {
		nodes: nodes.length,
		actors: actors.length,
		links: valid.length,
		strong: valid.filter((l) => l.strength === 'strong').length,
		weak: valid.filter((l) => l.strength === 'weak').length,
		missing: valid.filter((l) => l.strength === 'missing').length
	};
	if (nodes.length === 0) return { findings: [{ kind: 'empty' }], counts };

	const findings: Finding[] = [];
	const label = (id: string) => byId.get(id)?.label ?? '';
	for (const node of actors) {
		const own = valid.filter((l) => l.fromNodeId === node.id || l.toNodeId === node.id);
		if (own.every((l) => l.strength === 'missing'))
			findings.push({ kind: 'isolated', nodeId: node.id, label: node.label, onlyMissing: own.length > 0 });
	}
	for (const link of valid) {
		if (link.strength === 'strong') continue;
		findings.push({
			kind: link.strength === 'missing' ? 'missing-link' : 'weak-link',
			linkId: link.id,
			from: label(link.fromNodeId),
			to: label(link.toNodeId),
			type: link.type
		});
	}
	for (const node of nodes)
		if (node.kind === 'missing') findings.push({ kind: 'missing-expertise', nodeId: node.id, label: node.label });
	const sectors = new Set(actors.map((n) => n.sector).filter((s): s is Sector => s !== null));
	for (const sector of SECTORS) if (!sectors.has(sector)) findings.push({ kind: 'absent-sector', sector });
	const levels = new Set(actors.map((n) => n.level));
	for (const level of LEVELS) if (!levels.has(level)) findings.push({ kind: 'absent-level', level });

	// Stable: by kind in ORDER, then as found (nodes and links in the order given).
	findings.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
	return { findings, counts };
}
