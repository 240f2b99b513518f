/** Searches the search page offers to begin with: Dutch words, as the content is Dutch. */
export const SEARCH_EXAMPLES = ['vertrouwen', 'afspraken met ouders', 'beroepsgeheim', 'taakverdeling'];
