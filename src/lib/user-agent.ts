// "Chrome op Windows" from a User-Agent header, for the owner's list of sessions and account log.
// A few lines cover the browsers people use; anything else shows as unknown rather than guessed.
// (A full parser library would be heavier than what this list needs.)

export interface Device {
	browser: string | null;
	system: string | null;
}

const BROWSERS: [RegExp, string][] = [
	[/\bEdg(e|A|iOS)?\//, 'Edge'],
	[/\b(OPR|Opera)\//, 'Opera'],
	[/\bSamsungBrowser\//, 'Samsung Internet'],
	[/\b(Firefox|FxiOS)\//, 'Firefox'],
	[/\b(Chrome|CriOS|Chromium)\//, 'Chrome'],
	[/\bVersion\/[\d.]+.*\bSafari\//, 'Safari']
];

const SYSTEMS: [RegExp, string][] = [
	[/\b(iPhone|iPad|iPod)\b/, 'iOS'],
	[/\bAndroid\b/, 'Android'],
	[/\bWindows\b/, 'Windows'],
	[/\bCrOS\b/, 'ChromeOS'],
	[/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
	[/\bLinux\b/, 'Linux']
];

export function describeUserAgent(userAgent: string): Device {
	const find = (list: [RegExp, string][]) => list.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
	return { browser: find(BROWSERS), system: find(SYSTEMS) };
}
