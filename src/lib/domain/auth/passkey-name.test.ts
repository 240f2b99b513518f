import { describe, expect, it } from 'vitest';
import { defaultPasskeyName, deviceName } from './passkey-name';

const UA = {
	edgeWindows:
		'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
	chromeAndroid:
		'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
	safariIphone:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
	firefoxMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:130.0) Gecko/20100101 Firefox/130.0'
};

describe('the default name of a passkey', () => {
	it('names the browser and the system, the most specific first', () => {
		expect(deviceName(UA.edgeWindows)).toBe('Edge op Windows');
		expect(deviceName(UA.chromeAndroid)).toBe('Chrome op Android');
		expect(deviceName(UA.safariIphone)).toBe('Safari op iPhone');
		expect(deviceName(UA.firefoxMac)).toBe('Firefox op Mac');
		expect(deviceName('')).toBeNull();
		expect(deviceName('curl/8.0')).toBeNull();
	});

	it('adds the day in Belgium, and says "Passkey" when the browser says nothing', () => {
		// 23:30 UTC on 31 December is already 1 January in Brussels.
		const newYear = new Date('2026-12-31T23:30:00Z');
		expect(defaultPasskeyName(UA.firefoxMac, newYear)).toBe('Firefox op Mac, 1 jan 2027');
		expect(defaultPasskeyName('', newYear)).toBe('Passkey, 1 jan 2027');
	});
});
