// Unsaved changes: the one place that knows which forms on the page hold typed text that is not
// saved, and the one leave guard that asks before that text is left behind (ADR 0025). A form joins
// with the `unsaved` action (or through <DraftKeeper>); the root layout installs the guard once, so a
// page with ten forms still asks once.
import { beforeNavigate } from '$app/navigation';
import { m } from '$lib/paraglide/messages.js';

type Watched = {
	/** Typed text that is not saved, and no save on its way. */
	dirty(): boolean;
	/** Called when the person chose to leave anyway: keep what can be kept (a draft). */
	leaving?(): void;
};

const watched = new Set<Watched>();

/** Registers a form's state; returns the function that unregisters it. */
export function watch(entry: Watched): () => void {
	watched.add(entry);
	return () => watched.delete(entry);
}

export const hasUnsaved = () => [...watched].some((w) => w.dirty());

/** In the root layout: ask before leaving a page with unsaved text, in the app and out of it. */
export function guardUnsavedOnLeave() {
	beforeNavigate((navigation) => {
		if (!hasUnsaved()) return;
		// Closing or reloading the tab, or an outside link: cancelling makes the browser ask itself.
		if (navigation.willUnload && navigation.type === 'leave') {
			for (const w of watched) w.leaving?.();
			navigation.cancel();
			return;
		}
		if (!confirm(m.draft_leave_confirm())) {
			navigation.cancel();
			return;
		}
		for (const w of watched) w.leaving?.();
	});
}

/** A form's fields as text: what the person typed, ticked or chose. Hidden fields name the record and are left out. */
export type FormValues = Record<string, string | string[]>;

export function formValues(form: HTMLFormElement): FormValues {
	const hidden = new Set(
		[...form.querySelectorAll<HTMLInputElement>('input[type="hidden"]')].map((input) => input.name)
	);
	const values: FormValues = {};
	for (const [name, value] of new FormData(form)) {
		if (hidden.has(name) || typeof value !== 'string') continue;
		const before = values[name];
		values[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
	}
	return values;
}

const SKIPPED = new Set(['hidden', 'file', 'submit', 'button', 'reset', 'image']);

/**
 * Puts `values` (from `formValues`) back into the form's fields, firing the events a field's
 * listeners wait for (as early-input.ts does).
 */
export function fillForm(form: HTMLFormElement, values: FormValues) {
	const seen = new Map<string, number>();
	for (const el of form.elements) {
		if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement))
			continue;
		if (!el.name || (el instanceof HTMLInputElement && SKIPPED.has(el.type))) continue;
		const given = values[el.name];
		const list = given === undefined ? [] : Array.isArray(given) ? given : [given];
		let changed = false;
		if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
			const checked = list.includes(el.value);
			changed = el.checked !== checked;
			el.checked = checked;
		} else if (el instanceof HTMLSelectElement) {
			if (given === undefined) continue;
			for (const option of el.options) {
				const selected = list.includes(option.value);
				changed ||= option.selected !== selected;
				option.selected = selected;
			}
		} else {
			// Several text fields of one name take the values in order.
			if (given === undefined) continue;
			const i = seen.get(el.name) ?? 0;
			seen.set(el.name, i + 1);
			const value = list[i] ?? '';
			changed = el.value !== value;
			el.value = value;
		}
		if (changed) {
			el.dispatchEvent(new Event('input', { bubbles: true }));
			el.dispatchEvent(new Event('change', { bubbles: true }));
		}
	}
}

/**
 * A form with unsaved text from the moment it differs from what it showed when mounted, until it is
 * submitted. `result` is the form's last action result (a new one ends "submitting"); `saved`
 * says that result was a save, so what the form shows now is what is stored.
 */
export function unsaved(
	form: HTMLFormElement,
	params: { result?: unknown; saved?: boolean; leaving?: () => void } = {}
) {
	let baseline = JSON.stringify(formValues(form));
	let submitting = false;
	let last = params.result;
	const onSubmit = () => (submitting = true);
	form.addEventListener('submit', onSubmit);
	const stop = watch({
		dirty: () => !submitting && JSON.stringify(formValues(form)) !== baseline,
		leaving: params.leaving
	});
	return {
		update(next: { result?: unknown; saved?: boolean; leaving?: () => void } = {}) {
			if (next.result === last) return;
			last = next.result;
			submitting = false;
			// After the page has shown the saved values.
			if (next.saved) queueMicrotask(() => (baseline = JSON.stringify(formValues(form))));
		},
		destroy() {
			form.removeEventListener('submit', onSubmit);
			stop();
		}
	};
}
