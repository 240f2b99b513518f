// Inviting several partners in a row, one thing a person does per test: a coordinator makes two
// links one after the other and keeps both, with and without JavaScript; mails invitations to
// addresses (a bad one refused next to the field, a second one to the same address refused) and the
// partner joins through the mailed link; a member edits their own organisation and function and
// finds the way to leave.

import type { Page } from '@playwright/test';
import {
	expect,
	expectAxeClean,
	openMenu,
	submitJoin,
	test,
	unique,
	visit,
	type Partnership,
	type World
} from './fixtures';
import { linkIn, waitForMail } from './outbox';

const linkField = (page: Page, n: number) =>
	page.getByRole('textbox', { name: new RegExp(`^Uitnodigingslink ${n} voor Waarnemer, geldig tot `) });

/** A partnership whose coordinator is logged in on `page`, on its invitation page. */
async function onInvitePage(world: World, page: Page) {
	const { partnership, coordinator } = await world.partnership();
	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/uitnodigen`);
	return { partnership, coordinator };
}

/** Two links for observers in a row: the choices stay, and both links stay shown, newest first. */
async function twoLinksInARow(page: Page, partnership: Partnership) {
	const observer = page.getByRole('radio', { name: /^Waarnemer:/ });
	const expiry = page.getByRole('combobox', { name: 'Geldig tot' });
	await observer.check();
	await expiry.selectOption({ label: '7 dagen' });
	await page.getByRole('button', { name: 'Link maken' }).click();
	await expect(linkField(page, 1)).toHaveValue(new RegExp(`/uitnodiging/[^/]+$`));
	const first = await linkField(page, 1).inputValue();
	await expect(observer).toBeChecked();
	await expect(expiry).toHaveValue('7');
	await expectAxeClean(page);

	await page.getByRole('button', { name: 'Link maken' }).click();
	await expect(linkField(page, 2)).toHaveValue(new RegExp(`/uitnodiging/[^/]+$`));
	const second = await linkField(page, 2).inputValue();
	expect(second).not.toBe(first);
	await expect(linkField(page, 1)).toHaveValue(first);
	const shown = page.getByRole('textbox', { name: /^Uitnodigingslink/ });
	await expect(shown).toHaveCount(2);
	await expect(shown.first()).toHaveValue(second);
	await expect(page.getByRole('alert')).toHaveCount(0);
	// The list of invitations below has both, for observers.
	const rows = page.getByRole('table').getByRole('row');
	await expect(rows).toHaveCount(3);
	await expect(rows.filter({ hasText: 'Waarnemer' })).toHaveCount(2);
	await expectAxeClean(page);
	return { first, second, partnership };
}

/** Both links open the join page of the partnership for someone without an account. */
async function bothWork(page: Page, links: string[], partnership: Partnership) {
	for (const link of links) {
		await page.goto(link);
		await expect(page.getByRole('heading', { level: 1, name: `Aansluiten bij ${partnership.name}` })).toBeVisible();
	}
}

test('a coordinator makes two links in a row and keeps both', async ({ page, world, newContext }) => {
	const { partnership } = await onInvitePage(world, page);
	const { first, second } = await twoLinksInARow(page, partnership);
	await bothWork(await (await newContext()).newPage(), [first, second], partnership);
});

test('a coordinator mails invitations, and the partner joins through the mailed link', async ({ page, world }) => {
	const { partnership, coordinator } = await onInvitePage(world, page);
	const partner = await world.user({ name: `Partner ${unique()}` });
	const colleague = `e2e-${unique()}@brugwerk.test`;
	const box = page.getByRole('textbox', { name: 'E-mailadressen' });
	const send = page.getByRole('button', { name: 'Uitnodiging mailen' });

	// A bad address is named next to the field, and what was typed stays.
	await page.getByRole('radio', { name: /^Partner:/ }).check();
	await box.fill(`${partner.email}\ngeen-adres`);
	await send.click();
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Dit is geen geldig e-mailadres: geen-adres')).toBeVisible();
	await expect(box).toHaveValue(`${partner.email}\ngeen-adres`);
	await expectAxeClean(page);

	await box.fill(`${partner.email}, ${colleague}`);
	await send.click();
	await expect(page.getByRole('status').filter({ hasText: 'De uitnodiging is verstuurd naar' })).toContainText(
		`${partner.email}, ${colleague}`
	);
	await expect(box).toHaveValue('');
	await expect(page.getByRole('radio', { name: /^Partner:/ })).toBeChecked();
	await expect(page.getByRole('table')).toContainText(`Verstuurd naar ${partner.email}`);
	await expect(page.getByRole('table')).toContainText(`Verstuurd naar ${colleague}`);
	await expectAxeClean(page);

	// The same address again: refused while its invitation is open.
	await box.fill(partner.email);
	await send.click();
	await expect(page.getByText(`Er is al een open uitnodiging voor: ${partner.email}.`)).toBeVisible();
	await expect(box).toHaveValue(partner.email);

	// The mail names the partnership, the inviter and the role; the link in it opens the join page.
	const mail = await waitForMail(partner, `${coordinator.name} nodigt je uit voor ${partnership.name} op Brugwerk`);
	expect(mail.text).toContain('Brugwerk is een online plek');
	expect(mail.text).toContain('Je rol: Partner: werkt mee');
	expect(mail.text).toMatch(/Geldig tot: /);
	const partnerPage = await world.pageFor(partner);
	await partnerPage.goto(linkIn(mail, '/uitnodiging/'));
	await expect(
		partnerPage.getByRole('heading', { level: 1, name: `Aansluiten bij ${partnership.name}` })
	).toBeVisible();
	await expectAxeClean(partnerPage);
	await submitJoin(partnerPage, {
		organisationName: 'CAW Oost-Vlaanderen',
		organisationType: 'CAW',
		function: 'Welzijnswerker'
	});

	// Now a member: a new invitation to that address says so.
	await visit(page, `${partnership.url}/uitnodigen`);
	await box.fill(partner.email);
	await send.click();
	await expect(page.getByText(`Dit adres is al lid van deze samenwerking: ${partner.email}.`)).toBeVisible();
	await expect(page.getByRole('row').filter({ hasText: `Verstuurd naar ${partner.email}` })).toContainText('Gebruikt');
});

test('a member edits their own organisation and function, and finds the way to leave', async ({ page, world }) => {
	const { partnership } = await world.partnership();
	const observer = await world.member(partnership, {
		role: 'observer',
		organisationName: 'Gemeente Gent',
		organisationType: 'lokaal_bestuur',
		function: 'beleidsmedewerker'
	});
	await world.logIn(page, observer);
	await visit(page, partnership.url);
	await openMenu(page, 'Partners', 'Mijn gegevens');
	await expect(page).toHaveURL(`${partnership.url}/mijn-gegevens`);
	await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens in deze samenwerking' })).toBeVisible();
	const organisation = page.getByRole('textbox', { name: 'Naam van je organisatie of school' });
	const fn = page.getByRole('combobox', { name: 'Je functie' });
	await expect(organisation).toHaveValue('Gemeente Gent');
	await expect(fn).toHaveValue('beleidsmedewerker');
	await expectAxeClean(page);

	// An empty organisation is refused next to the field; the function chosen stays.
	await organisation.fill('');
	await fn.selectOption({ label: 'Brugfiguur' });
	await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
	await expect(organisation).toHaveAttribute('aria-invalid', 'true');
	await expect(fn).toHaveValue('brugfiguur');
	await expectAxeClean(page);

	await organisation.fill('OCMW Gent');
	await page.getByRole('button', { name: 'Gegevens opslaan' }).click();
	await expect(page.getByRole('status')).toContainText('Je gegevens zijn opgeslagen.');
	await expect(organisation).toHaveValue('OCMW Gent');
	await expect(page.getByRole('link', { name: 'Deze samenwerking verlaten' })).toBeVisible();

	// The members list shows it, with the way back to this page on the member's own card.
	await openMenu(page, 'Partners', 'Partners');
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: observer.name }) });
	await expect(card).toContainText('OCMW Gent');
	await expect(card).toContainText('Brugfiguur');
	await card.getByRole('link', { name: 'Mijn gegevens aanpassen' }).click();
	await expect(page).toHaveURL(`${partnership.url}/mijn-gegevens`);
	await page.getByRole('link', { name: 'Deze samenwerking verlaten' }).click();
	await expect(page).toHaveURL(`${partnership.url}/vertrekken`);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a coordinator makes two links in a row and keeps both', async ({ page, world, newContext }) => {
		const { partnership } = await onInvitePage(world, page);
		const { first, second } = await twoLinksInARow(page, partnership);
		await bothWork(await (await newContext()).newPage(), [first, second], partnership);
	});

	test('a link made before a mailed invitation stays shown', async ({ page, world }) => {
		await onInvitePage(world, page);
		await page.getByRole('radio', { name: /^Waarnemer:/ }).check();
		await page.getByRole('button', { name: 'Link maken' }).click();
		const link = await linkField(page, 1).inputValue();
		const address = `e2e-${unique()}@brugwerk.test`;
		await page.getByRole('textbox', { name: 'E-mailadressen' }).fill(address);
		await page.getByRole('button', { name: 'Uitnodiging mailen' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'De uitnodiging is verstuurd naar' })).toContainText(
			address
		);
		await expect(linkField(page, 1)).toHaveValue(link);
		await expect(page.getByRole('radio', { name: /^Waarnemer:/ })).toBeChecked();
		await expect(page.getByRole('table')).toContainText(`Verstuurd naar ${address}`);
		await expectAxeClean(page);
	});
});
