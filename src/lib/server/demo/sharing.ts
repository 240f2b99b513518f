// Demo information-sharing agreements between the demo organisations.
import type { Tx } from '$lib/server/db/client';
import type { SharingAgreementInput } from '$lib/domain/sharing/sharing.schema';
import { createSharingAgreement, listPartnershipOrganisations } from '$lib/domain/sharing/sharing.server';
import { asDb, expectOk, type DemoContext } from './context';

/**
 * Demo: two sharing agreements between the demo organisations (read from the directory, which the
 * organisations part fills first). Needs at least two organisations; without them it adds nothing.
 */
export async function seedDemoSharing(tx: Tx, ctx: DemoContext): Promise<void> {
	const orgs = await listPartnershipOrganisations(tx, { partnershipId: ctx.partnershipId });
	if (orgs.length < 2) return;
	const pick = (...words: string[]) => {
		const found = orgs.filter((o) => words.some((w) => o.name.toLowerCase().includes(w)));
		return found.length >= 2 ? found : orgs;
	};
	const userId = ctx.members[0]?.userId ?? null;
	const make = async (input: SharingAgreementInput) =>
		expectOk(
			`the sharing agreement ${input.title}`,
			await createSharingAgreement(asDb(tx), { partnershipId: ctx.partnershipId, userId, input })
		);
	await make({
		title: 'Casusoverleg bij ernstige zorgen',
		parties: pick('clb', 'caw', 'ocmw', 'stad').map((o) => o.id),
		mayShare:
			'Wat nodig is om het kind of het gezin te beschermen: de zorg die we zien, wat al geprobeerd werd en wie wat opneemt.',
		mayNotShare: 'Medische en therapeutische details, en alles wat niet nodig is voor de bescherming.',
		legalFrame: 'casusoverleg_458ter',
		consent: 'none',
		consentHow:
			'Geen toestemming nodig. Ouders en jongere worden vooraf geïnformeerd, tenzij dat hun veiligheid in gevaar brengt.',
		channel: 'Alleen mondeling in het casusoverleg. Het verslag blijft bij de voorzitter en wordt niet gemaild.',
		feedbackToSchool: 'De school hoort of er een casusoverleg was en wie het aanspreekpunt is.'
	});
	await make({
		title: 'Doorverwijzing van school naar CLB en CAW',
		parties: pick('school', 'regenboog', 'clb', 'caw').map((o) => o.id),
		mayShare: 'De vraag van het gezin, wat de school al deed en wat de leerling nodig heeft in de klas.',
		mayNotShare: 'Gezondheid, de financiële toestand van het gezin en wat ouders in vertrouwen vertelden.',
		legalFrame: 'discretieplicht',
		consent: 'parents',
		consentHow:
			'De zorgcoördinator vraagt de ouders schriftelijk om toestemming, met het formulier van de school. Een kopie gaat mee in het leerlingendossier.',
		channel: 'Via het beveiligde berichtensysteem van het CLB, of in een gesprek met de ouders erbij.',
		feedbackToSchool: 'Een korte status: aangemeld, in begeleiding of afgesloten. Geen inhoud.'
	});
}
