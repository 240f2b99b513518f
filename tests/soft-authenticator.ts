// A software authenticator for database tests: an ES256 key made with node:crypto, and the answers
// a browser would send for it (attestation "none" for a new passkey, a signed assertion for a login),
// built byte by byte as the WebAuthn specification lays them out. The journeys use Chromium's
// virtual authenticator instead.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';

const UP = 0x01; // user present
const UV = 0x04; // user verified
const AT = 0x40; // attested credential data included

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const sha256 = (data: Uint8Array | string) => createHash('sha256').update(data).digest();

export interface SoftAuthenticator {
	/** The credential id, base64url (as stored in passkeys.id). */
	id: string;
	rawId: Buffer;
	privateKey: KeyObject;
	publicKey: KeyObject;
}

export function softAuthenticator(): SoftAuthenticator {
	const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
	const rawId = randomBytes(32);
	return { id: b64url(rawId), rawId, privateKey, publicKey };
}

interface Ceremony {
	challenge: string;
	origin: string;
	rpID: string;
	userVerified?: boolean;
}

function authenticatorData(rpID: string, flags: number, counter: number, attested?: Buffer): Buffer {
	const head = Buffer.alloc(37);
	sha256(rpID).copy(head, 0);
	head[32] = flags;
	head.writeUInt32BE(counter, 33);
	return attested ? Buffer.concat([head, attested]) : head;
}

const clientData = (type: 'webauthn.create' | 'webauthn.get', c: Ceremony) =>
	Buffer.from(JSON.stringify({ type, challenge: c.challenge, origin: c.origin, crossOrigin: false }));

/** What navigator.credentials.create() gives for this authenticator (as startRegistration() encodes it). */
export function registrationAnswer(auth: SoftAuthenticator, c: Ceremony & { counter?: number }) {
	const jwk = auth.publicKey.export({ format: 'jwk' });
	const cose = isoCBOR.encode(
		new Map<number, number | Uint8Array>([
			[1, 2], // kty: EC2
			[3, -7], // alg: ES256
			[-1, 1], // crv: P-256
			[-2, new Uint8Array(Buffer.from(jwk.x!, 'base64url'))],
			[-3, new Uint8Array(Buffer.from(jwk.y!, 'base64url'))]
		])
	);
	const idLength = Buffer.alloc(2);
	idLength.writeUInt16BE(auth.rawId.length);
	const attested = Buffer.concat([Buffer.alloc(16), idLength, auth.rawId, Buffer.from(cose)]);
	const flags = UP | AT | (c.userVerified === false ? 0 : UV);
	const authData = authenticatorData(c.rpID, flags, c.counter ?? 0, attested);
	const attestationObject = isoCBOR.encode(
		new Map<string, string | Uint8Array | Map<string, string>>([
			['fmt', 'none'],
			['attStmt', new Map<string, string>()],
			['authData', new Uint8Array(authData)]
		])
	);
	return {
		id: auth.id,
		rawId: auth.id,
		type: 'public-key' as const,
		response: {
			clientDataJSON: b64url(clientData('webauthn.create', c)),
			attestationObject: b64url(attestationObject),
			transports: ['internal']
		},
		clientExtensionResults: {},
		authenticatorAttachment: 'platform' as const
	};
}

/** What navigator.credentials.get() gives for this authenticator, signed with its key. */
export function authenticationAnswer(auth: SoftAuthenticator, c: Ceremony & { counter: number; userHandle?: string }) {
	const authData = authenticatorData(c.rpID, UP | (c.userVerified === false ? 0 : UV), c.counter);
	const data = clientData('webauthn.get', c);
	// ES256 signatures are DER-encoded, which is what node:crypto gives for an EC key.
	const signature = sign('sha256', Buffer.concat([authData, sha256(data)]), auth.privateKey);
	return {
		id: auth.id,
		rawId: auth.id,
		type: 'public-key' as const,
		response: {
			clientDataJSON: b64url(data),
			authenticatorData: b64url(authData),
			signature: b64url(signature),
			...(c.userHandle ? { userHandle: c.userHandle } : {})
		},
		clientExtensionResults: {},
		authenticatorAttachment: 'platform' as const
	};
}

/**
 * The same passkey as a credential of Chromium's virtual authenticator (CDP WebAuthn.addCredential,
 * whose binary fields are base64): a journey's browser then holds the passkey the world made.
 */
export function virtualCredential(
	auth: SoftAuthenticator,
	{ rpId, userHandle }: { rpId: string; userHandle: Uint8Array }
) {
	return {
		credentialId: auth.rawId.toString('base64'),
		isResidentCredential: true,
		rpId,
		privateKey: auth.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
		userHandle: Buffer.from(userHandle).toString('base64'),
		signCount: 0
	};
}
