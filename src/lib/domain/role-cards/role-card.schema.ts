import { relatieMethod } from '$lib/content/methods';
import { arrayFieldNames, worksheetFields, worksheetSchema } from '$lib/domain/worksheets/worksheet';

/** Step 1 of the method for "relatie" is the role card. */
export const roleCardStep = relatieMethod.steps.find((s) => s.worksheet === 'role-card')!;
export const roleCardFields = worksheetFields(roleCardStep);
export const roleCardArrays = arrayFieldNames(roleCardFields);

/** Saving needs at least the core task; a draft may hold anything within the limits. */
export const roleCardSchema = worksheetSchema(roleCardFields, ['coreTask']);
export const roleCardDraftSchema = worksheetSchema(roleCardFields);
