import type { ParamMatcher } from '@sveltejs/kit';
import { isId } from '$lib/ids';

/** `[case=id]`: a path that does not hold a record id is no route at all, so a plain 404. */
export const match = ((param: string): param is string => isId(param)) satisfies ParamMatcher;
