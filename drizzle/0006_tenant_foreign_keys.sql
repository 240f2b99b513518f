-- Tenant integrity in PostgreSQL itself (ADR 0011): every reference between two tables that both
-- belong to a partnership also matches the partnership id, so no row can point into another
-- partnership. The single-column foreign keys stay and keep their ON DELETE behaviour; the
-- composite ones add the tenant check (NO ACTION, checked after the cascades have run).
--
-- First the existing data is checked, so the migration stops with a clear message instead of a
-- bare constraint error when some row already points across partnerships.
DO $$
DECLARE
	bad bigint;
	problems text := '';
BEGIN
	SELECT count(*) INTO bad FROM "action_assignments" child JOIN "case_actions" parent ON parent.id = child."action_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in action_assignments.action_id point at case_actions of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "action_assignments" child JOIN "memberships" parent ON parent.id = child."membership_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in action_assignments.membership_id point at memberships of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "agreement_events" child JOIN "agreements" parent ON parent.id = child."agreement_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in agreement_events.agreement_id point at agreements of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "agreements" child JOIN "cases" parent ON parent.id = child."case_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in agreements.case_id point at cases of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "agreements" child JOIN "goals" parent ON parent.id = child."goal_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in agreements.goal_id point at goals of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "agreements" child JOIN "meetings" parent ON parent.id = child."meeting_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in agreements.meeting_id point at meetings of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "agreements" child JOIN "reflection_moments" parent ON parent.id = child."reflection_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in agreements.reflection_id point at reflection_moments of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "agreements" child JOIN "scan_rounds" parent ON parent.id = child."scan_round_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in agreements.scan_round_id point at scan_rounds of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "case_actions" child JOIN "cases" parent ON parent.id = child."case_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in case_actions.case_id point at cases of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "case_partners" child JOIN "cases" parent ON parent.id = child."case_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in case_partners.case_id point at cases of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "case_partners" child JOIN "memberships" parent ON parent.id = child."membership_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in case_partners.membership_id point at memberships of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "case_perspectives" child JOIN "cases" parent ON parent.id = child."case_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in case_perspectives.case_id point at cases of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "case_sections" child JOIN "cases" parent ON parent.id = child."case_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in case_sections.case_id point at cases of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "case_sharing_agreements" child JOIN "cases" parent ON parent.id = child."case_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in case_sharing_agreements.case_id point at cases of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "case_sharing_agreements" child JOIN "sharing_agreements" parent ON parent.id = child."sharing_agreement_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in case_sharing_agreements.sharing_agreement_id point at sharing_agreements of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "consent_records" child JOIN "cases" parent ON parent.id = child."case_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in consent_records.case_id point at cases of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "consent_records" child JOIN "sharing_agreements" parent ON parent.id = child."sharing_agreement_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in consent_records.sharing_agreement_id point at sharing_agreements of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "goal_versions" child JOIN "goals" parent ON parent.id = child."goal_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in goal_versions.goal_id point at goals of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "mandates" child JOIN "organisations" parent ON parent.id = child."organisation_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in mandates.organisation_id point at organisations of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "meeting_agenda_items" child JOIN "meetings" parent ON parent.id = child."meeting_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in meeting_agenda_items.meeting_id point at meetings of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "meeting_attendees" child JOIN "meetings" parent ON parent.id = child."meeting_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in meeting_attendees.meeting_id point at meetings of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "meeting_attendees" child JOIN "memberships" parent ON parent.id = child."membership_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in meeting_attendees.membership_id point at memberships of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "meetings" child JOIN "cases" parent ON parent.id = child."case_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in meetings.case_id point at cases of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "meetings" child JOIN "meeting_series" parent ON parent.id = child."series_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in meetings.series_id point at meeting_series of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "memberships" child JOIN "organisations" parent ON parent.id = child."organisation_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in memberships.organisation_id point at organisations of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "network_links" child JOIN "network_nodes" parent ON parent.id = child."from_node_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in network_links.from_node_id point at network_nodes of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "network_links" child JOIN "network_nodes" parent ON parent.id = child."to_node_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in network_links.to_node_id point at network_nodes of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "network_nodes" child JOIN "memberships" parent ON parent.id = child."membership_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in network_nodes.membership_id point at memberships of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "network_nodes" child JOIN "organisations" parent ON parent.id = child."organisation_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in network_nodes.organisation_id point at organisations of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "reflection_answers" child JOIN "reflection_groups" parent ON parent.id = child."group_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in reflection_answers.group_id point at reflection_groups of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "reflection_answers" child JOIN "reflection_moments" parent ON parent.id = child."moment_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in reflection_answers.moment_id point at reflection_moments of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "reflection_groups" child JOIN "agreements" parent ON parent.id = child."agreement_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in reflection_groups.agreement_id point at agreements of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "reflection_groups" child JOIN "reflection_moments" parent ON parent.id = child."moment_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in reflection_groups.moment_id point at reflection_moments of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "reflection_moments" child JOIN "meetings" parent ON parent.id = child."meeting_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in reflection_moments.meeting_id point at meetings of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "scan_responses" child JOIN "scan_rounds" parent ON parent.id = child."round_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in scan_responses.round_id point at scan_rounds of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "sharing_agreement_parties" child JOIN "organisations" parent ON parent.id = child."organisation_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in sharing_agreement_parties.organisation_id point at organisations of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "sharing_agreement_parties" child JOIN "sharing_agreements" parent ON parent.id = child."sharing_agreement_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in sharing_agreement_parties.sharing_agreement_id point at sharing_agreements of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "signal_events" child JOIN "signals" parent ON parent.id = child."signal_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in signal_events.signal_id point at signals of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "signal_sources" child JOIN "cases" parent ON parent.id = child."case_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in signal_sources.case_id point at cases of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "signal_sources" child JOIN "learning_entries" parent ON parent.id = child."learning_entry_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in signal_sources.learning_entry_id point at learning_entries of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "signal_sources" child JOIN "reflection_moments" parent ON parent.id = child."reflection_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in signal_sources.reflection_id point at reflection_moments of another partnership', bad); END IF;
	SELECT count(*) INTO bad FROM "signal_sources" child JOIN "signals" parent ON parent.id = child."signal_id"
		WHERE parent.partnership_id <> child.partnership_id;
	IF bad > 0 THEN problems := problems || format(E'\n  %s row(s) in signal_sources.signal_id point at signals of another partnership', bad); END IF;
	IF problems <> '' THEN
		RAISE EXCEPTION 'Migration 0006 (tenant foreign keys) stopped, nothing was changed. These rows point into another partnership:%', problems
			USING HINT = 'Correct or remove these rows (they break the separation between partnerships), then start the app again.';
	END IF;
