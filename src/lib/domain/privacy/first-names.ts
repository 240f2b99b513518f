/**
 * First names common in Flanders, for the personal-data guard (personal-data.ts).
 *
 * The list mixes Flemish/Dutch classics (parents and grandparents of today's pupils, professionals),
 * current popular names of children, and names that are common in Flemish schools among families
 * with Moroccan, Turkish, Polish, Romanian, Bulgarian, Ukrainian, Syrian, Iraqi, Afghan, Somali,
 * Eritrean, Congolese and other backgrounds. It is not meant to be complete: the guard warns, it
 * does not decide. Names are written in their usual form; lookups are accent- and case-insensitive
 * (see normaliseName).
 *
 * Names that are ALSO ordinary Dutch words ("Roos" = rose, "Lieve" = dear, "Toon" = tone/show,
 * "Frans" = French, "Elke" = each…) are listed in AMBIGUOUS_FIRST_NAMES: the guard only reports
 * them with extra context (a title before, a capitalised surname after).
 */

const FLEMISH_CLASSIC_WOMEN = [
	'Ann', 'Anne', 'Annemie', 'Annick', 'Annelies', 'An', 'Bea', 'Brigitte', 'Carine', 'Caroline',
	'Chantal', 'Christel', 'Christine', 'Conny', 'Dominique', 'Elke', 'Els', 'Evelien', 'Fabienne',
	'Godelieve', 'Greet', 'Griet', 'Hilde', 'Hilda', 'Ilse', 'Inge', 'Ingrid', 'Isabelle', 'Jeanine',
	'Joke', 'Karen', 'Katleen', 'Kathleen', 'Katrien', 'Kristien', 'Kristel', 'Leen', 'Lies',
	'Liesbeth', 'Lieve', 'Linda', 'Marianne', 'Marleen', 'Martine', 'Mieke', 'Mia', 'Monique',
	'Myriam', 'Nancy', 'Nadine', 'Nathalie', 'Nicole', 'Patricia', 'Paula', 'Rita', 'Sabine',
	'Sandra', 'Sofie', 'Sophie', 'Sylvie', 'Tine', 'Tinne', 'Veerle', 'Vera', 'Véronique', 'Yvonne',
	'Wendy', 'Kelly', 'Jessica', 'Tamara', 'Tanja', 'Vanessa', 'Stefanie', 'Stephanie', 'Sarah',
	'Sara', 'Saskia', 'Marijke', 'Marieke', 'Margriet', 'Maria', 'Marie', 'Magda', 'Lutgart',
	'Rosa', 'Roos', 'Hannelore', 'Elien', 'Eline', 'Elisa', 'Elise', 'Ellen', 'Eva', 'Evi', 'Femke',
	'Goedele', 'Heidi', 'Hanne', 'Jolien', 'Julie', 'Katrijn', 'Kim', 'Laura', 'Lien', 'Lore',
	'Lotte', 'Marthe', 'Nele', 'Sanne', 'Silke', 'Stien', 'Sien', 'Kaat', 'Katja', 'Jana', 'Jorien',
	'Ine', 'Kato', 'Liesje', 'Lynn', 'Melissa', 'Shana', 'Britt', 'Charlotte', 'Emilie', 'Delphine',
	'Valerie', 'Tessa', 'Annelore', 'Ann-Sofie', 'Anke', 'Iris', 'Amber', 'Merel', 'Linde', 'Fleur'
];

const FLEMISH_CLASSIC_MEN = [
	'Achiel', 'Bart', 'Ben', 'Bert', 'Bram', 'Christophe', 'Cyriel', 'Danny', 'Dave', 'Dirk',
	'Dimitri', 'Dries', 'Eddy', 'Erik', 'Filip', 'Fons', 'Frank', 'Frans', 'Freddy', 'Geert',
	'Gert', 'Gilbert', 'Glenn', 'Guido', 'Gunther', 'Guy', 'Hans', 'Hendrik', 'Herman', 'Jan',
	'Jef', 'Jeroen', 'Jo', 'Johan', 'Joris', 'Jozef', 'Jurgen', 'Kevin', 'Koen', 'Kris', 'Kristof',
	'Kurt', 'Lieven', 'Luc', 'Luk', 'Marc', 'Marcel', 'Mark', 'Marnix', 'Michel', 'Nick', 'Nico',
	'Patrick', 'Paul', 'Peter', 'Philippe', 'Piet', 'Pieter', 'Pol', 'Raf', 'Rik', 'Roel', 'Roger',
	'Rudi', 'Rudy', 'Serge', 'Staf', 'Steven', 'Stijn', 'Sven', 'Tom', 'Tony', 'Toon', 'Walter',
	'Werner', 'Wim', 'Willem', 'Wouter', 'Yves', 'Ward', 'Wannes', 'Stefaan', 'Geoffrey', 'Bjorn',
	'Jelle', 'Jasper', 'Jens', 'Joachim', 'Jonas', 'Jonathan', 'Kobe', 'Lander', 'Laurens',
	'Maarten', 'Mathias', 'Matthias', 'Michiel', 'Niels', 'Olivier', 'Pieter-Jan', 'Quinten',
	'Robin', 'Ruben', 'Sander', 'Siebe', 'Simon', 'Stef', 'Thibault', 'Tibo', 'Thomas', 'Tim',
	'Vincent', 'Xander', 'Yannick', 'Lennert', 'Arne', 'Brecht', 'Joost', 'Gust', 'Miel', 'Nand',
	'Remi', 'Rémi', 'Jean', 'Georges', 'Maurice', 'André', 'Hugo', 'Frederik', 'Wolf'
];

