// What the scan's results page makes of the figures: the perception gaps between sectors, which
// members' group may be kept with an answer, and where to work on the weakest blocks. Pure.
import { blocks, getBlock } from '$lib/content/blocks';
import { getMethod } from '$lib/content/methods';
import type { BlockSlug } from '$lib/content/types';
import type { OrganisationType, Sector } from '$lib/domain/partnerships/enums';
import { sectorForType } from '$lib/domain/organisations/defaults';
import { mayHold, type Role } from '$lib/domain/permissions/permissions';
import { MIN_RESPONDENTS, type BlockResult, type ScanResult } from './aggregate';

export const BLOCK_ORDER: BlockSlug[] = blocks.map((b) => b.slug);

type Visible = Extract<ScanResult, { visible: true }>;

// ---------------------------------------------------------------------------------------------
// The group kept with an answer

export type ScanMember = {
	userId: string;
	role: Role;
	/** The organisation of the partnership's directory the member is linked to, if any. */
	organisationId: string | null;
	/** That organisation's sector. */
	organisationSector: Sector | null;
	/** What the member typed on joining: the fallback for the sector when not linked. */
	organisationType: OrganisationType;
};

/** A member's sector: the linked organisation's, else the first guess from the type they gave. */
export function memberSector(m: Pick<ScanMember, 'organisationSector' | 'organisationType'>): Sector {
	return m.organisationSector ?? sectorForType(m.organisationType);
}

/**
 * The sector and organisation stored with this member's answer: each only when at least
 * MIN_RESPONDENTS members who may answer (coordinators and partners, not observers) share it now.
 * Null for someone who is not a member who may answer.
 */
export function groupsToKeep(
	members: readonly ScanMember[],
	userId: string
): { sector: Sector | null; organisationId: string | null } | null {
	const me = members.find((m) => m.userId === userId);
	if (!me || !mayHold(me.role, 'scan:respondent')) return null;
	const answering = members.filter((m) => mayHold(m.role, 'scan:respondent'));
	const sector = memberSector(me);
	const sameSector = answering.filter((m) => memberSector(m) === sector).length;
	const sameOrganisation = me.organisationId
		? answering.filter((m) => m.organisationId === me.organisationId).length
		: 0;
	return {
		sector: sameSector >= MIN_RESPONDENTS ? sector : null,
		organisationId: sameOrganisation >= MIN_RESPONDENTS ? me.organisationId : null
	};
}

// ---------------------------------------------------------------------------------------------
// Gaps between sectors

export type SectorGap = {
	block: BlockSlug;
	high: { sector: Sector; mean: number };
	low: { sector: Sector; mean: number };
	difference: number;
};

export type SectorGaps = {
	sectors: Sector[];
	/** sector → block → mean */
	means: { sector: Sector; respondents: number; blocks: Record<BlockSlug, number | null> }[];
	/** Per block with at least two sectors that rated it, the highest and lowest sector mean. */
	perBlock: SectorGap[];
	/** The block where sectors differ most (null when every block agrees exactly). */
	largest: SectorGap | null;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The differences of means per block between the sector groups of a visible breakdown. */
export function sectorGaps(groups: readonly { group: string; result: Visible }[]): SectorGaps | null {
	if (groups.length < 2) return null;
	const means = groups.map((g) => ({
		sector: g.group as Sector,
		respondents: g.result.respondents,
		blocks: Object.fromEntries(g.result.blocks.map((b) => [b.block, b.mean])) as Record<BlockSlug, number | null>
	}));
	const perBlock: SectorGap[] = [];
	for (const block of BLOCK_ORDER) {
		const rated = means
			.filter((m) => m.blocks[block] !== null && m.blocks[block] !== undefined)
			.map((m) => ({ sector: m.sector, mean: m.blocks[block]! }));
		if (rated.length < 2) continue;
		const high = rated.reduce((a, b) => (b.mean > a.mean ? b : a));
		const low = rated.reduce((a, b) => (b.mean < a.mean ? b : a));
		perBlock.push({ block, high, low, difference: round2(high.mean - low.mean) });
	}
	const largest = perBlock.reduce<SectorGap | null>((a, b) => (b.difference > (a?.difference ?? 0) ? b : a), null);
	return { sectors: means.map((m) => m.sector), means, perBlock, largest };
}

// ---------------------------------------------------------------------------------------------
// Where to work on a block

export type BlockLinks = {
	block: BlockSlug;
	number: number;
	title: string;
	mean: number | null;
	/** The block's page in the knowledge base, at its reflection questions. */
	reflectionUrl: string;
	questions: string[];
	/** The worksheets (methods) that work on this block. */
	worksheets: { slug: string; title: string; url: string }[];
};

export function blockLinks(result: Pick<BlockResult, 'block' | 'mean'>): BlockLinks {
	const block = getBlock(result.block)!;
	return {
		block: block.slug,
		number: block.number,
		title: block.title,
		mean: result.mean,
		reflectionUrl: `/bouwstenen/${block.slug}#questions-title`,
		questions: block.reflectionQuestions,
		worksheets: block.methods.flatMap((slug) => {
			const method = getMethod(slug);
			return method ? [{ slug: method.slug, title: method.title, url: `/werkbladen/${method.slug}` }] : [];
		})
	};
}

/** Block slug → mean, for the radar and the trend. */
export function meansOf(result: Visible): Record<BlockSlug, number | null> {
	return Object.fromEntries(result.blocks.map((b) => [b.block, b.mean])) as Record<BlockSlug, number | null>;
}
