// Compiles the message catalogues without Vite, so svelte-check sees every message.
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide.config.js';

await compile(paraglideOptions);
