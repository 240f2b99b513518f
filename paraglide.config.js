// One Paraglide configuration for the Vite plugin and for `npm run check` (scripts/compile-messages.js).
/** @type {import('@inlang/paraglide-js').CompilerOptions} */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	// Dutch first; a chosen language is remembered in a cookie. (No browser-language guess: the server
	// and the browser must agree on the locale, and navigator.languages can differ from Accept-Language.)
	strategy: ['cookie', 'baseLocale'],
	cookieName: 'brugwerk_lang'
};
