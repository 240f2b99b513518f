// A RASCI as one line of text, for the history and for lists: "A: Els, R: Jan, R: Mira, I: Ahmed".
// The accountable person first, then R, S, C, I; within a letter by name.
import type { RasciLetter } from '$lib/domain/cases/rasci';

const ORDER: RasciLetter[] = ['A', 'R', 'S', 'C', 'I'];

export function rasciText(assignments: { letter: RasciLetter; name: string }[]): string {
	return [...assignments]
		.sort((a, b) => ORDER.indexOf(a.letter) - ORDER.indexOf(b.letter) || a.name.localeCompare(b.name, 'nl'))
		.map((a) => `${a.letter}: ${a.name}`)
		.join(', ');
}
