import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { readVersion } from '$lib/fields';
import { parseForm } from '$lib/forms';
import { notFound, forbidden } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';
import { parseRasciForm } from '$lib/domain/cases/case.schema';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { mayHold } from '$lib/domain/permissions/permissions';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { TASK_TEXT_FIELDS, recurringTaskSchema } from '$lib/domain/recurring-tasks/recurring-task.schema';
import {
	deleteRecurringTask,
	getRecurringTask,
	mayDeleteTask,
	setTaskAssignments,
	updateRecurringTask
} from '$lib/domain/recurring-tasks/recurring-task.server';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const partnershipId = ctx.partnership.id;
	const found = await requireRecord(getRecurringTask(getDb(), { partnershipId, taskId: event.params.task }));
	const ref = { recurringTaskId: found.task.id };
	const [versions, contributors, members] = await Promise.all([
		listRecordVersions(getDb(), { partnershipId, ref }),
		listRecordContributors(getDb(), { partnershipId, ref }),
		listMembers(getDb(), partnershipId)
	]);
	// The RASCI form's rows: who may hold a letter, and anyone who still holds one.
	const holders = new Set(found.assignments.map((a) => a.membershipId));
	const people = members
		.filter((mb) => mayHold(mb.role, 'task:rasci') || holders.has(mb.membershipId))
		.map((mb) => ({ membershipId: mb.membershipId, name: mb.name }));
	return {
		found,
		versions,
		contributors,
		people,
		mayDelete: mayDeleteTask(found.task, { userId: ctx.user.id, role: ctx.role })
	};
};

/** A writer of worksheets, on a task of this partnership. */
async function writeContext(event: RequestEvent<{ partnership: string; task: string }>) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:write');
	const found = await requireRecord(
		getRecurringTask(getDb(), { partnershipId: ctx.partnership.id, taskId: event.params.task })
	);
	return { ctx, task: found.task, form: await event.request.formData() };
}

export const actions: Actions = {
	save: async (event) => {
		const { ctx, task, form } = await writeContext(event);
		const parsed = parseForm(recurringTaskSchema, form);
		if (!parsed.ok) return fail(400, { part: 'task', values: parsed.values, errors: parsed.errors });
		const guard = savesAnyway(form)
			? null
			: checkPersonalData(Object.fromEntries(TASK_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { part: 'task', values: parsed.data, errors: {}, guard });
		const owner = { partnershipId: ctx.partnership.id, userId: ctx.user.id };
		const result = await updateRecurringTask(getDb(), {
			...owner,
			taskId: task.id,
			version: readVersion(form),
			input: parsed.data
		});
		if (result.ok) {
			await discardDraft(getDb(), { ...owner, formKey: draftKey.task(task.id) });
			return { part: 'task', saved: true };
		}
		if (result.reason === 'conflict')
			return fail(409, { part: 'task', values: parsed.data, errors: {}, conflict: result.current });
		notFound();
	},
	rasci: async (event) => {
		const { ctx, task, form } = await writeContext(event);
		const assignments = parseRasciForm(form);
		const values = Object.fromEntries([...form.entries()].filter(([k]) => k.startsWith('rasci_')));
		if (!assignments) return fail(400, { part: 'rasci', values, errors: { form: m.err_rasci_letters() } });
		const result = await setTaskAssignments(getDb(), {
			partnershipId: ctx.partnership.id,
			taskId: task.id,
			userId: ctx.user.id,
			version: readVersion(form),
			assignments
		});
		if (result.ok) return { part: 'rasci', saved: true };
		switch (result.reason) {
			case 'invalid':
				return fail(400, { part: 'rasci', values, errors: { form: result.message } });
			case 'not-eligible':
				return fail(400, { part: 'rasci', values, errors: { form: m.rtk_err_not_eligible() } });
			case 'conflict':
				return fail(409, { part: 'rasci', values, errors: {}, conflict: result.current });
			case 'not-found':
				notFound();
		}
	},
	delete: async (event) => {
		const { ctx, task } = await writeContext(event);
		const result = await deleteRecurringTask(getDb(), {
			partnershipId: ctx.partnership.id,
			taskId: task.id,
			userId: ctx.user.id,
			role: ctx.role
		});
		if (!result.ok)
			if (result.reason === 'forbidden') forbidden();
			else notFound();
		redirect(303, `/s/${ctx.partnership.id}/taken?verwijderd`);
	}
};
