// Recurring tasks with RASCI (method "afstemming en taakafbakening"), one thing a person does per
// test: a member finds a task through the menu and sets who does what, first against the rule
// (no A), then by it; the matrix and the history show it. Without JavaScript a member makes a new
// task and a refused RASCI keeps the choices. An observer reads the tasks but changes nothing, and
// another partnership's task is a 404.

import type { Db } from '$lib/server/db/client';
import { createRecurringTask, setTaskAssignments } from '$lib/domain/recurring-tasks/recurring-task.server';
import {
	expect,
	expectAxeClean,
	expectNothingSticksOut,
	openMenu,
	test,
	visit,
	type Partnership,
	type User,
	type World
} from './fixtures';

const TASK = {
	title: 'Het overleg voorbereiden',
	description: 'De agenda een week vooraf rondsturen.',
	frequency: 'monthly' as const
};

/** A partnership with a coordinator and a member (Mira), and one task made by the coordinator. */
async function taskTeam(world: World, db: Db) {
	const { partnership, coordinator } = await world.partnership({
		coordinator: await world.user({ name: 'Els Coördinator' })
	});
	const member = await world.member(partnership, { name: 'Mira Partner' });
	const { id } = await createRecurringTask(db, {
		partnershipId: partnership.id,
		userId: coordinator.id,
		input: TASK
	});
	return { partnership, coordinator, member, taskId: id };
}

/** Through the menu (on a phone, where it lists every page), to the list and the task. */
async function openTask(page: import('@playwright/test').Page, partnership: Partnership) {
	await page.setViewportSize({ width: 360, height: 780 });
	await openMenu(page, 'Werkbladen', 'Terugkerende taken');
	await expect(page.getByRole('heading', { level: 1, name: 'Terugkerende taken' })).toBeVisible();
	await expectAxeClean(page);
	await page.getByRole('link', { name: TASK.title }).first().click();
	await expect(page).toHaveURL(new RegExp(`${partnership.url}/taken/[0-9a-f-]{36}$`));
	await expect(page.getByRole('heading', { level: 1, name: TASK.title })).toBeVisible();
	await expectAxeClean(page);
}

