CREATE TYPE "public"."level" AS ENUM('micro', 'meso', 'macro');--> statement-breakpoint
CREATE TYPE "public"."sector" AS ENUM('education', 'welfare', 'local_government', 'civil_society');--> statement-breakpoint
CREATE TYPE "public"."link_strength" AS ENUM('strong', 'weak', 'missing');--> statement-breakpoint
CREATE TYPE "public"."link_type" AS ENUM('information', 'referral', 'consultation', 'funding', 'informal');--> statement-breakpoint
CREATE TYPE "public"."network_node_kind" AS ENUM('organisation', 'person', 'missing');--> statement-breakpoint
CREATE TYPE "public"."agenda_item_status" AS ENUM('proposed', 'accepted', 'declined');--> statement-breakpoint
CREATE TYPE "public"."attendance" AS ENUM('invited', 'present', 'excused', 'absent');--> statement-breakpoint
CREATE TYPE "public"."meeting_kind" AS ENUM('structural', 'case', 'informal');--> statement-breakpoint
CREATE TYPE "public"."recurrence" AS ENUM('none', 'trimester', 'semester');--> statement-breakpoint
CREATE TYPE "public"."consent_form" AS ENUM('written', 'verbal', 'digital');--> statement-breakpoint
CREATE TYPE "public"."consent_giver" AS ENUM('parents', 'one_parent', 'guardian', 'young_person');--> statement-breakpoint
CREATE TYPE "public"."consent_requirement" AS ENUM('none', 'parents', 'young_person', 'parents_and_young_person');--> statement-breakpoint
CREATE TYPE "public"."legal_frame" AS ENUM('beroepsgeheim', 'gedeeld_beroepsgeheim', 'discretieplicht', 'ambtsgeheim', 'casusoverleg_458ter');--> statement-breakpoint
CREATE TYPE "public"."learning_kind" AS ENUM('success', 'bottleneck');--> statement-breakpoint
CREATE TABLE "mandates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"organisation_id" uuid,
	"role" text NOT NULL,
	"decides_alone" text DEFAULT '' NOT NULL,
	"alignment_needed" text DEFAULT '' NOT NULL,
	"aligns_with" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" "organisation_type" NOT NULL,
	"type_other" text,
	"sector" "sector" NOT NULL,
	"level" "level" NOT NULL,
	"contact_person" text DEFAULT '' NOT NULL,
	"reachability" text DEFAULT '' NOT NULL,
	"expertise" text[] DEFAULT '{}'::text[] NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "organisations_partnership_name_uq" UNIQUE("partnership_id","name")
);
--> statement-breakpoint
CREATE TABLE "network_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"from_node_id" uuid NOT NULL,
	"to_node_id" uuid NOT NULL,
	"type" "link_type" NOT NULL,
	"strength" "link_strength" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "network_links_pair_type_uq" UNIQUE("from_node_id","to_node_id","type"),
	CONSTRAINT "network_links_not_self" CHECK ("network_links"."from_node_id" <> "network_links"."to_node_id")
);
--> statement-breakpoint
CREATE TABLE "network_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" "network_node_kind" NOT NULL,
	"organisation_id" uuid,
	"membership_id" uuid,
	"label" text NOT NULL,
	"level" "level" NOT NULL,
	"sector" "sector",
	"role" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"expertise" text DEFAULT '' NOT NULL,
	"x" real NOT NULL,
	"y" real NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "network_nodes_organisation_uq" UNIQUE("partnership_id","organisation_id"),
	CONSTRAINT "network_nodes_membership_uq" UNIQUE("partnership_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"title" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" "agenda_item_status" NOT NULL,
	"position" integer NOT NULL,
	"proposed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_attendees" (
	"partnership_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"attendance" "attendance" DEFAULT 'invited' NOT NULL,
	CONSTRAINT "meeting_attendees_meeting_id_membership_id_pk" PRIMARY KEY("meeting_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"recurrence" "recurrence" NOT NULL,
	"repeat_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"series_id" uuid,
	"kind" "meeting_kind" NOT NULL,
	"title" text NOT NULL,
	"case_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"online_url" text DEFAULT '' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"guests" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"minutes_updated_at" timestamp with time zone,
	"voice" jsonb,
	"cancelled" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_sharing_agreements" (
	"partnership_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"sharing_agreement_id" uuid NOT NULL,
	CONSTRAINT "case_sharing_agreements_case_id_sharing_agreement_id_pk" PRIMARY KEY("case_id","sharing_agreement_id")
);
--> statement-breakpoint
CREATE TABLE "consent_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"sharing_agreement_id" uuid,
	"given_on" date NOT NULL,
	"given_by" "consent_giver" NOT NULL,
	"form" "consent_form" NOT NULL,
	"scope_what" text NOT NULL,
	"scope_to" text NOT NULL,
	"scope_purpose" text NOT NULL,
	"expires_on" date,
	"withdrawn_on" date,
	"withdrawn_note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "consent_records_expiry_after_given" CHECK ("consent_records"."expires_on" is null or "consent_records"."expires_on" >= "consent_records"."given_on")
);
--> statement-breakpoint
CREATE TABLE "sharing_agreement_parties" (
	"partnership_id" uuid NOT NULL,
	"sharing_agreement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "sharing_agreement_parties_sharing_agreement_id_organisation_id_pk" PRIMARY KEY("sharing_agreement_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "sharing_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"may_share" text NOT NULL,
	"may_not_share" text NOT NULL,
	"legal_frame" "legal_frame" NOT NULL,
	"consent" "consent_requirement" NOT NULL,
	"consent_how" text DEFAULT '' NOT NULL,
	"channel" text NOT NULL,
	"feedback_to_school" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" "learning_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"lesson" text DEFAULT '' NOT NULL,
	"blocks" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreements" DROP CONSTRAINT "agreements_origin_link";--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mandates" ADD CONSTRAINT "mandates_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_links" ADD CONSTRAINT "network_links_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_links" ADD CONSTRAINT "network_links_from_node_id_network_nodes_id_fk" FOREIGN KEY ("from_node_id") REFERENCES "public"."network_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_links" ADD CONSTRAINT "network_links_to_node_id_network_nodes_id_fk" FOREIGN KEY ("to_node_id") REFERENCES "public"."network_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_nodes" ADD CONSTRAINT "network_nodes_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_nodes" ADD CONSTRAINT "network_nodes_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_nodes" ADD CONSTRAINT "network_nodes_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_items" ADD CONSTRAINT "meeting_agenda_items_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_series_id_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meeting_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sharing_agreements" ADD CONSTRAINT "case_sharing_agreements_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sharing_agreements" ADD CONSTRAINT "case_sharing_agreements_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_sharing_agreements" ADD CONSTRAINT "case_sharing_agreements_sharing_agreement_id_sharing_agreements_id_fk" FOREIGN KEY ("sharing_agreement_id") REFERENCES "public"."sharing_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_sharing_agreement_id_sharing_agreements_id_fk" FOREIGN KEY ("sharing_agreement_id") REFERENCES "public"."sharing_agreements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_records" ADD CONSTRAINT "consent_records_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_agreement_parties" ADD CONSTRAINT "sharing_agreement_parties_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_agreement_parties" ADD CONSTRAINT "sharing_agreement_parties_sharing_agreement_id_sharing_agreements_id_fk" FOREIGN KEY ("sharing_agreement_id") REFERENCES "public"."sharing_agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_agreement_parties" ADD CONSTRAINT "sharing_agreement_parties_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_agreements" ADD CONSTRAINT "sharing_agreements_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sharing_agreements" ADD CONSTRAINT "sharing_agreements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_entries" ADD CONSTRAINT "learning_entries_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_entries" ADD CONSTRAINT "learning_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mandates_partnership_idx" ON "mandates" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "organisations_partnership_idx" ON "organisations" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "network_links_partnership_idx" ON "network_links" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "network_nodes_partnership_idx" ON "network_nodes" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "meeting_agenda_items_meeting_idx" ON "meeting_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "meetings_partnership_starts_idx" ON "meetings" USING btree ("partnership_id","starts_at");--> statement-breakpoint
CREATE INDEX "consent_records_case_idx" ON "consent_records" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "sharing_agreements_partnership_idx" ON "sharing_agreements" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "learning_entries_partnership_idx" ON "learning_entries" USING btree ("partnership_id","created_at");--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_meeting_idx" ON "agreements" USING btree ("meeting_id");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_origin_link" CHECK (("agreements"."origin" <> 'case' or "agreements"."case_id" is not null) and ("agreements"."origin" <> 'meeting' or "agreements"."meeting_id" is not null));