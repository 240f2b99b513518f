import { describe, expect, it } from 'vitest';
import {
	CENTRE,
	clampToMap,
	distanceFromCentre,
	freeSpot,
	isInRing,
	labelLines,
	levelAt,
	linkEnds,
	placeAll,
	placementRadius,
	pointOnRing,
	RING_OUTER
} from './map-model';

describe('rings and levels', () => {
	it('reads the level from the distance to the centre', () => {
		expect(levelAt({ x: CENTRE, y: CENTRE })).toBe('micro');
		expect(levelAt({ x: CENTRE + 150, y: CENTRE })).toBe('micro');
		expect(levelAt({ x: CENTRE, y: CENTRE - RING_OUTER.micro })).toBe('meso');
		expect(levelAt({ x: CENTRE - 300, y: CENTRE })).toBe('meso');
		expect(levelAt({ x: CENTRE, y: CENTRE + RING_OUTER.meso + 1 })).toBe('macro');
		// The corners of the square lie outside the outer ring: still macro.
		expect(levelAt({ x: 20, y: 20 })).toBe('macro');
	});

	it('places new nodes in the middle of their own ring', () => {
		for (const level of ['micro', 'meso', 'macro'] as const) {
			const p = pointOnRing(level, 0);
			expect(levelAt(p)).toBe(level);
			expect(isInRing(p, level)).toBe(true);
			expect(Math.abs(distanceFromCentre(p) - placementRadius(level))).toBeLessThanOrEqual(1);
		}
		expect(pointOnRing('meso', 0)).toEqual({ x: CENTRE, y: CENTRE - placementRadius('meso') });
		// The centre disc belongs to the child and family, not to a node.
		expect(isInRing({ x: CENTRE + 10, y: CENTRE }, 'micro')).toBe(false);
	});

	it('keeps a dragged point on the map', () => {
		expect(clampToMap({ x: -50, y: 2000 })).toEqual({ x: 30, y: 970 });
		expect(clampToMap({ x: 123.6, y: Number.NaN })).toEqual({ x: 124, y: CENTRE });
	});
});

describe('free spot', () => {
	it('starts at the top of an empty ring', () => {
		expect(freeSpot('macro', [])).toEqual(pointOnRing('macro', 0));
	});

	it('takes the spot farthest from the nodes already there, on the right ring', () => {
		const top = pointOnRing('meso', 0);
		const spot = freeSpot('meso', [top]);
		expect(spot).toEqual(pointOnRing('meso', 180));
		expect(levelAt(spot)).toBe('meso');
	});

	it('spreads several new nodes around the ring without overlap', () => {
		const placed = placeAll(
			Array.from({ length: 8 }, (_, i) => ({ id: String(i), level: 'micro' as const })),
			[]
		);
		for (const p of placed) expect(levelAt(p)).toBe('micro');
		const distances = placed.flatMap((a, i) => placed.slice(i + 1).map((b) => Math.hypot(a.x - b.x, a.y - b.y)));
		expect(Math.min(...distances)).toBeGreaterThan(50);
		expect(new Set(placed.map((p) => `${p.x},${p.y}`)).size).toBe(8);
	});

	it('still finds a spot (off the middle of the ring) when the ring is crowded', () => {
		const crowded = Array.from({ length: 24 }, (_, i) => pointOnRing('meso', 15 * i));
		const spot = freeSpot('meso', crowded);
		expect(levelAt(spot)).toBe('meso');
		expect(crowded).not.toContainEqual(spot);
		expect(Math.min(...crowded.map((c) => Math.hypot(c.x - spot.x, c.y - spot.y)))).toBeGreaterThan(30);
	});
});

describe('labels and lines', () => {
	it('wraps long labels on two lines and shortens the rest', () => {
		expect(labelLines('CLB')).toEqual(['CLB']);
		expect(labelLines('Basisschool De Regenboog')).toEqual(['Basisschool De', 'Regenboog']);
		expect(labelLines('Centrum voor Algemeen Welzijnswerk Oostwijk en omgeving')).toEqual([
			'Centrum voor',
			'Algemeen…'
		]);
		expect(labelLines('Donaudampfschifffahrtsgesellschaft')[0]).toMatch(/…$/);
	});

	it('pulls link ends back from the node centres', () => {
		const ends = linkEnds({ x: 0, y: 0 }, { x: 100, y: 0 }, 20);
		expect(ends).toEqual({ x1: 20, y1: 0, x2: 80, y2: 0 });
	});
});
