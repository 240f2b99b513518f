import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, real, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { level, memberships, organisations, partnerships, sector } from './partnerships';
import { LINK_STRENGTHS, LINK_TYPES, NETWORK_NODE_KINDS } from '../../../domain/partnerships/enums';

export const networkNodeKind = pgEnum('network_node_kind', NETWORK_NODE_KINDS);
export const linkType = pgEnum('link_type', LINK_TYPES);
export const linkStrength = pgEnum('link_strength', LINK_STRENGTHS);

/**
 * A node on the network map: an organisation, a person, or expertise the network misses.
 * Positions are in the map's own 1000 × 1000 coordinate space; the ring follows the level.
 */
export const networkNodes = pgTable(
	'network_nodes',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		kind: networkNodeKind('kind').notNull(),
		/** Set when the node stands for an organisation of the directory. */
		organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
		/** Set when the node stands for a member of the partnership. */
		membershipId: uuid('membership_id').references(() => memberships.id, { onDelete: 'cascade' }),
		label: text('label').notNull(),
		level: level('level').notNull(),
		sector: sector('sector'),
		/** A person's role, or what the missing expertise is about. */
		role: text('role').notNull().default(''),
		contact: text('contact').notNull().default(''),
		expertise: text('expertise').notNull().default(''),
		x: real('x').notNull(),
		y: real('y').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('network_nodes_partnership_idx').on(t.partnershipId),
		unique('network_nodes_organisation_uq').on(t.partnershipId, t.organisationId),
		unique('network_nodes_membership_uq').on(t.partnershipId, t.membershipId)
	]
);

export const networkLinks = pgTable(
	'network_links',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		partnershipId: uuid('partnership_id')
			.notNull()
			.references(() => partnerships.id, { onDelete: 'cascade' }),
		fromNodeId: uuid('from_node_id')
			.notNull()
			.references(() => networkNodes.id, { onDelete: 'cascade' }),
		toNodeId: uuid('to_node_id')
			.notNull()
			.references(() => networkNodes.id, { onDelete: 'cascade' }),
		type: linkType('type').notNull(),
		strength: linkStrength('strength').notNull(),
		note: text('note').notNull().default(''),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		version: integer('version').notNull().default(1)
	},
	(t) => [
		index('network_links_partnership_idx').on(t.partnershipId),
		unique('network_links_pair_type_uq').on(t.fromNodeId, t.toNodeId, t.type),
		check('network_links_not_self', sql`${t.fromNodeId} <> ${t.toNodeId}`)
	]
);
