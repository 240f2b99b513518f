import { loadAgreementList } from '$lib/server/agreement-list';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadAgreementList(event, true);
