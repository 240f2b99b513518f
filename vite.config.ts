import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The chosen language lives in a cookie; otherwise the browser's language; otherwise nl.
			strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
			cookieName: 'brugwerk_lang'
		}),
		sveltekit()
	]
});
