// The large data set (about one school year of a busy region) in set-based SQL: every table is
// filled by a few INSERT … SELECT over generate_series, so it takes seconds, not the hours that a
// million calls of the domain functions would. Used by `npm run seed:large` (scripts/seed-large.js),
// `npm run bench` and the EXPLAIN test (src/lib/server/db/explain.db.test.ts).
//
// It refuses a database that already has users: it never mixes generated rows with real data.
// Sizes: LARGE_PARTNERSHIPS (500) with LARGE_USERS (10000), LARGE_CASES (50000) and
// LARGE_AGREEMENTS (200000) in all; the first partnership is the demo one ("Schoolbrug Oostwijk")
// with 40 members, 300 cases and 1200 agreements, as one partnership after a busy year.

import { hash } from '@node-rs/argon2';

export const DEMO_PASSWORD = 'brugwerk-demo-2026';
/** @param {string} name @param {number} fallback */
const size = (name, fallback) => {
	const value = Number(process.env[name] ?? fallback);
	if (!Number.isInteger(value) || value < 1) throw new SeedError(`${name} must be a positive whole number.`);
	return value;
};

/** A refusal with a message for the person running it (not a bug). */
export class SeedError extends Error {}

const SENTENCES = [
	'Het kind komt vaak te laat en mist de eerste les.',
	'De ouders willen graag meewerken, maar het lukt niet altijd om langs te komen.',
	'De school merkt dat het kind stiller is dan vroeger.',
	'Er is een wachtlijst bij de hulpverlening, dus we zoeken wat er intussen kan.',
	'De brugfiguur heeft thuis een gesprek gehad en neemt de vragen mee.',
	'We spreken af om binnen twee weken samen terug te kijken.',
	'Het gezin heeft weinig vervoer, een afspraak op school is makkelijker.',
	'Het CLB volgt de schoolloopbaan op en bekijkt of extra zorg nodig is.',
	'De huiswerkklas helpt twee keer per week.',
	'Er zijn zorgen over de betaling van de schoolfactuur.',
	'Het kind doet graag mee met sport na school.',
	'Een tolk maakt het gesprek met de ouders veel vlotter.'
];
/** 60 texts of 1 to 6 sentences, as an SQL array literal: picked by number, so no text is built per row. */
const PROSE = `array[${Array.from({ length: 60 }, (_, k) =>
	Array.from({ length: 1 + (k % 6) }, (_, i) => SENTENCES[(k * 7 + i * 5) % SENTENCES.length]).join(' ')
)
	.map((text) => `'${text.replaceAll("'", "''")}'`)
	.join(',')}]`;

/**
 * Fills the empty database behind `client` (already migrated) with the large data set.
 * @param {import('pg').ClientBase} client
 * @param {{ log?: (message: string) => void }} [options]
 */
export async function seedLarge(client, { log = () => {} } = {}) {
	const n = {
		partnerships: size('LARGE_PARTNERSHIPS', 500),
		users: size('LARGE_USERS', 10_000),
		cases: size('LARGE_CASES', 50_000),
		agreements: size('LARGE_AGREEMENTS', 200_000),
		demoMembers: 40,
		demoCases: 300,
		demoAgreements: 1200
	};
	if (n.partnerships < 2 || n.users < n.demoMembers + n.partnerships * 3)
		throw new SeedError('Too few users for the partnerships: give each at least three.');

	const { rows } = await client.query('select count(*)::int as users from users');
	if (rows[0].users > 0)
		throw new SeedError(
			`This database already holds ${rows[0].users} users. seed:large only fills an empty database; ` +
				'point PGDATA_DIR or DATABASE_URL at a new one.'
		);

	const passwordHash = await hash(DEMO_PASSWORD);
	await client.query('begin');
	// Bulk load in one transaction: nothing is visible until it is complete.
	await client.query('set local synchronous_commit = off; select setseed(0.2026)');
	for (const [label, statement] of steps(n)) {
		const started = performance.now();
		const result = await client.query(statement, statement.includes('$1') ? [passwordHash] : []);
		const rowCount = [result].flat().reduce((sum, r) => sum + (r.command === 'INSERT' ? (r.rowCount ?? 0) : 0), 0);
		log(`${label}: ${rowCount} rows in ${Math.round(performance.now() - started)} ms`);
	}
	await client.query('commit');
	await client.query('analyze');
	const counts = await client.query(
		`select relname as table, n_live_tup::int as rows from pg_stat_user_tables where n_live_tup > 0 and schemaname = 'public' and relname not like '%drizzle%' order by n_live_tup desc`
	);
	log(counts.rows.map((r) => `${r.table} ${r.rows}`).join(', '));
}

/**
 * The statements, in dependency order. Helper tables in pg_temp number the generated rows
 * (n = 1, 2, …) so later steps can pick "the k-th member of partnership p" without a lookup per row.
 * @param {Record<string, number>} n the sizes
 */
function steps(n) {
	const others = n.partnerships - 1;
	const otherCases = n.cases - n.demoCases;
	const otherAgreements = n.agreements - n.demoAgreements;
	return [
		[
			'helpers',
			`
