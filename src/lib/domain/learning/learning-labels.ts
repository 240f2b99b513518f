// Labels of the learning log's enum values (messages), shared by its pages.
import { m } from '$lib/paraglide/messages.js';
import type { LearningKind } from '$lib/domain/partnerships/enums';

export const learningKindLabel = (k: LearningKind) =>
	({ success: m.learning_kind_success, bottleneck: m.learning_kind_bottleneck })[k]();
