import { GLOSSARY } from '$lib/content/glossary';
import type { PageLoad } from './$types';

/** The public glossary A to Z; each entry has an anchor (#<slug>) for links from elsewhere. */
export const load: PageLoad = () => ({
	entries: [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'nl', { sensitivity: 'base' }))
});
