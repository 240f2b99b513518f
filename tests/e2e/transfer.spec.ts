// Data out and back in (ADR 0020), one journey: a coordinator downloads her partnership on the first
// instance; another coordinator, on the second instance (same build, same database: every record
// gets a new id), reads the file into his empty partnership and finds the case and the member.

import { makeCase } from '../factories';
import { expect, expectAxeClean, test, unique, visit } from './fixtures';
import { SECOND_PORT } from './settings.js';

const SECOND = `http://localhost:${SECOND_PORT}`;

test('a partnership exported on one instance is imported into an empty partnership on another', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator } = await world.partnership();
	const partner = await world.member(partnership, { name: `Partner ${unique()}` });
	const code = `K-${unique()}`;
	await makeCase(db, { partnershipId: partnership.id, userId: coordinator.id, code, partners: [partner.membershipId] });

	await world.logIn(page, coordinator);
	await visit(page, `${partnership.url}/instellingen`);
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Samenwerkingsverband downloaden' }).click();
	const file = await (await downloading).path();

	const { partnership: empty, coordinator: importer } = await world.partnership();
	const there = await world.pageFor(importer, { baseURL: SECOND });
	await there.goto(`${SECOND}${empty.url}/instellingen`);
	await there.getByRole('link', { name: 'Inlezen' }).click();
	await expect(there.getByRole('heading', { level: 1, name: 'Gegevens meenemen' })).toBeVisible();
	await expectAxeClean(there);
	await there.getByLabel('Bestand (.json)').setInputFiles(file);
	await there.getByRole('button', { name: 'Inlezen' }).click();
	await expect(there.getByRole('status')).toContainText('Ingelezen gegevens:');
	await expectAxeClean(there);

	await there.goto(`${SECOND}${empty.url}/casussen`);
	await expect(there.getByText(code)).toBeVisible();
	await there.goto(`${SECOND}${empty.url}/leden`);
	await expect(there.getByRole('heading', { name: partner.name })).toBeVisible();

	// The same file again: the partnership is no longer empty, the message stands next to the field.
	await there.goto(`${SECOND}${empty.url}/instellingen/inlezen`);
	await there.getByLabel('Bestand (.json)').setInputFiles(file);
	await there.getByRole('button', { name: 'Inlezen' }).click();
	await expect(there.getByText('Dit samenwerkingsverband is niet leeg.', { exact: false })).toBeVisible();
});
