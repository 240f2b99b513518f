// Reading a source file's imports, for the tests that check who may import what.

/** Every import specifier in a source file: static, re-export, side-effect and dynamic imports. */
export function importSpecifiers(source: string): string[] {
	const found: string[] = [];
	const patterns = [
		/\b(?:import|export)\s[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
		/\bimport\s*['"]([^'"]+)['"]/g,
		/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g
	];
	for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.push(match[1]!);
	return found;
}