const CURRENT_POPULAR_GIRLS = [
	'Emma', 'Olivia', 'Mila', 'Nora', 'Elena', 'Lena', 'Louise', 'Alice', 'Juliette', 'Camille',
	'Ella', 'Anna', 'Lina', 'Noor', 'Nina', 'Lisa', 'Lily', 'Liv', 'Mona', 'Jade', 'Romy', 'Elise',
	'Helena', 'Febe', 'Fien', 'Lotte', 'Amélie', 'Ines', 'Inès', 'Zoë', 'Zoe', 'Chloé', 'Manon',
	'Margot', 'Axelle', 'Ellie', 'Hailey', 'Luna', 'Maya', 'Mira', 'Nova', 'Noa', 'Lou', 'Lea',
	'Léa', 'Sofia', 'Victoria', 'Valentina', 'Amira', 'Yara', 'Aya', 'Nore', 'Lore', 'Marie',
	'Estelle', 'Océane', 'Anaïs', 'Célestine', 'Billie', 'Ava', 'Ayla', 'Lise', 'Lien', 'Hanna',
	'Hannah', 'Jasmijn', 'Julia', 'Laure', 'Maud', 'Nell', 'Nel', 'Pauline', 'Rosalie', 'Sterre',
	'Tess', 'Tuur', 'Vic', 'Wende', 'Bo', 'Fee', 'Lot', 'Pien', 'Saar', 'Zita', 'Lizzy', 'Livia',
	'Aurélie', 'Kaatje', 'Leonie', 'Lucie', 'Mathilde', 'Josephine', 'Ophélie', 'Oona', 'Renée',
	'Charlie', 'Hazel', 'Lana', 'Eloïse', 'Zélie', 'Ivy', 'Isa', 'Emily', 'Jolie', 'Elin', 'Noé'
];

const CURRENT_POPULAR_BOYS = [
	'Noah', 'Liam', 'Lucas', 'Louis', 'Jules', 'Arthur', 'Adam', 'Finn', 'Mats', 'Lars', 'Matteo',
	'Elias', 'Leon', 'Otis', 'Maurice', 'Victor', 'Viktor', 'Felix', 'Gabriel', 'Raphaël', 'Mathis',
	'Jack', 'Leo', 'Luca', 'Nathan', 'Ferre', 'Stan', 'Daan', 'Lenn', 'Bas', 'Gilles', 'Aiden',
	'Jayden', 'Kyano', 'Lio', 'Loïc', 'Maxime', 'Max', 'Theo', 'Théo', 'Thor', 'Mauro', 'Enzo',
	'Vince', 'Mil', 'Rune', 'Baptiste', 'Alexander', 'Benjamin', 'Brent', 'Dylan', 'Jarne', 'Jorne',
	'Lowie', 'Mathéo', 'Mattias', 'Michaël', 'Nolan', 'Sem', 'Tristan', 'Wout', 'Zeno', 'Seppe',
	'Senne', 'Robbe', 'Warre', 'Cas', 'Juul', 'Nestor', 'Oscar', 'Emiel', 'Briek', 'Mauro',
	'Milan', 'Kasper', 'Lukas', 'Jack', 'Oliver', 'Hamza', 'Sam', 'Samuel', 'Tijl', 'Tiebe', 'Lou',
	'Mats', 'Tibe', 'Staf', 'Odin', 'Ian', 'Eli', 'Ezra', 'Julian', 'Marcus', 'Sebastian', 'Storm',
	'Wolf', 'Miro', 'Nand', 'Pepijn', 'Pim', 'Teun', 'Thijs', 'Lenny', 'Rayan', 'Jasper', 'Jens'
];

