// The forms of a page as the browser would post them, read from its HTML: used by the isolation
// probes (ids of another partnership in every id field) and the fuzz (bad values in every field).

import { parse, type HTMLElement } from 'node-html-parser';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export interface Slot {
	/** The id of A in this slot. */
	id: string;
	/** "field ownerId", "field name rasci_<id>", "the action URL". */
	where: string;
	/** Index of the entry in the body, or -1 for the action URL. */
	entry: number;
	inName: boolean;
}

export interface HarvestedForm {
	page: string;
	action: string;
	/** The ids in it: the same form on the page rendered again has the same key. */
	key: string;
	url: string;
	slots: Slot[];
	body(): URLSearchParams;
	/** The fields as filled in, in order (names repeat for checkbox groups). */
	entries: readonly [string, string][];
	withReplaced(slot: Slot, id: string): { url: string; body: URLSearchParams };
	describe(): string;
}

/** Values that pass the forms' validation when a field is empty (the guard is skipped with saveAnyway). */
function fillValue(input: HTMLElement, type: string): string {
	const name = input.getAttribute('name') ?? '';
	const min = input.getAttribute('min');
	const max = input.getAttribute('max');
	switch (type) {
		case 'date':
			// A date in the past where the form asks for one (collected on, consent given on).
			return max ?? min ?? new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
		case 'time':
			return name.toLowerCase().includes('end') ? '11:00' : '10:00';
		case 'url':
			return 'https://vergader.example.be/proef';
		case 'email':
			return 'proef@example.be';
		case 'number':
			return min ?? '1';
		default:
			return name === 'code'
				? `PROEF-${Math.random().toString(36).slice(2, 8)}`
				: 'een korte proeftekst zonder gegevens';
	}
}

/**
 * The forms of a page that post (GET forms are filters), each with the body the browser would send
 * after someone filled in every empty field and ticked every option that holds an id.
 */
export function harvestForms(html: string, pageUrl: string, partnershipId: string): HarvestedForm[] {
	const isOwnPartnership = (id: string) => id.toLowerCase() === partnershipId.toLowerCase();
	return parse(html)
		.querySelectorAll('form')
		.filter((form) => (form.getAttribute('method') ?? 'get').toLowerCase() === 'post')
		.map((form) => {
			const action = form.getAttribute('action') ?? '';
			const url = new URL(action, `http://x${pageUrl}`);
			const entries: [string, string][] = [];
			/** Radio groups in order of appearance, with the checked value (else the first). */
			const radios = new Map<string, string>();
			const sameLists = new Map<string, number>();
			for (const field of form.querySelectorAll('input, select, textarea, button')) {
				const name = field.getAttribute('name');
				if (!name || field.hasAttribute('disabled')) continue;
				const tag = field.tagName.toLowerCase();
				const type = (field.getAttribute('type') ?? (tag === 'button' ? 'submit' : 'text')).toLowerCase();
				if (tag === 'button' || type === 'submit') {
					// The first named button is the one a person presses.
					if (!entries.some(([n]) => n === name)) entries.push([name, field.getAttribute('value') ?? '']);
					continue;
				}
				if (type === 'file' || type === 'reset' || type === 'image') continue;
				if (tag === 'select') {
					const options = field.querySelectorAll('option');
					const chosen = options.filter((o) => o.hasAttribute('selected'));
					// A placeholder ("Kies …", value "") is what someone replaces with the first real option.
					const real = (o: HTMLElement) => (o.getAttribute('value') ?? o.text.trim()) !== '';
					// Two lists of the same options (from / to) get different choices.
					const key = options.map((o) => o.getAttribute('value')).join(',');
					const nth = (sameLists.get(key) ?? 0) % Math.max(1, options.filter(real).length);
					sameLists.set(key, nth + 1);
					const values = field.hasAttribute('multiple')
						? chosen
						: [chosen.find(real) ?? options.filter(real)[nth] ?? options[0]];
					for (const option of values)
						if (option) entries.push([name, option.getAttribute('value') ?? option.text.trim()]);
					continue;
				}
				if (type === 'radio') {
					if (!radios.has(name) || field.hasAttribute('checked')) radios.set(name, field.getAttribute('value') ?? 'on');
					continue;
				}
				if (type === 'checkbox') {
					// Ticked as rendered, or as a user must tick it (a required confirmation); options that hold
					// an id are all ticked, so that each can be swapped.
					const value = field.getAttribute('value') ?? 'on';
					if (field.hasAttribute('checked') || field.hasAttribute('required') || isUuid(value))
						entries.push([name, value]);
					continue;
				}
				const value = tag === 'textarea' ? field.text : (field.getAttribute('value') ?? '');
				entries.push([name, value !== '' || type === 'hidden' ? value : fillValue(field, type)]);
			}
			for (const [name, value] of radios) entries.push([name, value]);
			if (!entries.some(([n]) => n === 'saveAnyway')) entries.push(['saveAnyway', '1']);

			const slots: Slot[] = [];
			for (const match of `${url.pathname}${url.search}`.matchAll(UUID))
				if (!isOwnPartnership(match[0]))
					slots.push({ id: match[0], where: 'the action URL', entry: -1, inName: false });
			entries.forEach(([name, value], i) => {
				for (const match of name.matchAll(UUID))
					slots.push({ id: match[0], where: `field name ${name.replace(match[0], '<id>')}`, entry: i, inName: true });
				for (const match of value.matchAll(UUID))
					if (!isOwnPartnership(match[0]))
						slots.push({ id: match[0], where: `field ${name}`, entry: i, inName: false });
			});
			const path = `${url.pathname}${url.search}`;
			return {
				page: pageUrl,
				action: path,
				key: slots.map((slot) => `${slot.where}=${slot.id}`).join(' '),
				url: path,
				slots,
				body: () => new URLSearchParams(entries),
				entries,
				withReplaced(slot, id) {
					if (slot.entry === -1) return { url: path.replace(slot.id, id), body: new URLSearchParams(entries) };
					const copy = entries.map(([n, v], i): [string, string] =>
						i !== slot.entry ? [n, v] : slot.inName ? [n.replace(slot.id, id), v] : [n, v.replace(slot.id, id)]
					);
					return { url: path, body: new URLSearchParams(copy) };
				},
				describe: () =>
					`form ${path.replace(UUID, (id) => (isOwnPartnership(id) ? 'A' : '<id>'))} on ${pageUrl.replace(UUID, (id) => (isOwnPartnership(id) ? 'A' : '<id>'))}`
			};
		});
}

/**
 * The forms of a page and of the edit views its links open: a page with many records renders one
 * record's edit form only when asked (`?bewerk=<id>`, the network map). Each form once: the forms
 * every view repeats (adding) count for the page itself.
 */
export async function harvestWithEditViews(
	html: string,
	pageUrl: string,
	partnershipId: string,
	get: (url: string) => Promise<string>
): Promise<HarvestedForm[]> {
	const forms = harvestForms(html, pageUrl, partnershipId);
	const seen = new Set(forms.map((f) => `${f.action} ${f.key}`));
	const base = new URL(pageUrl, 'http://x');
	const views = new Set<string>();
	for (const link of parse(html).querySelectorAll('a[href]')) {
		const url = new URL(link.getAttribute('href')!, base);
		if (url.pathname === base.pathname && url.searchParams.has('bewerk')) views.add(url.pathname + url.search);
	}
	for (const view of views)
		for (const form of harvestForms(await get(view), view, partnershipId)) {
			if (seen.has(`${form.action} ${form.key}`)) continue;
			seen.add(`${form.action} ${form.key}`);
			forms.push(form);
		}
	return forms;
}
