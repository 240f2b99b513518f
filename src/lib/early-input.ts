// Keeps what someone typed, ticked or chose before the page was hydrated.
//
// Svelte 5 writes every `value={…}`, `checked={…}` and `selected={…}` into the element once while
// hydrating, so on a slow phone or laptop the first words typed into a server-rendered form
// vanish and the form posts empty (svelte#1755, kit#8895). The root layout takes a snapshot of the
// fields that differ from their server-rendered defaults before any component renders, and puts
// them back once the page is mounted, firing the events a binding or a draft listens to.

type Kept =
	| { el: HTMLInputElement | HTMLTextAreaElement; value: string }
	| { el: HTMLInputElement; checked: boolean }
	| { el: HTMLSelectElement; selected: boolean[] };

const SKIPPED_TYPES = new Set(['hidden', 'file', 'submit', 'button', 'reset', 'image']);

/** What differs from the HTML as served; call before hydration. Returns the function that restores it. */
export function keepEarlyInput(root: ParentNode = document): () => void {
	const kept: Kept[] = [];
	for (const el of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
		'input, textarea, select'
	)) {
		if (el instanceof HTMLSelectElement) {
			const options = [...el.options];
			if (options.some((o, i) => o.selected !== selectedByDefault(el, i)))
				kept.push({ el, selected: options.map((o) => o.selected) });
		} else if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
			if (el.checked !== el.defaultChecked) kept.push({ el, checked: el.checked });
		} else if (!(el instanceof HTMLInputElement && SKIPPED_TYPES.has(el.type)) && el.value !== el.defaultValue) {
			kept.push({ el, value: el.value });
		}
	}
	return () => {
		for (const k of kept) {
			if (!k.el.isConnected) continue;
			if ('value' in k) {
				if (k.el.value === k.value) continue;
				k.el.value = k.value;
				k.el.dispatchEvent(new Event('input', { bubbles: true }));
			} else if ('checked' in k) {
				if (k.el.checked === k.checked) continue;
				k.el.checked = k.checked;
				k.el.dispatchEvent(new Event('change', { bubbles: true }));
			} else {
				const options = [...k.el.options];
				if (options.every((o, i) => o.selected === k.selected[i])) continue;
				options.forEach((o, i) => (o.selected = k.selected[i] ?? false));
				k.el.dispatchEvent(new Event('change', { bubbles: true }));
			}
		}
	};
}

/** Whether option `i` is selected in the HTML as served (a single select without one picks its first). */
function selectedByDefault(select: HTMLSelectElement, i: number): boolean {
	const options = [...select.options];
	if (select.multiple || options.some((o) => o.defaultSelected)) return options[i]!.defaultSelected;
	return i === 0;
}
