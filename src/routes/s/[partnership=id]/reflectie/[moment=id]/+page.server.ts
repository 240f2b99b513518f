import { fail, redirect } from '@sveltejs/kit';
import { getBlock } from '$lib/content/blocks';
import { worksheetStepOf } from '$lib/domain/worksheets/worksheet';
import { parseForm } from '$lib/forms';
import { listAgreementsFrom } from '$lib/domain/agreements/agreement.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { can, mayHold } from '$lib/domain/permissions/permissions';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { groupRefSchema, groupTitleSchema, moveAnswerSchema } from '$lib/domain/reflection/reflection.schema';
import {
	closeMoment,
	createAgreementFromGroup,
	createGroup,
	deleteGroup,
	getLiveState,
	moveAnswer,
	renameGroup
} from '$lib/domain/reflection/reflection.server';
import { getDb } from '$lib/server/db/client';
import { parseAgreementForm } from '$lib/server/agreement-action';
import { requireMoment, requireRunner } from '$lib/server/reflection-context';
import type { Actions, PageServerLoad } from './$types';
import { notFound, forbidden } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const { ctx, found, scope, canRun } = await requireMoment(event, 'reflection:read');
	const db = getDb();
	const readAgreements = can(ctx.role, 'agreement:read');
	const [live, agreements, members] = await Promise.all([
		getLiveState(db, scope),
		listAgreementsFrom(db, { partnershipId: scope.partnershipId, userId: ctx.user.id, reflectionId: scope.momentId }),
		canRun && can(ctx.role, 'agreement:write') ? listMembers(db, scope.partnershipId) : Promise.resolve([])
	]);
	if (!live) notFound();
	return {
		moment: {
			id: found.moment.id,
			title: found.moment.title,
			block: found.moment.block,
			blockTitle: getBlock(found.moment.block)?.title ?? found.moment.block,
			questions: found.moment.questions,
			allowAnonymous: found.moment.allowAnonymous,
			createdAt: found.moment.createdAt,
			closedAt: found.moment.closedAt,
			facilitatorName: found.facilitatorName,
			meetingId: found.moment.meetingId,
			meetingTitle: found.meetingTitle,
			worksheetStep: worksheetStepOf(found.moment.methodStep)
		},
		live,
		canRun,
		shortUrl: `${event.url.origin}/r/${found.moment.code}`,
		agreements: readAgreements ? agreements : null,
		agreementCount: agreements.length,
		selectedGroupId: event.url.searchParams.get('groep') ?? '',
		owners: members
			.filter((mb) => mayHold(mb.role, 'agreement:owner'))
			.map((mb) => ({ userId: mb.userId, name: mb.name, organisationName: mb.organisationName }))
	};
};

export const actions: Actions = {
	createGroup: async (event) => {
		const { scope } = await requireRunner(event);
		const form = await event.request.formData();
		const parsed = parseForm(groupTitleSchema, form);
		if (!parsed.ok) return fail(400, { part: 'newGroup', values: parsed.values, errors: parsed.errors });
		const guard = savesAnyway(form) ? null : checkPersonalData({ title: parsed.data.title });
		if (guard) return fail(422, { part: 'newGroup', values: parsed.data, errors: {}, guard });
		const result = await createGroup(getDb(), { ...scope, title: parsed.data.title });
		if (!result.ok) notFound();
		return { part: 'newGroup', saved: true };
	},
	renameGroup: async (event) => {
		const { scope } = await requireRunner(event);
		const form = await event.request.formData();
		const ref = groupRefSchema.safeParse({ groupId: form.get('groupId') });
		if (!ref.success) notFound();
		const groupId = ref.data.groupId;
		const parsed = parseForm(groupTitleSchema, form);
		if (!parsed.ok) return fail(400, { part: 'rename', groupId, values: parsed.values, errors: parsed.errors });
		const guard = savesAnyway(form) ? null : checkPersonalData({ title: parsed.data.title });
		if (guard) return fail(422, { part: 'rename', groupId, values: parsed.data, errors: {}, guard });
		const result = await renameGroup(getDb(), { ...scope, groupId, title: parsed.data.title });
		if (!result.ok) notFound();
		return { part: 'rename', groupId, saved: true };
	},
	deleteGroup: async (event) => {
		const { scope } = await requireRunner(event);
		const ref = groupRefSchema.safeParse({ groupId: (await event.request.formData()).get('groupId') });
		if (!ref.success) notFound();
		const result = await deleteGroup(getDb(), { ...scope, groupId: ref.data.groupId });
		if (!result.ok) notFound();
		return { part: 'deleteGroup', saved: true };
	},
	moveAnswer: async (event) => {
		const { scope } = await requireRunner(event);
		const form = await event.request.formData();
		const parsed = parseForm(moveAnswerSchema, form);
		if (!parsed.ok) return fail(400, { part: 'move', values: parsed.values, errors: parsed.errors });
		const result = await moveAnswer(getDb(), {
			...scope,
			answerId: parsed.data.answerId,
			groupId: parsed.data.groupId
		});
		if (!result.ok) notFound();
		return { part: 'move', answerId: parsed.data.answerId, saved: true };
	},
	// The AgreementAddForm of one group: the agreement is made and remembered on the group at once.
	addAgreement: async (event) => {
		const { ctx, scope } = await requireRunner(event);
		if (!can(ctx.role, 'agreement:write')) forbidden();
		const form = await event.request.formData();
		const ref = groupRefSchema.safeParse({ groupId: form.get('groupId') });
		if (!ref.success) notFound();
		const parsed = parseAgreementForm(form);
		if (!parsed.ok) return parsed.failure;
		const values = parsed.values;
		const result = await createAgreementFromGroup(getDb(), {
			...scope,
			groupId: ref.data.groupId,
			userId: ctx.user.id,
			input: parsed.input,
			voice: parsed.voice,
			savedAnyway: parsed.savedAnyway
		});
		if (result.ok) redirect(303, `/s/${scope.partnershipId}/reflectie/${scope.momentId}?afspraak=gemaakt#groepen`);
		if (result.reason === 'not-found') notFound();
		if (result.reason === 'already')
			return fail(409, {
				part: 'agreement',
				values,
				errors: { form: m.err_group_has_agreement() }
			});
		return fail(400, {
			part: 'agreement',
			values,
			errors: { ownerId: m.err_owner_not_eligible() }
		});
	},
	close: async (event) => {
		const { scope } = await requireRunner(event);
		const result = await closeMoment(getDb(), scope);
		if (!result.ok) notFound();
		return { part: 'close', saved: true };
	}
};
