// The people of the demo: the partnership "Schoolbrug Oostwijk", its five members (two of them the
// demo accounts of the README) and their role cards. Fictional names and organisations.
import type { Tx } from '$lib/server/db/client';
import { memberships } from '$lib/server/db/schema';
import { newToken } from '$lib/server/crypto';
import { registerUser } from '$lib/domain/auth/accounts.server';
import type { MemberProfile } from '$lib/domain/partnerships/partnership.schema';
import { createPartnership, getMembership, profileValues } from '$lib/domain/partnerships/partnership.server';
import type { Role } from '$lib/domain/permissions/permissions';
import { saveRoleCard } from '$lib/domain/role-cards/role-card.server';
import type { WorksheetAnswers } from '$lib/domain/worksheets/worksheet';
import { asDb, expectOk, type DemoContext, type DemoMember } from './context';

/** The two demo accounts; also listed in the README. */
export const DEMO_ACCOUNTS = [
	{ email: 'coordinator@brugwerk.test', password: 'brugwerk-demo-2026', role: 'coordinator' },
	{ email: 'partner@brugwerk.test', password: 'brugwerk-demo-2026', role: 'member' }
] as const;

type Seat = MemberProfile & {
	name: string;
	email: string;
	role: Role;
	card?: WorksheetAnswers;
};

const SEATS: Seat[] = [
	{
		name: 'Sofie Claes',
		email: DEMO_ACCOUNTS[0].email,
		role: 'coordinator',
		organisationName: 'Stad Oostwijk, dienst Onderwijs',
		organisationType: 'lokaal_bestuur',
		function: 'brugfiguur',
		card: {
			coreTask: 'Ik ben het aanspreekpunt tussen gezinnen, de scholen van de wijk en de diensten van de stad.',
			workingStyle: ['preventief', 'begeleidend', 'doorverwijzend'],
			offer: ['gesprekken', 'doorverwijzing', 'overleg'],
			offerOther: '',
			expertise: ['psychosociaal', 'administratief'],
			expertiseOther: '',
			mandateAlone: 'Een huisbezoek plannen, een gezin warm doorverwijzen, een overleg samenroepen.',
			mandateAlign: 'Voor nieuwe projecten en uitgaven stem ik af met mijn diensthoofd.',
			alignWith: 'Mijn diensthoofd en de collega-brugfiguren.',
			procedures: 'Het stedelijk protocol voor gegevensdeling.',
			limits: ['tijd'],
			limitsDetail: 'Ik werk voor vier scholen en kan geen langdurige begeleiding opnemen.',
			limitsHowISay: 'Ik zeg eerlijk wat ik wel kan en zoek samen wie het beter opneemt.',
			flexibility: 'Mijn uren: ik kan ook na schooltijd of op een woensdagnamiddag.',
			exploreTogether: 'Een vast ontmoetingsmoment voor ouders op school.'
		}
	},
	{
		name: 'Youssef El Amrani',
		email: DEMO_ACCOUNTS[1].email,
		role: 'member',
		organisationName: 'Basisschool De Regenboog',
		organisationType: 'school',
		function: 'zorgcoordinator'
	},
	{
		name: 'Lies Van Damme',
		email: 'lies@brugwerk.test',
		role: 'member',
		organisationName: 'CLB Oostwijk',
		organisationType: 'clb',
		function: 'clb_medewerker',
		card: {
			coreTask: 'Ik begeleid leerlingen en ouders bij vragen over leren, gezondheid en welbevinden.',
			workingStyle: ['begeleidend', 'signalerend'],
			offer: ['gesprekken', 'observaties', 'overleg'],
			offerOther: '',
			expertise: ['psychosociaal', 'pedagogisch'],
			expertiseOther: '',
			mandateAlone: 'Een gesprek met leerling of ouders, een observatie in de klas.',
			mandateAlign: 'Bij een doorverwijzing naar jeugdhulp overleg ik met mijn team.',
			alignWith: 'Het multidisciplinair team van het CLB.',
			procedures: 'Ons beroepsgeheim en de regels van het CLB-dossier.',
			limits: ['rol'],
			limitsDetail: 'Ik geef geen therapie en geen huiswerkbegeleiding.',
			limitsHowISay: 'Ik leg uit wat het CLB doet en verwijs door naar wie het wel kan.',
			flexibility: 'Ik kan een gesprek op school houden in plaats van op het CLB.',
			exploreTogether: 'Hoe we ouders samen beter informeren over ons aanbod.'
		}
	},
	{
		name: 'Tom Peeters',
		email: 'tom@brugwerk.test',
		role: 'member',
		organisationName: 'CAW Oostwijk',
		organisationType: 'caw',
		function: 'welzijnswerker',
		card: {
			coreTask: 'Ik help gezinnen met vragen over wonen, geld en papieren.',
			workingStyle: ['begeleidend', 'doorverwijzend'],
			offer: ['gesprekken', 'doorverwijzing'],
			offerOther: '',
			expertise: ['administratief', 'psychosociaal'],
			expertiseOther: '',
			mandateAlone: 'Een intake en korte begeleiding.',
			mandateAlign: 'Voor een langere begeleiding beslist ons team.',
			alignWith: 'Mijn teamverantwoordelijke.',
			procedures: 'Aanmelding via het onthaal van het CAW.',
			limits: ['tijd', 'expertise'],
			limitsDetail: 'Er is een wachtlijst voor langere begeleiding.',
			limitsHowISay: 'Ik zeg hoe lang het wachten is en wat er intussen kan.',
			flexibility: 'Een eerste gesprek kan op school.',
			exploreTogether: 'Een vaste zitdag van het CAW op school.'
		}
	},
	{
		name: 'Nadia Haddad',
		email: 'nadia@brugwerk.test',
		role: 'observer',
		organisationName: 'OCMW Oostwijk',
		organisationType: 'ocmw',
		function: 'beleidsmedewerker'
	}
];