create function pg_temp.pick(options text[], k bigint) returns text language sql immutable as
  $$ select options[1 + (k % cardinality(options))::int] $$;
-- Plain text of 1 to 6 sentences: realistic lengths for descriptions and notes, never a name.
create function pg_temp.prose(k bigint) returns text language sql immutable as
  $$ select pg_temp.pick(${PROSE}, k) $$;
create table pg_temp.lp (n int primary key, id uuid not null);
create table pg_temp.lu (n int primary key, id uuid not null);
create table pg_temp.lm (partnership int, k int, id uuid not null, user_id uuid not null, role text not null,
  primary key (partnership, k));
create table pg_temp.lc (partnership int, k int, id uuid not null, primary key (partnership, k));
`
		],
		[
			'users',
			`
with made as (
  insert into users (email, name, password_hash, locale, created_at, email_verified_at)
  select case i when 1 then 'coordinator@brugwerk.test' when 2 then 'partner@brugwerk.test'
           else 'gebruiker' || i || '@groot.brugwerk.test' end,
         case i when 1 then 'Ilse Coördinator' when 2 then 'Karim Partner'
           else pg_temp.pick(array['An','Bram','Chloé','Dries','Elif','Fatima','Geert','Hanne','Ines','Jonas','Kato','Lotte','Mehdi','Nora','Pieter','Sara','Tom','Yasmine'], i)
             || ' ' || pg_temp.pick(array['Peeters','Janssens','Maes','Jacobs','Willems','Claes','Goossens','Wouters','De Smet','Aydin','El Amrani','Dubois','Lambert','Vermeulen'], i / 18) end,
         $1,
         pg_temp.pick(array['nl','nl','nl','nl','nl','nl','fr','en'], i),
         now() - (i % 400) * interval '1 day',
         now() - (i % 400) * interval '1 day'
  from generate_series(1, ${n.users}) as i
  returning id, email
)
insert into pg_temp.lu (n, id)
select case email when 'coordinator@brugwerk.test' then 1 when 'partner@brugwerk.test' then 2
         else split_part(substr(email, 10), '@', 1)::int end, id
from made`
		],
		[
			'partnerships',
			`
with made as (
  insert into partnerships (name, region, description, created_at)
  select case i when 1 then 'Schoolbrug Oostwijk' else 'Samenwerking ' || pg_temp.pick(array['Noord','Zuid','Oost','West','Centrum','Haven','Kouter','Linde'], i) || ' ' || i end,
         case i when 1 then 'Oostwijk' else pg_temp.pick(array['Gent','Antwerpen','Leuven','Brugge','Hasselt','Mechelen','Aalst','Kortrijk','Genk','Oostende'], i) end,
         pg_temp.prose(i),
         now() - interval '13 months' + (i % 60) * interval '1 day'
  from generate_series(1, ${n.partnerships}) as i
  returning id, name
)
insert into pg_temp.lp (n, id)
select case name when 'Schoolbrug Oostwijk' then 1 else split_part(name, ' ', 3)::int end, id from made`
		],
		[
			'memberships',
			// Users 1..40 form the demo partnership; the rest are spread over the others, about
			// twenty each. The first of each is a coordinator, about one in seven an observer.
			// The demo coordinator also belongs to three other partnerships (the switcher).
			`
