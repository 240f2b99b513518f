// One Paraglide configuration for the Vite plugin and for `npm run check` (scripts/compile-messages.js).
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// The chosen language lives in a cookie; otherwise the browser's language; otherwise nl.
	strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
	cookieName: 'brugwerk_lang'
};
