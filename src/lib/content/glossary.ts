// Words that mean something else in each sector, explained in plain words. The knowledge base shows
// them and searches them; a partnership can copy a term into its own glossary and adapt it.
import type { Sector } from '$lib/domain/partnerships/enums';

export interface GlossaryEntry {
	/** Stable key for links and search: lower case, no spaces. */
	slug: string;
	term: string;
	/** What the word means for a professional in that sector. */
	meanings: Partial<Record<Sector, string>>;
	/** The same, in words a parent understands. */
	plainWords: string;
}

export const GLOSSARY: GlossaryEntry[] = [
	{
		slug: 'clb',
		term: 'CLB',
		meanings: {
			education:
				'Het centrum voor leerlingenbegeleiding. Het werkt samen met de school als een leerling vastloopt met leren, gezondheid of welbevinden.',
			welfare: 'Een partner voor leerlingen en ouders, los van de school, met een eigen beroepsgeheim.'
		},
		plainWords:
			'Een dienst die naast de school staat. Je kunt er gratis terecht met vragen over je kind en school. Wat je vertelt, blijft geheim.'
	},
	{
		slug: 'zorgcontinuum',
		term: 'Zorgcontinuüm',
		meanings: {
			education:
				'Hoe de school zorg opbouwt: eerst voor alle leerlingen, dan extra zorg voor sommigen, dan hulp van buiten de school.'
		},
		plainWords: 'De stappen die de school zet als je kind meer hulp nodig heeft, van klein naar groot.'
	},
	{
		slug: 'beroepsgeheim',
		term: 'Beroepsgeheim',
		meanings: {
			education:
				'Sommige medewerkers, zoals die van het CLB, mogen niet zomaar vertellen wat een leerling of ouder hen toevertrouwt.',
			welfare:
				'De plicht om te zwijgen over wat je als hulpverlener hoort. Delen kan alleen als de wet het toelaat of met toestemming.'
		},
		plainWords: 'Wat je aan een hulpverlener vertelt, mag die niet doorvertellen zonder jouw toestemming.'
	}
];