with placed as (
  select u.n as user_n, u.id as user_id,
         case when u.n <= ${n.demoMembers} then 1 else 2 + (u.n - ${n.demoMembers} - 1) % ${others} end as partnership,
         case when u.n <= ${n.demoMembers} then u.n else 1 + (u.n - ${n.demoMembers} - 1) / ${others} end as k
  from pg_temp.lu u
  union all
  select 1, (select id from pg_temp.lu where n = 1), p, 0 from generate_series(2, least(4, ${n.partnerships})) as p
),
made as (
  insert into memberships (partnership_id, user_id, role, organisation_name, organisation_type, function, joined_at)
  select lp.id, placed.user_id,
         (case when placed.k <= 1 or placed.k = 3 then 'coordinator' when placed.k % 7 = 0 then 'observer' else 'member' end)::partnership_role,
         pg_temp.pick(array['Basisschool De Linde','Secundaire school Atheneum','CLB Regio','OCMW','CAW','Huis van het Kind','Jeugdhulp','Buurtwerk','Vrijetijdsdienst','Welzijnsschakel'], placed.user_n),
         pg_temp.pick(array_remove(enum_range(null::organisation_type)::text[], 'other'), placed.user_n)::organisation_type,
         pg_temp.pick(array_remove(enum_range(null::member_function)::text[], 'other'), placed.user_n)::member_function,
         now() - interval '12 months' + (placed.k % 90) * interval '1 day'
  from placed join pg_temp.lp lp on lp.n = placed.partnership
  returning id, partnership_id, user_id, role
)
insert into pg_temp.lm (partnership, k, id, user_id, role)
select lp.n, row_number() over (partition by made.partnership_id order by made.role <> 'coordinator', made.user_id)::int,
       made.id, made.user_id, made.role::text
from made join pg_temp.lp lp on lp.id = made.partnership_id`
		],
		[
			'workers and counts',
			// Workers (coordinators and members) may hold case roles; observers never do.
			`
create table pg_temp.lw as
  select partnership, row_number() over (partition by partnership order by k)::int as k, id, user_id
  from pg_temp.lm where role <> 'observer';
alter table pg_temp.lw add primary key (partnership, k);
create table pg_temp.pc as
  select lp.n as partnership, lp.id,
         (select count(*) from pg_temp.lm where lm.partnership = lp.n)::int as members,
         (select count(*) from pg_temp.lw where lw.partnership = lp.n)::int as workers,
         case lp.n when 1 then ${n.demoCases} else ${Math.floor(otherCases / others)} + (case when lp.n - 1 <= ${otherCases % others} then 1 else 0 end) end as cases,
         case lp.n when 1 then ${n.demoAgreements} else ${Math.floor(otherAgreements / others)} + (case when lp.n - 1 <= ${otherAgreements % others} then 1 else 0 end) end as agreements,
         case lp.n when 1 then 24 else 10 end as organisations,
         case lp.n when 1 then 60 else 30 end as meetings
  from pg_temp.lp lp;
alter table pg_temp.pc add primary key (partnership);
analyze pg_temp.lu; analyze pg_temp.lp; analyze pg_temp.lm; analyze pg_temp.lw; analyze pg_temp.pc`
		],
		[
			'organisations',
			`
insert into organisations (partnership_id, name, type, sector, level, contact_person, reachability, expertise, description)
select pc.id,
       pg_temp.pick(array['Basisschool','Secundaire school','CLB','OCMW','CAW','Huis van het Kind','Jeugdhulp','Buurtwerk','Vrijetijdsdienst','Welzijnsschakel','Stad','Kinderopvang'], o) || ' ' || o,
       pg_temp.pick(array_remove(enum_range(null::organisation_type)::text[], 'other'), o)::organisation_type,
       (enum_range(null::sector))[1 + o % 4],
       (enum_range(null::level))[1 + o % 3],
       pg_temp.pick(array['Onthaal','Zorgcoördinator','Teamverantwoordelijke','Brugfiguur'], o),
       'Op werkdagen van 9 tot 16 uur, via het algemene nummer.',
       array[pg_temp.pick(array['taal','armoede','gezondheid','vrije tijd','opvoeding','huisvesting'], o), pg_temp.pick(array['leren','welbevinden','werk','schoolkosten'], o)],
       pg_temp.prose(o)
