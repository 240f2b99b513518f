import { count } from 'drizzle-orm';
import type { Db, Tx } from './db/client';
import { memberships, partnerships, roleCards, users } from './db/schema';
import { hashPassword } from '$lib/domain/auth/password.server';
import { newToken } from './crypto';
import { log } from './log';
import type { Role } from '$lib/domain/permissions/permissions';
import { seedDemoOrganisations } from '$lib/domain/organisations/demo.server';
import { seedDemoNetwork } from '$lib/domain/network/network.server';
import { seedDemoMeetings } from '$lib/domain/meetings/meeting-demo.server';
import { seedDemoLearning } from '$lib/domain/learning/learning.server';
import { seedDemoSharing } from '$lib/domain/sharing/sharing.server';
import { seedDemoGoal } from '$lib/domain/goals/goal.server';
import { seedDemoScan } from '$lib/domain/scan/scan-demo.server';
import { seedDemoReflection } from '$lib/domain/reflection/reflection.server';
import { seedDemoSignals } from '$lib/domain/signals/signal.server';
import { seedDemoReminders } from '$lib/domain/reminders/reminders.server';

/** The two demo accounts; also listed in the README. */
export const DEMO_ACCOUNTS = [
	{ email: 'coordinator@brugwerk.test', password: 'brugwerk-demo-2026', role: 'coordinator' },
	{ email: 'partner@brugwerk.test', password: 'brugwerk-demo-2026', role: 'member' }
] as const;

type Seat = {
	name: string;
	email: string;
	role: Role;
	organisationName: string;
	organisationType: typeof memberships.$inferInsert.organisationType;
	function: typeof memberships.$inferInsert.function;
	card?: Record<string, string | string[]>;
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

/** What the demo parts of later features get: the partnership and its members (first = coordinator). */
export type DemoContext = {
	partnershipId: string;
	members: { userId: string; membershipId: string; name: string; role: Seat['role']; organisationName: string }[];
};

/** Demo records per feature, run in order inside the seeding transaction. */
const DEMO_PARTS: ((tx: Tx, ctx: DemoContext) => Promise<void>)[] = [
	seedDemoOrganisations,
	seedDemoNetwork,
	seedDemoMeetings,
	seedDemoLearning,
	seedDemoSharing,
	seedDemoGoal,
	seedDemoScan,
	seedDemoReflection,
	seedDemoSignals,
	seedDemoReminders
];

/** Fills an empty database with one demo partnership. Does nothing when any account exists. */
export async function seedDemo(db: Db): Promise<void> {
	const [{ n }] = (await db.select({ n: count() }).from(users)) as [{ n: number }];
	if (n > 0) return;
	const demoHash = await hashPassword(DEMO_ACCOUNTS[0].password);
	await db.transaction(async (tx) => {
		const created = [];
		for (const seat of SEATS) {
			const isDemo = DEMO_ACCOUNTS.some((a) => a.email === seat.email);
			// Other partners exist to fill the demo; nobody knows their password.
			const passwordHash = isDemo ? demoHash : await hashPassword(newToken());
			const [user] = await tx.insert(users).values({ email: seat.email, name: seat.name, passwordHash }).returning();
			created.push({ seat, user: user! });
		}
		const [partnership] = await tx
			.insert(partnerships)
			.values({
				name: 'Schoolbrug Oostwijk',
				region: 'Oostwijk (demo)',
				description:
					'Scholen, CLB, CAW, OCMW en de stad werken samen rond kinderen en gezinnen die het moeilijk hebben. Dit is een voorbeeld om Brugwerk te leren kennen.',
				createdBy: created[0]!.user.id
			})
			.returning();
		const members: DemoContext['members'] = [];
		for (const { seat, user } of created) {
			const [membership] = await tx
				.insert(memberships)
				.values({
					partnershipId: partnership!.id,
					userId: user.id,
					role: seat.role,
					organisationName: seat.organisationName,
					organisationType: seat.organisationType,
					function: seat.function
				})
				.returning();
			members.push({
				userId: user.id,
				membershipId: membership!.id,
				name: seat.name,
				role: seat.role,
				organisationName: seat.organisationName
			});
			if (seat.card)
				await tx.insert(roleCards).values({
					partnershipId: partnership!.id,
					userId: user.id,
					answers: seat.card,
					savedAt: new Date(),
					version: 1
				});
		}
		// Each part of the organisation level adds its own demo records, in this order (later ones
		// may use the organisations made by the first).
		const ctx: DemoContext = { partnershipId: partnership!.id, members };
		for (const seedPart of DEMO_PARTS) await seedPart(tx, ctx);
	});
	log.info('Demo data created');
	console.log(
		[
			'',
			'  Demo accounts (partnership "Schoolbrug Oostwijk"):',
			...DEMO_ACCOUNTS.map((a) => `    ${a.role.padEnd(12)} ${a.email}  /  ${a.password}`),
			''
		].join('\n')
	);
}
