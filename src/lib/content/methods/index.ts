import type { Method } from '../types';
import { gemeenschappelijkDoelMethod } from './gemeenschappelijk-doel';
import { relatieMethod } from './relatie';
import { betrokkenheidMethod } from './betrokkenheid';
import { respectEnVertrouwenMethod } from './respect-en-vertrouwen';
import { afstemmingMethod } from './afstemming-en-taakafbakening';
import { communicatieMethod } from './communicatie';

export {
	gemeenschappelijkDoelMethod,
	relatieMethod,
	betrokkenheidMethod,
	respectEnVertrouwenMethod,
	afstemmingMethod,
	communicatieMethod
};

/** Every method (werkblad), in the order of the blocks they work on. */
export const methods: Method[] = [
	gemeenschappelijkDoelMethod,
	relatieMethod,
	betrokkenheidMethod,
	respectEnVertrouwenMethod,
	afstemmingMethod,
	communicatieMethod
];

export function getMethod(slug: string): Method | undefined {
	return methods.find((m) => m.slug === slug);
}