test('a member sets RASCI for a recurring task', async ({ page, world, db }) => {
	const { partnership, member } = await taskTeam(world, db);
	await world.logIn(page, member);
	await visit(page, partnership.url);
	await openTask(page, partnership);

	const rasci = page.getByRole('form', { name: 'Wie doet wat (RASCI)' });
	// Against the rule: someone carries it out, nobody is accountable.
	await rasci.getByRole('radio', { name: 'Mira Partner: Voert uit' }).check();
	await rasci.getByRole('button', { name: 'Rollen opslaan' }).click();
	await expect(rasci.getByRole('alert')).toContainText('eindverantwoordelijk');
	await expect(rasci.getByRole('radio', { name: 'Mira Partner: Voert uit' })).toBeChecked();
	await expectAxeClean(page);

	// By the rule: Els answers for it, Mira does it.
	await rasci.getByRole('radio', { name: 'Els Coördinator: Eindverantwoordelijk' }).check();
	await rasci.getByRole('button', { name: 'Rollen opslaan' }).click();
	await expect(rasci.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
	await expect(page.locator('#rasci')).toContainText('A: Els Coördinator, R: Mira Partner');

	// The history has the new version, with who does what as text.
	const history = page.getByRole('region', { name: 'Geschiedenis' });
	await expect(history.getByRole('listitem')).toHaveCount(2);
	await expect(history.getByRole('listitem').first()).toContainText('Wie doet wat');
	await expect(page.getByText('Meegewerkt: Els Coördinator, Mira Partner')).toBeVisible();

	// The list shows it, and the matrix has a letter per person, also on a phone.
	await page.getByRole('link', { name: 'Terug naar de terugkerende taken' }).click();
	await expect(page).toHaveURL(new RegExp(`${partnership.url}/taken$`));
	await expect(page.locator('li.task')).toContainText('A: Els Coördinator, R: Mira Partner');
	const matrix = page.getByRole('table', { name: 'Per taak de letter van elke persoon' });
	const row = matrix.getByRole('row').filter({ hasText: TASK.title });
	await expect(row.getByRole('cell')).toHaveText(['A', 'R']);
	await page.getByRole('link', { name: /Waar ik een rol heb/ }).click();
	await expect(page.getByRole('link', { name: TASK.title }).first()).toBeVisible();
	await expectNothingSticksOut(page);
	await expectAxeClean(page);
});

test('an observer reads the tasks and their RASCI but gets no form; another partnership’s task is a 404', async ({
	page,
	world,
	db
}) => {
	const { partnership, coordinator, member, taskId } = await taskTeam(world, db);
	const [coordinatorMs] = (
		await db.query.memberships.findMany({
			where: (m, { and, eq }) => and(eq(m.partnershipId, partnership.id), eq(m.userId, coordinator.id))
		})
	).map((m) => m.id);
	await setTaskAssignments(db, {
		partnershipId: partnership.id,
		taskId,
		userId: coordinator.id,
		version: 1,
		assignments: [
			{ membershipId: coordinatorMs!, letter: 'A' },
			{ membershipId: member.membershipId, letter: 'R' }
		]
	});
	const observer = await world.member(partnership, { role: 'observer', name: 'Waarnemer' });
	await world.logIn(page, observer);
	await visit(page, `${partnership.url}/taken/${taskId}`);
	await expect(page.locator('#rasci')).toContainText('A: Els Coördinator, R: Mira Partner');
	await expect(page.getByRole('button', { name: 'Rollen opslaan' })).toHaveCount(0);
	await expect(page.getByText('Taak aanpassen')).toHaveCount(0);
	await visit(page, `${partnership.url}/taken`);
	await expect(page.getByRole('link', { name: 'Nieuwe terugkerende taak' })).toHaveCount(0);

	const other = await world.partnership();
	await world.logIn(page, other.coordinator);
	const response = await page.goto(`${other.partnership.url}/taken/${taskId}`);
	expect(response?.status()).toBe(404);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a member makes a new task, and a RASCI against the rule keeps the choices', async ({ page, world }) => {
		const { partnership } = await world.partnership({ coordinator: await world.user({ name: 'Els Coördinator' }) });
		const member: User = await world.member(partnership, { name: 'Mira Partner' });
		await world.logIn(page, member);
		await visit(page, `${partnership.url}/taken/nieuw`);
		await page.getByRole('button', { name: 'Taak bewaren' }).click();
		await expect(page.getByText('Geef de taak een naam.')).toBeVisible();
		await expect(page.getByText('Kies hoe vaak de taak terugkomt.')).toBeVisible();
		await page.getByRole('textbox', { name: /^Taak/ }).fill('De nieuwsbrief');
		await page.getByRole('combobox', { name: /Hoe vaak/ }).selectOption({ label: 'Elk trimester' });
		await page.getByRole('button', { name: 'Taak bewaren' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'De nieuwsbrief' })).toBeVisible();
		await expect(page.getByText('De taak is bewaard. Kies nu wie wat doet.')).toBeVisible();
		await expectAxeClean(page);

		const rasci = page.getByRole('form', { name: 'Wie doet wat (RASCI)' });
		await rasci.getByRole('radio', { name: 'Mira Partner: Eindverantwoordelijk' }).check();
		await rasci.getByRole('radio', { name: 'Els Coördinator: Eindverantwoordelijk' }).check();
		await rasci.getByRole('button', { name: 'Rollen opslaan' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'maar één persoon' })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Mira Partner: Eindverantwoordelijk' })).toBeChecked();
		await expect(page.getByRole('radio', { name: 'Els Coördinator: Eindverantwoordelijk' })).toBeChecked();
		await page.getByRole('radio', { name: 'Els Coördinator: Voert uit' }).check();
		await page.getByRole('button', { name: 'Rollen opslaan' }).click();
		await expect(page.locator('#rasci')).toContainText('A: Mira Partner, R: Els Coördinator');
		await expectAxeClean(page);
	});
});
