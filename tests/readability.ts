// Reading ease for the content checks (src/lib/content/content.test.ts). Kept out of src/lib/content
// so that the readability tool, which reads string literals, does not score these regular expressions.

/**
 * Flesch-Douma reading ease of Dutch text (60–70 is plain language, about B1), counted the way the
 * project's readability tool does: prose strings of four words or more, each read as a sentence.
 */
export function fleschDouma(texts: string[]): number {
	const prose = texts
		.filter((t) => t.trim().split(/\s+/).length >= 4)
		.map((t) => (/[.!?]$/.test(t.trim()) ? t : `${t}.`))
		.join(' ');
	const sentences = prose.split(/[.!?]+\s/).filter((x) => /\p{L}/u.test(x));
	const words = prose.split(/\s+/).filter((w) => /\p{L}/u.test(w));
	const syllables = words.reduce((n, w) => {
		const groups = w
			.toLowerCase()
			.replace(/[^a-zàâäéèêëïîôöûüÿ]/g, '')
			.match(/(aai|ooi|oei|eeuw|ieuw|uw|ij|ei|ui|oe|ou|au|eu|ie|aa|ee|oo|uu|[aeiouyàâäéèêëïîôöûü])/g);
		return n + Math.max(1, groups ? groups.length : 1);
	}, 0);
	return 206.84 - 0.93 * (words.length / sentences.length) - 77 * (syllables / words.length);
}