from pg_temp.pc, generate_series(1, pc.organisations) as o;
update memberships m set organisation_id = o.id
from pg_temp.lm lm, organisations o, pg_temp.pc pc
where m.id = lm.id and pc.partnership = lm.partnership and o.partnership_id = pc.id
  and o.name like '% ' || (1 + lm.k % pc.organisations)`
		],
		[
			'network map',
			`
with nodes as (
  insert into network_nodes (partnership_id, kind, organisation_id, label, level, sector, x, y)
  select o.partnership_id, 'organisation', o.id, o.name, o.level, o.sector,
         100 + (row_number() over w % 6) * 160, 100 + (row_number() over w / 6) * 120
  from organisations o window w as (partition by o.partnership_id order by o.name)
  returning id, partnership_id
),
numbered as (
  select id, partnership_id, row_number() over (partition by partnership_id order by id) as k,
         count(*) over (partition by partnership_id) as total from nodes
)
insert into network_links (partnership_id, from_node_id, to_node_id, type, strength, note)
select a.partnership_id, a.id, b.id, (enum_range(null::link_type))[1 + a.k % 5], (enum_range(null::link_strength))[1 + a.k % 3], ''
from numbered a join numbered b on b.partnership_id = a.partnership_id and b.k = 1 + a.k % a.total
where a.total > 1`
		],
		[
			'cases',
			`
with made as (
  insert into cases (partnership_id, code, status, created_by, created_at, updated_at)
  select pc.id, 'K-' || to_char(now() - (c % 330) * interval '1 day', 'YYYY') || '-' || lpad(c::text, 4, '0'),
         (case when c % 20 < 12 then 'open' when c % 20 < 17 then 'in_follow_up' else 'closed' end)::case_status,
         lw.user_id,
         now() - (c % 330) * interval '1 day', now() - (c % 40) * interval '1 day'
  from pg_temp.pc cross join generate_series(1, pc.cases) as c
  join pg_temp.lw on lw.partnership = pc.partnership and lw.k = 1 + c % pc.workers
  returning id, partnership_id, code
)
insert into pg_temp.lc (partnership, k, id)
select pc.partnership, split_part(made.code, '-', 3)::int, made.id from made join pg_temp.pc on pc.id = made.partnership_id;
analyze pg_temp.lc`
		],
		[
			'case partners',
			`
insert into case_partners (partnership_id, case_id, membership_id)
select pc.id, lc.id, lw.id
from pg_temp.lc join pg_temp.pc on pc.partnership = lc.partnership
cross join generate_series(0, 2) as j
join pg_temp.lw on lw.partnership = lc.partnership and lw.k = 1 + (lc.k + j) % pc.workers
on conflict do nothing`
		],
		[
			'case sections',
			// Every case is situated; most have strengths and the voice of child and parents, the
			// closed ones an evaluation. "heard" is spread over yes, partly and no.
			`
insert into case_sections (partnership_id, case_id, kind, content, updated_at)
select pc.id, lc.id, s.kind::case_section_kind,
       case s.kind
         when 'situation' then jsonb_build_object('situation', pg_temp.prose(lc.k), 'differences', case when lc.k % 3 = 0 then pg_temp.prose(lc.k + 1) else '' end)
         when 'strengths' then jsonb_build_object('child', pg_temp.prose(lc.k + 2), 'context', pg_temp.prose(lc.k + 3))
         when 'family' then jsonb_build_object('involvement', pg_temp.prose(lc.k + 4), 'communication', '', 'capacity', pg_temp.pick(array['yes','partly','no','unknown'], lc.k), 'capacityNote', '')
         when 'voice' then jsonb_build_object('heard', pg_temp.pick(array['yes','partly','no'], lc.k), 'how', pg_temp.prose(lc.k + 5), 'notYetHeard', case when lc.k % 2 = 0 then 'De vader kwam nog niet aan het woord.' else '' end)
         else jsonb_build_object('went', pg_temp.prose(lc.k + 6), 'lessons', pg_temp.prose(lc.k + 7))
       end,
       now() - (lc.k % 60) * interval '1 day'