const MOROCCAN_AND_MAGHREB = [
	'Mohamed', 'Mohammed', 'Muhammed', 'Yassine', 'Yassin', 'Ayoub', 'Ilyas', 'Ilias', 'Bilal',
	'Anas', 'Anass', 'Amine', 'Zakaria', 'Soufiane', 'Younes', 'Youssef', 'Mehdi', 'Imran',
	'Imrane', 'Ismail', 'Ismaël', 'Achraf', 'Nabil', 'Othmane', 'Karim', 'Reda', 'Walid', 'Samir',
	'Rachid', 'Driss', 'Mounir', 'Tarik', 'Tariq', 'Hicham', 'Abdel', 'Abdelkader', 'Abdellah',
	'Abderrahim', 'Mustapha', 'Jamal', 'Khalid', 'Said', 'Saïd', 'Aziz', 'Nordin', 'Noureddine',
	'Brahim', 'Hassan', 'Hussein', 'Adil', 'Ayman', 'Aymane', 'Marwan', 'Wassim', 'Idriss', 'Idris',
	'Yasmine', 'Yasmina', 'Salma', 'Imane', 'Iman', 'Hajar', 'Khadija', 'Fatima', 'Fatiha',
	'Meryem', 'Meriem', 'Malak', 'Ikram', 'Nisrine', 'Sanae', 'Houda', 'Loubna', 'Chaima',
	'Chaïma', 'Safae', 'Soumaya', 'Kawtar', 'Rania', 'Nour', 'Douae', 'Wiam', 'Ilham', 'Naima',
	'Latifa', 'Rachida', 'Samira', 'Nadia', 'Souad', 'Zineb', 'Hafsa', 'Asmae', 'Hanae', 'Hanan',
	'Siham', 'Wafae', 'Yousra', 'Dounia', 'Malika', 'Mariam', 'Layla', 'Leila', 'Amal', 'Ghizlane',
	'Sabrina', 'Nadia', 'Jamila', 'Karima', 'Zahra', 'Aicha', 'Aïcha', 'Assia', 'Selma', 'Sami'
];

const TURKISH = [
	'Yusuf', 'Emir', 'Mustafa', 'Ömer', 'Eymen', 'Kerem', 'Emre', 'Burak', 'Mert', 'Berat',
	'Alperen', 'Çınar', 'Kaan', 'Arda', 'Enes', 'Furkan', 'Yasin', 'Hüseyin', 'Mehmet', 'Ahmet',
	'Murat', 'Serkan', 'Volkan', 'Hakan', 'Osman', 'Ismet', 'Fatih', 'Selim', 'Umut', 'Baran',
	'Deniz', 'Efe', 'Eren', 'Batuhan', 'Tuncay', 'Recep', 'Metin', 'Cem', 'Orhan', 'Halil',
	'Elif', 'Zeynep', 'Defne', 'Ecrin', 'Azra', 'Hiranur', 'Asel', 'Miray', 'Nehir', 'Esma', 'Ela',
	'Eylül', 'Zehra', 'Yağmur', 'Hatice', 'Ayşe', 'Emine', 'Fatma', 'Büşra', 'Merve', 'Tuğba',
	'Gizem', 'Selin', 'Sude', 'Beyza', 'Melek', 'Irmak', 'Aleyna', 'Ece', 'Esra', 'Derya', 'Dilek',
	'Gül', 'Gülsüm', 'Hülya', 'Özlem', 'Sevgi', 'Songül', 'Şeyma', 'Sibel', 'Nurcan', 'Kübra'
];

const POLISH = [
	'Kacper', 'Jakub', 'Szymon', 'Filip', 'Antoni', 'Franciszek', 'Mikołaj', 'Wojciech',
	'Aleksander', 'Bartosz', 'Piotr', 'Krzysztof', 'Tomasz', 'Michał', 'Paweł', 'Łukasz', 'Marcin',
	'Dawid', 'Kamil', 'Mateusz', 'Adrian', 'Igor', 'Oskar', 'Wiktor', 'Tymon', 'Stanisław',
	'Zuzanna', 'Zofia', 'Maja', 'Alicja', 'Oliwia', 'Wiktoria', 'Natalia', 'Agnieszka', 'Katarzyna',
	'Małgorzata', 'Magdalena', 'Karolina', 'Aleksandra', 'Kinga', 'Joanna', 'Weronika', 'Marta',
	'Ewa', 'Dorota', 'Beata', 'Justyna', 'Paulina', 'Gabriela', 'Amelia', 'Pola', 'Hania', 'Iga'
];

