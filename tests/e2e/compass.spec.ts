// The partnership home as a compass. A new partnership's home says where to begin; once the goal
// is written (families not involved), it shows the goal and names that gap in the voice of children
// and parents; an agreement for the goal appears under "Eerst aan de beurt". The home reads well on
// a phone and on a projector, and prints without buttons. (The radar after a scan round: scan.spec.ts.)

import { expect, expectAxeClean, expectNothingSticksOut, test, visit } from './fixtures';

test('the home shows the goal, the scan, agreements, the voice of children and parents and signals', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, partnership.url);
	const card = (name: string) =>
		page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });

	// Where to begin.
	await expect(card('Ons doel')).toContainText('nog geen gemeenschappelijk doel');
	await expect(card('Kompas: hoe staat onze samenwerking ervoor?')).toContainText('minstens drie partners');
	await expect(
		card('Kompas: hoe staat onze samenwerking ervoor?').getByRole('link', { name: 'Scanronde starten' })
	).toBeVisible();
	// No cases yet: no claim that the voice of children and parents is heard everywhere.
	await expect(card('Stem van kinderen en ouders')).toContainText('Er zijn nog geen casussen.');
	await expect(card('Signalen naar beleid')).toContainText('Nog geen signalen verzameld');
	await expect(card('Afspraken')).toContainText('Er lopen geen afspraken.');
	await expectAxeClean(page);

	// The goal, written without families.
	await card('Ons doel').getByRole('link', { name: 'Doel beschrijven' }).click();
	await page
		.getByRole('textbox', { name: 'Waarom we samenwerken' })
		.fill('Gezinnen vertellen hun verhaal telkens opnieuw aan school, CLB en OCMW.');
	const goalText = 'Elk gezin dat de school doorverwijst heeft binnen tien schooldagen een eerste gesprek.';
	await page.getByRole('textbox', { name: /Specifiek/ }).fill(goalText);
	await page.getByRole('combobox', { name: 'Waren gezinnen betrokken?' }).selectOption({ label: 'Nee' });
	await page.getByRole('button', { name: 'Doel bewaren' }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();

	// An agreement to reach the goal, made on the goal page.
	const goalAgreements = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { level: 2, name: 'Afspraken om ons doel te halen' }) });
	await expect(goalAgreements).toContainText('Er zijn nog geen afspraken voor dit doel.');
	const what = 'Een wachttijdenteller bijhouden per trimester';
	await goalAgreements.getByRole('textbox', { name: 'Wat spreken we af?' }).fill(what);
	const soon = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
	await goalAgreements.getByLabel('Tegen wanneer').fill(soon);
	await goalAgreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
	await expect(goalAgreements.getByRole('link', { name: what })).toBeVisible();
	await expect(goalAgreements.getByRole('link', { name: 'Gemeenschappelijk doel' })).toBeVisible();
	await expectAxeClean(page);

	// Back home: the goal, the gap in the voice of families, the agreement due first.
	await visit(page, partnership.url);
	await expect(card('Ons doel')).toContainText(goalText);
	await expect(
		card('Stem van kinderen en ouders').getByRole('link', { name: 'bij het bepalen van ons doel' })
	).toBeVisible();
	await expect(card('Stem van kinderen en ouders')).toContainText('1 lopende afspraak');
	await expect(card('Afspraken').getByRole('link', { name: what })).toBeVisible();
	await expectAxeClean(page);

	// A phone, a projector, paper.
	await page.setViewportSize({ width: 360, height: 780 });
	await expectNothingSticksOut(page);
	await expectAxeClean(page);
	await page.setViewportSize({ width: 1920, height: 1080 });
	await expectNothingSticksOut(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Menu van de samenwerking' })).toBeHidden();
	await expect(card('Ons doel').getByRole('link', { name: 'Doel bekijken' })).toBeHidden();
	await expect(card('Ons doel')).toContainText(goalText);
});