END $$;
--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "case_actions" ADD CONSTRAINT "case_actions_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "learning_entries" ADD CONSTRAINT "learning_entries_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "network_nodes" ADD CONSTRAINT "network_nodes_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "reflection_groups" ADD CONSTRAINT "reflection_groups_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "reflection_moments" ADD CONSTRAINT "reflection_moments_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "scan_rounds" ADD CONSTRAINT "scan_rounds_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "sharing_agreements" ADD CONSTRAINT "sharing_agreements_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_partnership_id_id_key" UNIQUE ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "action_assignments" ADD CONSTRAINT "action_assignments_action_id_tenant_fk" FOREIGN KEY ("partnership_id", "action_id") REFERENCES "case_actions" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "action_assignments" ADD CONSTRAINT "action_assignments_membership_id_tenant_fk" FOREIGN KEY ("partnership_id", "membership_id") REFERENCES "memberships" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "agreement_events" ADD CONSTRAINT "agreement_events_agreement_id_tenant_fk" FOREIGN KEY ("partnership_id", "agreement_id") REFERENCES "agreements" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_goal_id_tenant_fk" FOREIGN KEY ("partnership_id", "goal_id") REFERENCES "goals" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_meeting_id_tenant_fk" FOREIGN KEY ("partnership_id", "meeting_id") REFERENCES "meetings" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_reflection_id_tenant_fk" FOREIGN KEY ("partnership_id", "reflection_id") REFERENCES "reflection_moments" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_scan_round_id_tenant_fk" FOREIGN KEY ("partnership_id", "scan_round_id") REFERENCES "scan_rounds" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "case_actions" ADD CONSTRAINT "case_actions_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "case_partners" ADD CONSTRAINT "case_partners_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "case_partners" ADD CONSTRAINT "case_partners_membership_id_tenant_fk" FOREIGN KEY ("partnership_id", "membership_id") REFERENCES "memberships" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "case_perspectives" ADD CONSTRAINT "case_perspectives_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "case_sections" ADD CONSTRAINT "case_sections_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "case_sharing_agreements" ADD CONSTRAINT "case_sharing_agreements_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "case_sharing_agreements" ADD CONSTRAINT "case_sharing_agreements_sharing_agreement_id_tenant_fk" FOREIGN KEY ("partnership_id", "sharing_agreement_id") REFERENCES "sharing_agreements" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_sharing_agreement_id_tenant_fk" FOREIGN KEY ("partnership_id", "sharing_agreement_id") REFERENCES "sharing_agreements" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "goal_versions" ADD CONSTRAINT "goal_versions_goal_id_tenant_fk" FOREIGN KEY ("partnership_id", "goal_id") REFERENCES "goals" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_organisation_id_tenant_fk" FOREIGN KEY ("partnership_id", "organisation_id") REFERENCES "organisations" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_meeting_id_tenant_fk" FOREIGN KEY ("partnership_id", "meeting_id") REFERENCES "meetings" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_tenant_fk" FOREIGN KEY ("partnership_id", "meeting_id") REFERENCES "meetings" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_membership_id_tenant_fk" FOREIGN KEY ("partnership_id", "membership_id") REFERENCES "memberships" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_series_id_tenant_fk" FOREIGN KEY ("partnership_id", "series_id") REFERENCES "meeting_series" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_tenant_fk" FOREIGN KEY ("partnership_id", "organisation_id") REFERENCES "organisations" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "network_links" ADD CONSTRAINT "network_links_from_node_id_tenant_fk" FOREIGN KEY ("partnership_id", "from_node_id") REFERENCES "network_nodes" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "network_links" ADD CONSTRAINT "network_links_to_node_id_tenant_fk" FOREIGN KEY ("partnership_id", "to_node_id") REFERENCES "network_nodes" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "network_nodes" ADD CONSTRAINT "network_nodes_membership_id_tenant_fk" FOREIGN KEY ("partnership_id", "membership_id") REFERENCES "memberships" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "network_nodes" ADD CONSTRAINT "network_nodes_organisation_id_tenant_fk" FOREIGN KEY ("partnership_id", "organisation_id") REFERENCES "organisations" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "reflection_answers" ADD CONSTRAINT "reflection_answers_group_id_tenant_fk" FOREIGN KEY ("partnership_id", "group_id") REFERENCES "reflection_groups" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "reflection_answers" ADD CONSTRAINT "reflection_answers_moment_id_tenant_fk" FOREIGN KEY ("partnership_id", "moment_id") REFERENCES "reflection_moments" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "reflection_groups" ADD CONSTRAINT "reflection_groups_agreement_id_tenant_fk" FOREIGN KEY ("partnership_id", "agreement_id") REFERENCES "agreements" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "reflection_groups" ADD CONSTRAINT "reflection_groups_moment_id_tenant_fk" FOREIGN KEY ("partnership_id", "moment_id") REFERENCES "reflection_moments" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "reflection_moments" ADD CONSTRAINT "reflection_moments_meeting_id_tenant_fk" FOREIGN KEY ("partnership_id", "meeting_id") REFERENCES "meetings" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "scan_responses" ADD CONSTRAINT "scan_responses_round_id_tenant_fk" FOREIGN KEY ("partnership_id", "round_id") REFERENCES "scan_rounds" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "sharing_agreement_parties" ADD CONSTRAINT "sharing_agreement_parties_organisation_id_tenant_fk" FOREIGN KEY ("partnership_id", "organisation_id") REFERENCES "organisations" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "sharing_agreement_parties" ADD CONSTRAINT "sharing_agreement_parties_sharing_agreement_id_tenant_fk" FOREIGN KEY ("partnership_id", "sharing_agreement_id") REFERENCES "sharing_agreements" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "signal_events" ADD CONSTRAINT "signal_events_signal_id_tenant_fk" FOREIGN KEY ("partnership_id", "signal_id") REFERENCES "signals" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "signal_sources" ADD CONSTRAINT "signal_sources_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "signal_sources" ADD CONSTRAINT "signal_sources_learning_entry_id_tenant_fk" FOREIGN KEY ("partnership_id", "learning_entry_id") REFERENCES "learning_entries" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "signal_sources" ADD CONSTRAINT "signal_sources_reflection_id_tenant_fk" FOREIGN KEY ("partnership_id", "reflection_id") REFERENCES "reflection_moments" ("partnership_id", "id");
--> statement-breakpoint
ALTER TABLE "signal_sources" ADD CONSTRAINT "signal_sources_signal_id_tenant_fk" FOREIGN KEY ("partnership_id", "signal_id") REFERENCES "signals" ("partnership_id", "id");
