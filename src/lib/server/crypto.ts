import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits of randomness, URL-safe. */
export function newToken(): string {
	return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

/** HMAC-SHA-256 of `message` under `key`, hex. */
export function hmacSha256(key: string, message: string): string {
	return createHmac('sha256', key).update(message).digest('hex');
}

/** Compares two strings in constant time (for a MAC or a hash an attacker may try to guess). */
export function sameSecret(a: string, b: string): boolean {
	const left = Buffer.from(a);
	const right = Buffer.from(b);
	return left.length === right.length && timingSafeEqual(left, right);
}
