// The network map's pure model: the coordinate space, the rings per level, where a node may go.
// Shared by the server (placement, level on drop), the SVG component and the editor in the browser.
import type { Level, LinkStrength, LinkType, NetworkNodeKind, Sector } from '$lib/domain/partnerships/enums';

/** The map is drawn in its own square space; the centre is the child and family. */
export const MAP_SIZE = 1000;
export const CENTRE = MAP_SIZE / 2;

/** Radius of the centre disc ("Kind en gezin") and the outer edge of each ring. */
export const CENTRE_RADIUS = 90;
export const RING_OUTER: Record<Level, number> = { micro: 230, meso: 370, macro: 490 };
const RING_INNER: Record<Level, number> = { micro: CENTRE_RADIUS, meso: RING_OUTER.micro, macro: RING_OUTER.meso };

/** The circle new nodes of a level are placed on: the middle of the ring. */
export function placementRadius(level: Level): number {
	return (RING_INNER[level] + RING_OUTER[level]) / 2;
}

export interface MapNode {
	id: string;
	kind: NetworkNodeKind;
	label: string;
	level: Level;
	sector: Sector | null;
	x: number;
	y: number;
}

export interface MapLink {
	id: string;
	fromNodeId: string;
	toNodeId: string;
	type: LinkType;
	strength: LinkStrength;
}

export interface Point {
	x: number;
	y: number;
}

export function distanceFromCentre(p: Point): number {
	return Math.hypot(p.x - CENTRE, p.y - CENTRE);
}

/** The level of the ring a point lies in. Inside the centre disc counts as micro, outside the map as macro. */
export function levelAt(p: Point): Level {
	const d = distanceFromCentre(p);
	if (d < RING_OUTER.micro) return 'micro';
	if (d < RING_OUTER.meso) return 'meso';
	return 'macro';
}

/** Keeps a point inside the map (a node dragged past the edge stops at the edge). */
export function clampToMap(p: Point, margin = 30): Point {
	const clamp = (v: number) => Math.min(MAP_SIZE - margin, Math.max(margin, Number.isFinite(v) ? v : CENTRE));
	return { x: Math.round(clamp(p.x)), y: Math.round(clamp(p.y)) };
}

/** True when the point is in the ring of its level (used to keep a node where it is when its level does not change). */
export function isInRing(p: Point, level: Level): boolean {
	return levelAt(p) === level && distanceFromCentre(p) >= CENTRE_RADIUS;
}

/** A point on the placement circle of a level, at an angle in degrees (0 = top, clockwise). */
export function pointOnRing(level: Level, degrees: number, offset = 0): Point {
	const r = placementRadius(level) + offset;
	const a = ((degrees - 90) * Math.PI) / 180;
	return { x: Math.round(CENTRE + r * Math.cos(a)), y: Math.round(CENTRE + r * Math.sin(a)) };
}

/**
 * A free spot for a new node on its level's ring: of a fixed set of positions around the ring, the
 * one farthest from every node already on the map (ties: the first clockwise from the top).
 * Deterministic, so the same map always gets the same spot.
 */
export function freeSpot(level: Level, taken: readonly Point[], steps = 24): Point {
	const nearest = (c: Point) =>
		taken.length ? Math.min(...taken.map((t) => Math.hypot(t.x - c.x, t.y - c.y))) : Infinity;
	const pick = (candidates: Point[]) => {
		let best = candidates[0]!;
		let bestDistance = -1;
		for (const c of candidates) {
			const d = nearest(c);
			if (d > bestDistance + 0.5) {
				best = c;
				bestDistance = d;
			}
		}
		return { best, bestDistance };
	};
	const main = pick(Array.from({ length: steps }, (_, i) => pointOnRing(level, (360 / steps) * i)));
	if (main.bestDistance >= ROOMY) return main.best;
	// A crowded ring: also try just inside and just outside the middle, between the usual spots.
	const offsets = [-RING_SPREAD, RING_SPREAD].flatMap((dr) =>
		Array.from({ length: steps }, (_, i) => pointOnRing(level, (360 / steps) * (i + 0.5), dr))
	);
	const other = pick(offsets);
	return other.bestDistance > main.bestDistance + 0.5 ? other.best : main.best;
}