const ROMANIAN_BULGARIAN_UKRAINIAN = [
	'Andrei', 'Alexandru', 'Ștefan', 'Stefan', 'Mihai', 'Ionuț', 'Ionut', 'Darius', 'Rareș',
	'Vlad', 'Cristian', 'Florin', 'Bogdan', 'Constantin', 'Costel', 'Marian', 'Sorin', 'Dragoș',
	'Ioana', 'Andreea', 'Bianca', 'Daria', 'Denisa', 'Alexia', 'Ionela', 'Roxana', 'Mădălina',
	'Cristina', 'Diana', 'Larisa', 'Elena', 'Georgiana', 'Florentina', 'Ana', 'Raluca', 'Anca',
	'Dimitar', 'Georgi', 'Ivan', 'Nikolai', 'Petar', 'Desislava', 'Yana', 'Kalina', 'Ivana',
	'Oleksandr', 'Dmytro', 'Oleh', 'Oleg', 'Artem', 'Maksym', 'Bohdan', 'Taras', 'Yaroslav',
	'Anastasiia', 'Anastasia', 'Sofiia', 'Mariia', 'Viktoriia', 'Olena', 'Oksana', 'Iryna',
	'Kateryna', 'Polina', 'Valeriia', 'Svitlana', 'Tetiana', 'Yuliia', 'Dasha', 'Nastya'
];

const SYRIAN_IRAQI_AFGHAN_SOMALI = [
	'Ahmad', 'Ahmed', 'Mohammad', 'Muhammad', 'Omar', 'Khaled', 'Mahmoud', 'Abdullah', 'Karam',
	'Majd', 'Jad', 'Qusai', 'Moaz', 'Ibrahim', 'Ali', 'Hussain', 'Mustafa', 'Farid', 'Habib',
	'Rahim', 'Jawad', 'Javid', 'Wahid', 'Hamid', 'Nasir', 'Zabihullah', 'Sayed', 'Rahmat', 'Elyas',
	'Amir', 'Reza', 'Mahdi', 'Hadi', 'Yahya', 'Zakariya', 'Abdi', 'Abdirahman', 'Mahad', 'Liban',
	'Yara', 'Rama', 'Joud', 'Rahaf', 'Heba', 'Hiba', 'Bayan', 'Lujain', 'Ghazal', 'Tasnim',
	'Raghad', 'Rasha', 'Alaa', 'Dima', 'Rawan', 'Shahad', 'Maryam', 'Fatemeh', 'Fatema', 'Sahar',
	'Shabnam', 'Parwana', 'Nilofar', 'Mahsa', 'Zarmina', 'Laila', 'Nazanin', 'Farzana', 'Arezo',
	'Hadia', 'Marwa', 'Roya', 'Hodan', 'Ayan', 'Hamdi', 'Fadumo', 'Sagal', 'Ikran', 'Ruqia'
];

const ERITREAN_ETHIOPIAN = [
	'Merhawi', 'Yonas', 'Robel', 'Filmon', 'Awet', 'Mussie', 'Yohannes', 'Tesfay', 'Natnael',
	'Kibrom', 'Aman', 'Amanuel', 'Henok', 'Dawit', 'Mikael', 'Samson', 'Efrem', 'Biniam', 'Semere',
	'Senait', 'Selam', 'Semhar', 'Luwam', 'Saba', 'Eden', 'Feven', 'Winta', 'Helen', 'Ruth',
	'Mebrat', 'Hiwet', 'Tsega', 'Mahlet', 'Bethlehem', 'Yordanos', 'Meron', 'Rahel', 'Hanna'
];

const CONGOLESE_AND_WEST_AFRICAN = [
	'Grace', 'Merveille', 'Divine', 'Glody', 'Exaucé', 'Christelle', 'Bénédicte', 'Plamedi',
	'Dorcas', 'Ornella', 'Gloire', 'Prince', 'Junior', 'Patience', 'Blessing', 'Precious', 'Gift',
	'Chancelvie', 'Benie', 'Bénie', 'Naomie', 'Rebecca', 'Esther', 'Deborah', 'Priscille',
	'Jonathan', 'Christian', 'Dieumerci', 'Héritier', 'Trésor', 'Fiston', 'Cédric', 'Jordan',
	'Kevin', 'Emmanuel', 'Moïse', 'Joël', 'Yannick', 'Aminata', 'Fatoumata', 'Mariama', 'Moussa',
	'Mamadou', 'Ibrahima', 'Ousmane', 'Kofi', 'Kwame', 'Chidi', 'Adaeze', 'Chioma', 'Joy', 'Faith'
];

