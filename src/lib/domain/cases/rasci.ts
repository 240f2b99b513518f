// RASCI: per chosen action, who is Responsible (does it), Accountable (answers for it; exactly one),
// Supportive, Consulted, Informed. One letter per person per action.

import { RASCI_LETTERS, type RasciLetter } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';
export { RASCI_LETTERS, type RasciLetter };
export type Assignment = { membershipId: string; letter: RasciLetter };

/** The Dutch problem with an assignment, or null when it follows the rule. */
export function rasciProblem(assignments: Assignment[]): string | null {
	const a = assignments.filter((x) => x.letter === 'A').length;
	const r = assignments.filter((x) => x.letter === 'R').length;
	if (a === 0 && r === 0) return m.err_rasci_r_and_a();
	if (a === 0) return m.err_rasci_one_a();
	if (a > 1) return `Er mag maar één persoon eindverantwoordelijk zijn (A). Nu zijn het er ${a}.`;
	if (r === 0) return m.err_rasci_one_r();
	if (new Set(assignments.map((x) => x.membershipId)).size !== assignments.length)
		return 'Geef elke persoon maar één letter per actie.';
	return null;
}