from pg_temp.lc join pg_temp.pc on pc.partnership = lc.partnership
join cases on cases.id = lc.id
cross join unnest(array['situation','strengths','family','voice','evaluation']) as s(kind)
where s.kind = 'situation'
   or (s.kind = 'strengths' and lc.k % 2 = 0)
   or (s.kind = 'family' and lc.k % 5 < 2)
   or (s.kind = 'voice' and lc.k % 10 < 7)
   or (s.kind = 'evaluation' and cases.status = 'closed')`
		],
		[
			'perspectives',
			`
insert into case_perspectives (partnership_id, case_id, user_id, content)
select pc.id, lc.id, lw.user_id,
       jsonb_build_object('observations', pg_temp.prose(lc.k), 'interpretation', pg_temp.prose(lc.k + 1), 'important', '', 'worries', pg_temp.prose(lc.k + 2))
from pg_temp.lc join pg_temp.pc on pc.partnership = lc.partnership
join pg_temp.lw on lw.partnership = lc.partnership and lw.k = 1 + lc.k % pc.workers
where lc.k % 10 < 3`
		],
		[
			'case actions and RASCI',
			`
with made as (
  insert into case_actions (partnership_id, case_id, description, feasibility, impact, chosen)
  select pc.id, lc.id, pg_temp.prose(lc.k * 3 + a), 1 + (lc.k + a) % 3, 1 + (lc.k * a) % 3, a = 1
  from pg_temp.lc join pg_temp.pc on pc.partnership = lc.partnership
  cross join generate_series(1, 3) as a
  returning id, partnership_id, case_id, chosen
)
insert into action_assignments (partnership_id, action_id, membership_id, letter)
select made.partnership_id, made.id, lw.id, l.letter::rasci_letter
from made join pg_temp.lc on lc.id = made.case_id join pg_temp.pc on pc.partnership = lc.partnership
cross join (values (0, 'R'), (1, 'A'), (2, 'I')) as l(j, letter)
join pg_temp.lw on lw.partnership = lc.partnership and lw.k = 1 + (lc.k + l.j) % pc.workers
where made.chosen
on conflict do nothing`
		],
		[
			'meetings',
			// Every second week of the past year and a few ahead; about one in four is a case meeting.
			`
create table pg_temp.lmeet (partnership int, k int, id uuid not null, primary key (partnership, k));
with made as (
  insert into meetings (partnership_id, kind, title, case_id, starts_at, ends_at, place, purpose, minutes, created_by)
  select pc.id, (case when m % 4 = 0 then 'case' else 'structural' end)::meeting_kind,
         case when m % 4 = 0 then 'Casusoverleg ' || m else 'Overleg ' || m end,
         lc.id,
         date_trunc('day', now()) + interval '14 hours' + (m - pc.meetings + 6) * interval '7 days',
         date_trunc('day', now()) + interval '15 hours 30 minutes' + (m - pc.meetings + 6) * interval '7 days',
         'Vergaderzaal ' || (1 + m % 3), pg_temp.prose(m),
         case when m < pc.meetings - 6 then pg_temp.prose(m + 3) else '' end,
         lead.user_id
  from pg_temp.pc cross join generate_series(1, pc.meetings) as m
  join pg_temp.lw lead on lead.partnership = pc.partnership and lead.k = 1
  left join pg_temp.lc on m % 4 = 0 and lc.partnership = pc.partnership and lc.k = 1 + m % pc.cases
  returning id, partnership_id, title
)
insert into pg_temp.lmeet (partnership, k, id)
select pc.partnership, split_part(made.title, ' ', 2)::int, made.id from made join pg_temp.pc on pc.id = made.partnership_id;
insert into meeting_agenda_items (partnership_id, meeting_id, title, note, status, position)
select pc.id, lmeet.id, pg_temp.pick(array['Nieuwe casussen','Opvolging afspraken','Signalen','Vorming','Rondvraag'], lmeet.k + i), '',
       (case when i = 3 and lmeet.k % 5 = 0 then 'proposed' else 'accepted' end)::agenda_item_status, i
