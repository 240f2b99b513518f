// Labels of a covenant's enum values (messages), shared by its pages.
import { m } from '$lib/paraglide/messages.js';
import type { CovenantKind, Level } from '$lib/domain/partnerships/enums';

export const covenantKindLabel = (k: CovenantKind) =>
	({ covenant: m.cov_kind_covenant, action_plan: m.cov_kind_action_plan })[k]();

/** The heading of a level's group of commitments. */
export const commitmentLevelTitle = (l: Level) =>
	({ micro: m.cov_level_micro, meso: m.cov_level_meso, macro: m.cov_level_macro })[l]();
