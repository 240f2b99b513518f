// Run after every `npm install` that rewrites package-lock.json:
//   node scripts/lockfile-platform-stubs.js package-lock.json
// The registry reachable here lacks a few platform builds of optional dependencies of Paraglide's
// SDK (@lix-js/sdk-*, @bytecodealliance/jco-node-fs-*). npm then leaves them out of the lock file and
// `npm ci` refuses the lock ("Missing: … from lock file"). Listing them as optional entries for
// their own os/cpu (no tarball) satisfies `npm ci`, which skips them on other platforms.
import { readFileSync, writeFileSync } from 'node:fs';
const file = process.argv[2];
const lock = JSON.parse(readFileSync(file, 'utf8'));
const add = {
	'@lix-js/sdk-darwin-arm64': ['0.17.0', 'darwin', 'arm64'],
	'@lix-js/sdk-linux-arm64': ['0.17.0', 'linux', 'arm64'],
	'@lix-js/sdk-win32-x64': ['0.17.0', 'win32', 'x64'],
	'@bytecodealliance/jco-node-fs-linux-arm64-musl': ['0.3.2', 'linux', 'arm64'],
	'@bytecodealliance/jco-node-fs-win32-arm64-msvc': ['0.3.2', 'win32', 'arm64'],
	'@bytecodealliance/jco-node-fs-win32-x64-msvc': ['0.3.2', 'win32', 'x64']
};
const entries = Object.entries(lock.packages);
for (const [name, [version, os, cpu]] of Object.entries(add)) {
	const key = `node_modules/${name}`;
	if (!lock.packages[key]) entries.push([key, { version, dev: true, optional: true, os: [os], cpu: [cpu] }]);
}
entries.sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0));
lock.packages = Object.fromEntries(entries);
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