from pg_temp.lmeet join pg_temp.pc on pc.partnership = lmeet.partnership cross join generate_series(1, 3) as i;
insert into meeting_attendees (partnership_id, meeting_id, membership_id, attendance)
select pc.id, lmeet.id, lm.id, (enum_range(null::attendance))[1 + (lmeet.k + lm.k) % 4]
from pg_temp.lmeet join pg_temp.pc on pc.partnership = lmeet.partnership
cross join generate_series(0, 4) as j
join pg_temp.lm on lm.partnership = lmeet.partnership and lm.k = 1 + (lmeet.k + j) % pc.members
on conflict do nothing`
		],
		[
			'agreements',
			// Four in five belong to a case, the rest to a meeting. Due dates lie from two months ago
			// to three months ahead, so lists, "late" and "this week" all have rows.
			`
create table pg_temp.la as
with made as (
  insert into agreements (partnership_id, origin, case_id, meeting_id, what, owner_id, due_date, feedback_date, feedback_note, status, voice, created_by, created_at, updated_at)
  select pc.id,
         (case when a % 5 = 0 then 'meeting' else 'case' end)::agreement_origin,
         lc.id, lmeet.id,
         pg_temp.pick(array['Contact opnemen met','Een gesprek plannen met','Terugkoppelen aan','Informatie bezorgen aan','Samen langsgaan bij'], a)
           || ' ' || pg_temp.pick(array['de ouders','het CLB','de zorgcoördinator','de brugfiguur','het OCMW','de huiswerkklas'], a / 5),
         owner.user_id,
         case when a % 11 <> 0 then current_date + ((a * 37) % 150 - 60) end,
         case when a % 3 = 0 then current_date + ((a * 37) % 150 - 53) end,
         case when a % 3 = 0 then 'We koppelen terug op het volgende overleg.' else '' end,
         (case when a % 20 < 11 then 'open' when a % 20 < 17 then 'done' when a % 20 < 19 then 'adjusted' else 'dropped' end)::agreement_status,
         case when a % 2 = 0 then jsonb_build_object('heard', pg_temp.pick(array['yes','partly','no'], a), 'how', pg_temp.prose(a), 'notYetHeard', '') end,
         lead.user_id,
         now() - ((a * 13) % 300) * interval '1 day', now() - ((a * 7) % 60) * interval '1 day'
  from pg_temp.pc cross join generate_series(1, pc.agreements) as a
  join pg_temp.lw owner on owner.partnership = pc.partnership and owner.k = 1 + a % pc.workers
  join pg_temp.lw lead on lead.partnership = pc.partnership and lead.k = 1
  left join pg_temp.lc on a % 5 <> 0 and lc.partnership = pc.partnership and lc.k = 1 + a % pc.cases
  left join pg_temp.lmeet on a % 5 = 0 and lmeet.partnership = pc.partnership and lmeet.k = 1 + a % pc.meetings
  returning id, partnership_id, case_id, owner_id, status, created_at
)
select * from made;
insert into agreement_events (partnership_id, agreement_id, user_id, at, changes)
select partnership_id, id, owner_id, created_at, jsonb_build_object('status', jsonb_build_array(null, 'open')) from pg_temp.la;
insert into agreement_events (partnership_id, agreement_id, user_id, at, changes)
select partnership_id, id, owner_id, created_at + interval '9 days', jsonb_build_object('status', jsonb_build_array('open', status::text))
from pg_temp.la where status <> 'open'`
		],
		[
			'audit log',
			// Who read and changed case data: a creation and a few reads per case, plus each case
			// agreement's creation.
			`
insert into audit_log (partnership_id, case_id, user_id, action, target, at)
select pc.id, lc.id, lw.user_id, case when i = 0 then 'create' else 'read' end, 'case', now() - ((lc.k + i * 11) % 330) * interval '1 day'
from pg_temp.lc join pg_temp.pc on pc.partnership = lc.partnership
cross join generate_series(0, 4) as i
join pg_temp.lw on lw.partnership = lc.partnership and lw.k = 1 + (lc.k + i) % pc.workers;
insert into audit_log (partnership_id, case_id, user_id, action, target, at)
select partnership_id, case_id, owner_id, 'create', 'agreement', created_at from pg_temp.la where case_id is not null`
		],
		[
			'goals',
			`