const OTHER_COMMON = [
	'Sofia', 'Daniel', 'David', 'Michael', 'Kenza', 'Inaya', 'Yanis', 'Nael', 'Naël', 'Rayane',
	'Ilyes', 'Sami', 'Liam', 'Lisa', 'Nina', 'Isabel', 'José', 'Carlos', 'Miguel', 'Lucía',
	'Ana', 'Giulia', 'Giovanni', 'Marco', 'Luigi', 'Francesca', 'Chiara', 'Alessandro', 'Pedro',
	'Rui', 'Tiago', 'Beatriz', 'Inês', 'Samira', 'Arben', 'Besa', 'Blerina', 'Dardan', 'Arta',
	'Ardit', 'Luan', 'Leart', 'Mehmed', 'Amra', 'Lejla', 'Emina', 'Armin', 'Adnan', 'Tamar',
	'Nino', 'Giorgi', 'Levan', 'Artur', 'Mariam', 'Anahit', 'Narek', 'Davit', 'Nikola', 'Luka',
	'Marko', 'Stefan', 'Milica', 'Jovana', 'Teodora', 'Dragan', 'Goran', 'Ivana', 'Petra', 'Lejla',
	'Kiara', 'Kayla', 'Shayna', 'Jayda', 'Naomi', 'Dean', 'Jaxon', 'Noor-Ayla', 'Maïssa', 'Anissa',
	'Ilona', 'Mirela', 'Florian', 'Sergiu', 'Marius', 'Nicoleta', 'Valentin', 'Emil', 'Boris'
];

/** Every name in its usual spelling (duplicates across groups are harmless). */
export const FIRST_NAME_LIST: readonly string[] = [
	...FLEMISH_CLASSIC_WOMEN,
	...FLEMISH_CLASSIC_MEN,
	...CURRENT_POPULAR_GIRLS,
	...CURRENT_POPULAR_BOYS,
	...MOROCCAN_AND_MAGHREB,
	...TURKISH,
	...POLISH,
	...ROMANIAN_BULGARIAN_UKRAINIAN,
	...SYRIAN_IRAQI_AFGHAN_SOMALI,
	...ERITREAN_ETHIOPIAN,
	...CONGOLESE_AND_WEST_AFRICAN,
	...OTHER_COMMON
];

/**
 * Names that are also common Dutch (or, in Flemish notes, common English/French) words. They are
 * only reported with context. Keep this list honest: it trades recall for precision.
 */
export const AMBIGUOUS_FIRST_NAME_LIST: readonly string[] = [
	'Roos', // roos = rose
	'Lieve', // lieve = dear ("Lieve ouders")
	'Toon', // toon = tone; "Toon begrip" (imperative)
	'Ben', // "Ben je…" at sentence start
	'Frans', // the language, capitalised in Dutch
	'Elke', // elke = each ("Elke dag")
	'Max', // max = maximum
	'Lot', // lot = fate, lottery ticket
	'Leen', // leen = loan ("te leen")
	'Fee', // fee = fairy
	'Bo', // bo = basisonderwijs
	'Joke', // joke (English)
	'Gift', // gift = donation
	'Storm', // storm
	'Wolf', // wolf
	'Staf', // staf = staff
	'Prince', // English/French word
	'Junior', // junior
	'Iris', // iris (eye, flower)
	'Amber', // amber
	'Jade', // jade
	'Fleur', // fleur = flair
	'Margriet', // daisy
	'Merel', // blackbird
	'Linde', // linden tree
	'Hazel', // hazel
	'Bas', // bass
	'Mark', // the former German currency, "mark" in compounds
	'Frank', // "frank en vrij", the French franc
	'Aman', // "aman" in Arabic/Turkish exclamations
	'Eden', // "hof van Eden"
	'Saba', // also a place name
	'Selam', // greeting
	'Rama', // also a product/brand name
	'Gloire', // French word
	'Trésor', // French word
	'Sterre', // ster = star, school names ("De Sterre")
	'Vic' // abbreviation
];

/** Lowercase, without accents: "Zoë" → "zoe", "Çınar" → "cınar". */
export function normaliseName(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export const FIRST_NAMES: ReadonlySet<string> = new Set(FIRST_NAME_LIST.map(normaliseName));
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
	AMBIGUOUS_FIRST_NAME_LIST.map(normaliseName)
);
