// The partnership's menu, in one place: the bar of a wide screen (src/routes/s/[partnership=id]/+layout.svelte)
// and the phone's "Menu" disclosure (src/routes/+layout.svelte) show the same sections and mark the same page.

import type { Permission } from '$lib/domain/permissions/permissions';
import { m } from '$lib/paraglide/messages.js';

export type MenuLink = { href: string; label: string };
export type MenuSection = { label: string; links: MenuLink[] };

/** The sections `permissions` may see (the same can() the server enforces), each with its pages; a section without a page is left out. */
export function partnershipMenu(partnershipId: string, permissions: Record<Permission, boolean>): MenuSection[] {
	const base = `/s/${partnershipId}`;
	const p = permissions;
	const sections: { label: string; links: (MenuLink & { show: boolean })[] }[] = [
		{ label: m.pnav_home(), links: [{ href: base, label: m.pnav_home(), show: true }] },
		{ label: m.pnav_goal(), links: [{ href: `${base}/doel`, label: m.pnav_goal(), show: p['partnership:read'] }] },
		{ label: m.pnav_cases(), links: [{ href: `${base}/casussen`, label: m.pnav_cases(), show: p['case:read'] }] },
		{
			label: m.pnav_agreements(),
			links: [
				{ href: `${base}/afspraken/mijn`, label: m.pnav_my_agreements(), show: p['agreement:read'] },
				{ href: `${base}/afspraken`, label: m.agreements_all_title(), show: p['agreement:read'] }
			]
		},
		{
			label: m.pnav_meetings(),
			links: [{ href: `${base}/overleg`, label: m.pnav_meetings(), show: p['meeting:read'] }]
		},
		{
			label: m.pnav_network(),
			links: [
				{ href: `${base}/netwerkkaart`, label: m.pnav_network_map(), show: p['network:read'] },
				{ href: `${base}/organisaties`, label: m.pnav_organisations(), show: p['network:read'] },
				{ href: `${base}/expertise`, label: m.pnav_expertise(), show: p['network:read'] },
				{ href: `${base}/mandaten`, label: m.pnav_mandates(), show: p['network:read'] },
				{ href: `${base}/informatiedeling`, label: m.pnav_sharing(), show: p['sharing:read'] }
			]
		},
		{
			label: m.pnav_evaluate(),
			links: [
				{ href: `${base}/scan`, label: m.pnav_scan(), show: p['scan:read'] },
				{ href: `${base}/reflectie`, label: m.pnav_reflection(), show: p['reflection:read'] },
				{ href: `${base}/leerlogboek`, label: m.pnav_learning(), show: p['learning:read'] },
				{ href: `${base}/signalen`, label: m.pnav_signals(), show: p['signal:read'] }
			]
		},
		{
			label: m.pnav_worksheets(),
			links: [
				{ href: `${base}/werkbladen`, label: m.pnav_worksheets(), show: p['worksheet:read'] },
				{ href: `${base}/convenanten`, label: m.pnav_covenants(), show: p['worksheet:read'] },
				{ href: `${base}/pilots`, label: m.pnav_pilots(), show: p['worksheet:read'] },
				{ href: `${base}/taken`, label: m.pnav_recurring_tasks(), show: p['worksheet:read'] },
				{ href: `${base}/continuiteit`, label: m.pnav_continuity(), show: p['worksheet:read'] },
				{ href: `${base}/woordenlijst`, label: m.pnav_glossary(), show: p['worksheet:read'] }
			]
		},
		{
			label: m.pnav_members(),
			links: [
				{ href: `${base}/leden`, label: m.pnav_members(), show: p['member:read'] },
				{ href: `${base}/welkom`, label: m.pnav_welcome(), show: p['partnership:read'] },
				{ href: `${base}/rolkaart`, label: m.pnav_role_card(), show: p['rolecard:write-own'] },
				{ href: `${base}/wie-biedt-wat`, label: m.pnav_who_offers_what(), show: p['rolecard:read'] },
				{ href: `${base}/uitnodigen`, label: m.pnav_invitations(), show: p['member:invite'] },
				{ href: `${base}/mijn-gegevens`, label: m.inv2_pnav_me(), show: p['member:profile:own'] }
			]
		},
		{
			label: m.pnav_settings(),
			links: [{ href: `${base}/instellingen`, label: m.pnav_settings(), show: p['partnership:update'] }]
		}
	];
	return sections
		.map((s) => ({ label: s.label, links: s.links.filter((l) => l.show).map(({ href, label }) => ({ href, label })) }))
		.filter((s) => s.links.length > 0);
}

/** The link the current page belongs to: the longest href that is `path` or a folder above it ('' for none). */
export function currentMenuHref(sections: MenuSection[], path: string): string {
	let best = '';
	for (const s of sections)
		for (const l of s.links)
			if ((path === l.href || path.startsWith(`${l.href}/`)) && l.href.length > best.length) best = l.href;
	return best;
}

/** The account pages' menu: a row of links on a wide screen (src/routes/account/+layout.svelte), a group in the phone's "Menu". */
export function accountMenu(): MenuLink[] {
	return [
		{ href: '/account', label: m.account_nav_profile() },
		{ href: '/account/tweede-stap', label: m.account_nav_second_factor() },
		{ href: '/account/passkeys', label: m.account_nav_passkeys() },
		{ href: '/account/sessies', label: m.account_nav_sessions() },
		{ href: '/account/logboek', label: m.account_nav_log() },
		{ href: '/account/meldingen', label: m.reminder_nav() },
		{ href: '/account/verwijderen', label: m.cont_delete_title() }
	];
}
