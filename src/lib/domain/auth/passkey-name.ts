// The name a new passkey gets when its owner gives none: the browser and system it was made in, as
// the browser names itself, and the day ("Chrome op Windows, 5 dec. 2026"). Client-safe.
import { dateFormat, TIME_ZONE } from '$lib/dates';
import { m } from '$lib/paraglide/messages.js';
import { PASSKEY_NAME_MAX } from './passkeys.schema';

// Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
const BROWSERS: [RegExp, string][] = [
	[/\bEdg(e|A|iOS)?\//, 'Edge'],
	[/\bOPR\//, 'Opera'],
	[/\bSamsungBrowser\//, 'Samsung Internet'],
	[/\b(Firefox|FxiOS)\//, 'Firefox'],
	[/(Chrome|CriOS)\//, 'Chrome'],
	[/\bSafari\//, 'Safari']
];
const SYSTEMS: [RegExp, string][] = [
	[/\biPhone\b/, 'iPhone'],
	[/\biPad\b/, 'iPad'],
	[/\bAndroid\b/, 'Android'],
	[/\bCrOS\b/, 'ChromeOS'],
	[/\b(Macintosh|Mac OS X)\b/, 'Mac'],
	[/\bWindows\b/, 'Windows'],
	[/\bLinux\b/, 'Linux']
];

const first = (list: [RegExp, string][], text: string) => list.find(([re]) => re.test(text))?.[1];

/** "Chrome op Windows", or null when the user agent says too little. */
export function deviceName(userAgent: string): string | null {
	const browser = first(BROWSERS, userAgent);
	const system = first(SYSTEMS, userAgent);
	if (browser && system) return m.passkey_device_name({ browser, system });
	return browser ?? system ?? null;
}

export function defaultPasskeyName(userAgent: string, now = new Date()): string {
	const day = dateFormat({ dateStyle: 'medium', timeZone: TIME_ZONE }).format(now);
	return `${deviceName(userAgent) ?? m.passkey_word()}, ${day}`.slice(0, PASSKEY_NAME_MAX);
}
