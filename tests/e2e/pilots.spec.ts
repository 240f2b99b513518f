// Pilots, the modest shared step of the trust building loop (method "respect en vertrouwen"): a
// member plans a pilot and looks back, and the lesson shows up in the learning log; the method's
// worksheet leads to planning one, which an observer can read but not change; two partners change
// the plan at once without JavaScript, and the second one sees both versions.

import { isoDate, makePilot } from '../factories';
import { expect, expectAxeClean, test, visit } from './fixtures';

const TITLE = 'Het CAW schuift aan bij het koffiemoment';

test('a member plans a pilot and looks back; the lesson is in the learning log', async ({ page, world }) => {
	const { partnership } = await world.partnership();
	const member = await world.member(partnership, { name: 'Nadia Partner', organisationName: 'CAW Oost' });
	await world.logIn(page, member);

	await visit(page, `${partnership.url}/pilots`);
	await expect(page.getByRole('heading', { level: 1, name: 'Proefprojecten' })).toBeVisible();
	await expect(page.getByText('Nog geen proefprojecten.')).toBeVisible();
	await expectAxeClean(page);

	await page.getByRole('link', { name: 'Nieuw proefproject' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Nieuw proefproject' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Trekker' })).toHaveValue(member.id);
	await expectAxeClean(page);
	// Without a title and a day to look back, the form says so next to the fields.
	await page.getByRole('textbox', { name: 'Wat willen jullie bereiken?' }).fill('Ouders leren het CAW kennen.');
	await page.getByRole('button', { name: 'Proefproject bewaren' }).click();
	await expect(page.getByText('Geef het proefproject een titel.')).toBeVisible();
	await expect(page.getByText('Vul een geldige dag in om terug te blikken.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Wat willen jullie bereiken?' })).toHaveValue(
		'Ouders leren het CAW kennen.'
	);
	await expectAxeClean(page);

	await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
	await page.getByLabel('Start').fill(isoDate(-30));
	await page.getByLabel('We blikken terug op').fill(isoDate(0));
	await page.getByRole('button', { name: 'Proefproject bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Het proefproject is bewaard.' })).toBeVisible();
	await expect(page.getByText('Tijd om terug te blikken', { exact: true })).toBeVisible();
	await expect(page.getByText('De dag is er: tijd om samen terug te blikken.')).toBeVisible();
	await expectAxeClean(page);

	// The list highlights it as due.
	await visit(page, `${partnership.url}/pilots`);
	await expect(page.getByText('1 proefproject wacht op een terugblik.')).toBeVisible();
	await page.getByRole('link', { name: 'Tijd om terug te blikken (1)' }).click();
	await expect(page).toHaveURL(/stand=terugblikken/);
	await page.getByRole('link', { name: TITLE }).click();

	// The look back.
	const lookBack = page.getByRole('form', { name: 'Terugblikken' });
	await lookBack.getByRole('button', { name: 'Terugblik bewaren' }).click();
	await expect(page.getByText('Kies hoe de proef ging.')).toBeVisible();
	await lookBack.getByRole('radio', { name: 'Het lukte: een succes' }).check();
	await lookBack
		.getByRole('textbox', { name: 'Wat ging goed, en wat gebeurde er?' })
		.fill('Drie ouders stelden zelf een vraag aan de CAW-medewerker.');
	await lookBack.getByRole('textbox', { name: 'Wat leerden we?' }).fill('Een vast moment werkt beter dan een folder.');
	await lookBack.getByRole('button', { name: 'Terugblik bewaren' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'De terugblik is bewaard.' })).toBeVisible();
	await expect(page.getByText('Teruggeblikt', { exact: true })).toBeVisible();
	await expect(page.getByRole('form', { name: 'Terugblikken' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Geschiedenis' })).toBeVisible();
	await expectAxeClean(page);

	// The lesson is in the learning log, and the entry points back to its pilot.
	await page.getByRole('link', { name: 'Bekijk de terugblik in het leerlogboek' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Proefproject: ${TITLE}` })).toBeVisible();
	await expect(page.getByText('Een vast moment werkt beter dan een folder.')).toBeVisible();
	await expect(page.getByText('Uit de terugblik op proefproject')).toBeVisible();
	await expectAxeClean(page);
	await visit(page, `${partnership.url}/leerlogboek?bouwsteen=respect-en-vertrouwen`);
	await expect(page.getByRole('link', { name: `Proefproject: ${TITLE}` })).toBeVisible();
	await page.getByRole('link', { name: `Proefproject: ${TITLE}` }).click();
	await page.getByRole('link', { name: TITLE }).click();
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
});

test('the trust loop worksheet leads to a pilot, which an observer reads but cannot change', async ({
	page,
	world
}) => {
	const { partnership, coordinator } = await world.partnership();
	const observer = await world.member(partnership, { name: 'Wim Waarnemer', role: 'observer' });
	await world.logIn(page, coordinator);

	await visit(page, `${partnership.url}/pilots`);
	await page.getByRole('link', { name: 'Werkblad: de vertrouwenslus in vijf stappen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'De vertrouwenslus in vijf stappen' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Stap 4: Zet samen een kleine stap' })).toBeVisible();
	await expectAxeClean(page);

	await page.goBack();
	await page.getByRole('link', { name: 'Nieuw proefproject' }).click();
	await page.getByRole('textbox', { name: 'Titel' }).fill('Eén aanmeldformulier voor school en CLB');
	await page.getByLabel('Start').fill(isoDate(10));
	// A look back before the start is refused next to the field.
	await page.getByLabel('We blikken terug op').fill(isoDate(5));
	await page.getByRole('button', { name: 'Proefproject bewaren' }).click();
	await expect(page.getByText('De terugblik kan niet vóór de start liggen.')).toBeVisible();
	await page.getByLabel('We blikken terug op').fill(isoDate(40));
	await page.getByRole('button', { name: 'Proefproject bewaren' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Eén aanmeldformulier voor school en CLB' })).toBeVisible();
	await expect(page.getByText('Loopt', { exact: true })).toBeVisible();
	await expect(page.getByText(/De terugblik staat gepland op .*Je kunt ook nu al terugblikken\./)).toBeVisible();
	const url = page.url();

	const watching = await world.pageFor(observer);
	await visit(watching, url);
	await expect(
		watching.getByRole('heading', { level: 1, name: 'Eén aanmeldformulier voor school en CLB' })
	).toBeVisible();
	await expect(watching.getByRole('form', { name: 'Terugblikken' })).toHaveCount(0);
	await expect(watching.getByText('Plan aanpassen')).toHaveCount(0);
	await expect(watching.getByRole('link', { name: 'Nieuw proefproject' })).toHaveCount(0);
	await expectAxeClean(watching);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('two partners change the plan at once: the second sees both versions', async ({ page, world, db }) => {
		const { partnership, coordinator } = await world.partnership();
		const member = await world.member(partnership, { name: 'Nadia Partner' });
		const { id } = await makePilot(db, { partnershipId: partnership.id, userId: member.id, title: 'Koffiemoment' });
		await world.logIn(page, coordinator);
		const other = await world.pageFor(member);
		for (const p of [page, other]) {
			await visit(p, `${partnership.url}/pilots/${id}`);
			await p.getByText('Plan aanpassen').click();
		}
		const mine = page.getByRole('form', { name: 'Plan aanpassen' });
		await mine.getByRole('textbox', { name: 'Titel' }).fill('Koffiemoment op school');
		await mine.getByRole('button', { name: 'Opslaan' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();

		const theirs = other.getByRole('form', { name: 'Plan aanpassen' });
		await theirs.getByRole('textbox', { name: 'Titel' }).fill('Koffiemoment in de wijk');
		await theirs.getByRole('button', { name: 'Opslaan' }).click();
		const conflict = other.getByRole('alert').filter({ hasText: 'Koffiemoment op school' });
		await expect(conflict).toBeVisible();
		await expect(
			other.getByRole('form', { name: 'Plan aanpassen' }).getByRole('textbox', { name: 'Titel' })
		).toHaveValue('Koffiemoment in de wijk');
		await expectAxeClean(other);
		// Saving again, knowingly, wins; the history shows the three versions.
		await other.getByRole('form', { name: 'Plan aanpassen' }).getByRole('button', { name: 'Opslaan' }).click();
		await expect(other.getByRole('heading', { level: 1, name: 'Koffiemoment in de wijk' })).toBeVisible();
		await expect(other.getByText(/^Versie 3/)).toBeVisible();
		await expect(other.getByText('Werkten mee: Nadia Partner, Sofie Coördinator')).toBeVisible();
	});
});