with made as (
  insert into goals (partnership_id, why, specific, measurable, active, realistic, time_bound, involved, families_involved, review_date)
  select pc.id, 'Elk kind voelt zich welkom op school en thuis in de buurt.', 'Minder kinderen die vaak afwezig zijn.',
         'Het aantal problematische afwezigheden daalt met een vijfde.', 'School, CLB en brugfiguur werken samen.',
         'Haalbaar met de partners aan tafel.', current_date + 240, 'Alle partners en een oudergroep.',
         pg_temp.pick(array['yes','partly','no'], pc.partnership), current_date + 60
  from pg_temp.pc
  returning *
)
insert into goal_versions (partnership_id, goal_id, version, content)
select partnership_id, id, 1, jsonb_build_object('why', why, 'specific', specific, 'measurable', measurable, 'active', active,
  'realistic', realistic, 'timeBound', time_bound, 'involved', involved, 'familiesInvolved', families_involved, 'reviewDate', review_date)
from made`
		],
		[
			'scan rounds and answers',
			// Two closed rounds (autumn and spring) with eight answers each; the demo partnership
			// also has an open round.
			`
create table pg_temp.lr as
with made as (
  insert into scan_rounds (partnership_id, title, statement_ids, opens_at, closes_at, closed_at)
  select pc.id, 'Scanronde ' || r, (select array_agg(b || '-' || i order by b, i) from unnest(array['gemeenschappelijk-doel','relatie','betrokkenheid','respect-en-vertrouwen','afstemming-en-taakafbakening','communicatie']) as b, generate_series(1, 5) as i),
         now() - (300 - r * 130) * interval '1 day', now() - (286 - r * 130) * interval '1 day',
         case when r < 3 then now() - (286 - r * 130) * interval '1 day' end
  from pg_temp.pc cross join generate_series(1, 3) as r
  where r < 3 or pc.partnership = 1
  returning id, partnership_id, statement_ids, closed_at
)
select * from made;
insert into scan_responses (partnership_id, round_id, sector, organisation_id, ratings)
select lr.partnership_id, lr.id, (enum_range(null::sector))[1 + x % 4]::text, null,
       (select jsonb_object_agg(s, case when (x + i) % 13 = 0 then null else 1 + (x * 3 + i * 7 + length(s)) % 5 end)
        from unnest(lr.statement_ids) with ordinality as t(s, i))
from pg_temp.lr cross join generate_series(1, 8) as x
where lr.closed_at is not null;
insert into scan_participations (round_id, user_id)
select lr.id, lm.user_id from pg_temp.lr join pg_temp.pc on pc.id = lr.partnership_id
join pg_temp.lm on lm.partnership = pc.partnership and lm.k <= 8 where lr.closed_at is not null`
		],
		[
			'signals',
			// Twelve per partnership, spread over every step; each step passed has its event.
			`
create table pg_temp.ls as
with made as (
  insert into signals (partnership_id, title, theme, description, request, level, addressee, status, answer, created_by, created_at)
  select pc.id, pg_temp.pick(array['Wachtlijst voor jeugdhulp','Schoolkosten te hoog','Geen vervoer naar de opvang','Te weinig plaatsen in de kinderopvang','Drempel bij het aanvragen van een tegemoetkoming'], s),
         (enum_range(null::signal_theme))[1 + s % cardinality(enum_range(null::signal_theme))], pg_temp.prose(s), 'Kan dit op de agenda van de werkgroep?',
         (enum_range(null::signal_level))[1 + s % 2], pg_temp.pick(array_remove(enum_range(null::signal_addressee)::text[], 'other'), s)::signal_addressee,
         (enum_range(null::signal_status))[1 + s % 4], case when s % 4 = 3 then 'De stad bekijkt een oplossing tegen het voorjaar.' else '' end,
         lw.user_id,
         now() - (s * 25) * interval '1 day'
  from pg_temp.pc cross join generate_series(1, 12) as s
  join pg_temp.lw on lw.partnership = pc.partnership and lw.k = 1 + s % pc.workers
  returning id, partnership_id, status, created_by, created_at
)
select * from made;
insert into signal_events (partnership_id, signal_id, status, "on", user_id)
select ls.partnership_id, ls.id, st.status, (ls.created_at + st.i * interval '10 days')::date, ls.created_by
from pg_temp.ls cross join lateral unnest(enum_range(null::signal_status)) with ordinality as st(status, i)
where st.i <= array_position(enum_range(null::signal_status), ls.status);
insert into signal_sources (partnership_id, signal_id, kind, case_id)
select ls.partnership_id, ls.id, 'case', lc.id
from pg_temp.ls join pg_temp.pc on pc.id = ls.partnership_id
cross join generate_series(0, 2) as j
join pg_temp.lc on lc.partnership = pc.partnership and lc.k = 1 + (extract(epoch from ls.created_at)::bigint / 86400 + j * 7) % pc.cases`
		],
		[
			'learning log',
			`
