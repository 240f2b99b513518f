import type { Method } from '../types';
import { relatieMethod } from './relatie';

export { relatieMethod };

/** Every method (werkblad). The other blocks get theirs later. */
export const methods: Method[] = [relatieMethod];

export function getMethod(slug: string): Method | undefined {
	return methods.find((m) => m.slug === slug);
}