const PARTNERSHIP = {
	name: 'Schoolbrug Oostwijk',
	region: 'Oostwijk (demo)',
	description:
		'Scholen, CLB, CAW, OCMW en de stad werken samen rond kinderen en gezinnen die het moeilijk hebben. Dit is een voorbeeld om Brugwerk te leren kennen.'
};

/** The accounts, the partnership (the first seat creates it) with every seat as a member, and the role cards. */
export async function seedDemoPeople(tx: Tx): Promise<DemoContext> {
	const db = asDb(tx);
	const seated: { seat: Seat; userId: string }[] = [];
	for (const seat of SEATS) {
		const account = DEMO_ACCOUNTS.find((a) => a.email === seat.email);
		// Other partners exist to fill the demo; nobody knows their password.
		const password = account?.password ?? newToken();
		const registered = expectOk(
			`the account ${seat.email}`,
			// The demo's addresses are the operator's own: confirmed from the start.
			await registerUser(db, { name: seat.name, email: seat.email, password }, { confirmed: true })
		);
		seated.push({ seat, userId: registered.user.id });
	}
	const [founder, ...others] = seated as [(typeof seated)[number], ...typeof seated];
	const { id: partnershipId } = await createPartnership(db, {
		userId: founder.userId,
		input: { ...PARTNERSHIP, ...profileOf(founder.seat) }
	});
	const founded = await getMembership(db, { partnershipId, userId: founder.userId });
	const members = [memberOf(founder.seat, founder.userId, founded!.membership.id)];
	for (const { seat, userId } of others) {
		// Members join through an invitation link; the demo's partners were simply there from the
		// start, so their memberships are written directly (as acceptInvitation writes them).
		const [membership] = await tx
			.insert(memberships)
			.values({ partnershipId, userId, role: seat.role, ...profileValues(profileOf(seat)) })
			.returning({ id: memberships.id });
		members.push(memberOf(seat, userId, membership!.id));
	}
	for (const { seat, userId } of seated)
		if (seat.card)
			expectOk(
				`the role card of ${seat.email}`,
				await saveRoleCard(db, { partnershipId, userId, answers: seat.card, version: 0 })
			);
	return { partnershipId, members };
}

/** What the seat would fill in on joining (the rest of a seat is not a profile field). */
function profileOf(seat: Seat): MemberProfile {
	return { organisationName: seat.organisationName, organisationType: seat.organisationType, function: seat.function };
}

function memberOf(seat: Seat, userId: string, membershipId: string): DemoMember {
	return { userId, membershipId, name: seat.name, role: seat.role, organisationName: seat.organisationName };
}