insert into learning_entries (partnership_id, kind, title, description, lesson, blocks, created_by, created_at)
select pc.id, (enum_range(null::learning_kind))[1 + e % 2], pg_temp.pick(array['Snel contact via de brugfiguur','Doorverwijzing liep vast','Oudercafé goed bezocht','Info kwam te laat','Gezamenlijk huisbezoek'], e),
       pg_temp.prose(e), pg_temp.prose(e + 1), array[pg_temp.pick(array['relatie','communicatie','betrokkenheid'], e)],
       lw.user_id, now() - (e * 9) * interval '1 day'
from pg_temp.pc cross join generate_series(1, 30) as e
join pg_temp.lw on lw.partnership = pc.partnership and lw.k = 1 + e % pc.workers`
		],
		[
			'reflection moments',
			`
with made as (
  insert into reflection_moments (partnership_id, code, block, questions, title, status, facilitator_id, created_at, closed_at)
  select pc.id,
         (select string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + ((pc.partnership * 3 + r) / (32 ^ d)::bigint % 32)::int, 1), '' order by d) from generate_series(0, 5) as d),
         pg_temp.pick(array['relatie','communicatie','respect-en-vertrouwen'], r), array['Wat loopt goed?', 'Waar ligt de stem van kind en ouders?'],
         'Reflectie ' || r, 'closed', lead.user_id,
         now() - (r * 60) * interval '1 day', now() - (r * 60) * interval '1 day' + interval '1 hour'
  from pg_temp.pc cross join generate_series(1, 3) as r
  join pg_temp.lw lead on lead.partnership = pc.partnership and lead.k = 1
  returning id, partnership_id
)
insert into reflection_answers (partnership_id, moment_id, question, text)
select partnership_id, id, q % 2, pg_temp.prose(q) from made cross join generate_series(1, 10) as q`
		],
		[
			'sharing agreements and consent',
			`
with made as (
  insert into sharing_agreements (partnership_id, title, may_share, may_not_share, legal_frame, consent, channel)
  select pc.id, 'Afspraak ' || g, 'Wat nodig is voor de hulp aan het gezin.', 'Medische gegevens en wat niet met de hulp te maken heeft.',
         (enum_range(null::legal_frame))[1 + g % cardinality(enum_range(null::legal_frame))],
         (case g when 1 then 'parents' else 'none' end)::consent_requirement, 'Beveiligde mail of een gesprek.'
  from pg_temp.pc, generate_series(1, 2) as g
  returning id, partnership_id, consent
)
insert into consent_records (partnership_id, case_id, sharing_agreement_id, given_on, given_by, form, scope_what, scope_to, scope_purpose, expires_on)
select made.partnership_id, lc.id, made.id, current_date - (lc.k % 200), (enum_range(null::consent_giver))[1 + lc.k % 4],
       (enum_range(null::consent_form))[1 + lc.k % 3], 'De schoolloopbaan en de hulp thuis.', 'CLB en brugfiguur', 'Samen de hulp afstemmen.',
       case when lc.k % 4 = 0 then current_date - (lc.k % 200) + 365 end
from made join pg_temp.pc on pc.id = made.partnership_id join pg_temp.lc on lc.partnership = pc.partnership
where made.consent <> 'none' and lc.k % 5 = 0`
		]
	];
}