/** Nodes closer than this look crowded; and how far off the middle of a ring a crowded node may go. */
const ROOMY = 70;
const RING_SPREAD = 38;

/** Places several new nodes one after the other, each on a free spot given the ones before. */
export function placeAll<T extends { level: Level }>(items: readonly T[], taken: readonly Point[]): (T & Point)[] {
	const all = [...taken];
	return items.map((item) => {
		const spot = freeSpot(item.level, all);
		all.push(spot);
		return { ...item, ...spot };
	});
}

/**
 * Splits a label into at most `maxLines` lines of about `width` characters, on word boundaries;
 * what does not fit ends in "…". For the SVG, which does not wrap text by itself.
 */
export function labelLines(label: string, width = 16, maxLines = 2): string[] {
	const words = label.trim().split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let current = '';
	for (const word of words) {
		const next = current ? `${current} ${word}` : word;
		if (next.length <= width || !current) current = next;
		else {
			lines.push(current);
			current = word;
		}
	}
	if (current) lines.push(current);
	const shortened = lines.map((l) => (l.length > width + 2 ? `${l.slice(0, width)}…` : l));
	if (shortened.length <= maxLines) return shortened;
	const kept = shortened.slice(0, maxLines);
	const last = kept[maxLines - 1]!;
	kept[maxLines - 1] = `${last.length > width - 1 ? last.slice(0, width - 1) : last}…`;
	return kept;
}

/** The end points of a link, pulled back from the node centres so lines and arrowheads stay visible. */
export function linkEnds(from: Point, to: Point, inset = 34): { x1: number; y1: number; x2: number; y2: number } {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy);
	if (length <= inset * 2) return { x1: from.x, y1: from.y, x2: to.x, y2: to.y };
	const ux = dx / length;
	const uy = dy / length;
	return { x1: from.x + ux * inset, y1: from.y + uy * inset, x2: to.x - ux * inset, y2: to.y - uy * inset };
}

/** Colours of the map (each sector also has a letter: colour is never the only cue). */
export const SECTOR_COLOUR: Record<Sector | 'none', string> = {
	education: '#1f4e8c',
	welfare: '#23633a',
	local_government: '#6a3d9a',
	civil_society: '#8a4210',
	none: '#4a5754'
};
export const INK = '#1d2624';
export const MISSING_COLOUR = '#b3261e';
export const FOCUS_COLOUR = '#b35c00';
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** How a link is drawn: strong = thick solid, weak = thin dashed, missing = red dotted. */
export function linkStroke(strength: LinkStrength): {
	stroke: string;
	width: number;
	dash: string | undefined;
	cap: 'round' | 'butt';
} {
	if (strength === 'strong') return { stroke: INK, width: 6, dash: undefined, cap: 'butt' };
	if (strength === 'weak') return { stroke: INK, width: 2.5, dash: '12 8', cap: 'butt' };
	return { stroke: MISSING_COLOUR, width: 4, dash: '0.5 10', cap: 'round' };
}

/** Links with a direction (from → to) get an arrowhead. */
export const DIRECTED_TYPES: readonly LinkType[] = ['referral', 'funding'];

/** The arrowhead at the end of a line from (x1, y1) to (x2, y2), as polygon points. */
export function arrowHead(x1: number, y1: number, x2: number, y2: number, length = 18, width = 9): string {
	const d = Math.hypot(x2 - x1, y2 - y1) || 1;
	const ux = (x2 - x1) / d;
	const uy = (y2 - y1) / d;
	const bx = x2 - ux * length;
	const by = y2 - uy * length;
	const r = (v: number) => Math.round(v * 10) / 10;
	return `${r(x2)},${r(y2)} ${r(bx - uy * width)},${r(by + ux * width)} ${r(bx + uy * width)},${r(by - ux * width)}`;
}
