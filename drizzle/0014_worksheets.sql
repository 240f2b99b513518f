CREATE TYPE "public"."covenant_kind" AS ENUM('covenant', 'action_plan');--> statement-breakpoint
CREATE TYPE "public"."record_action" AS ENUM('created', 'updated', 'looked_back', 'handed_over');--> statement-breakpoint
CREATE TYPE "public"."task_frequency" AS ENUM('weekly', 'monthly', 'trimester', 'semester', 'school_year', 'when_needed');--> statement-breakpoint
ALTER TYPE "public"."agreement_origin" ADD VALUE 'worksheet';--> statement-breakpoint
CREATE TABLE "continuity_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"contact" text NOT NULL,
	"holder_id" uuid NOT NULL,
	"backup_id" uuid,
	"handover_note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "covenant_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"covenant_id" uuid NOT NULL,
	"level" "level" NOT NULL,
	"party" text NOT NULL,
	"what" text NOT NULL,
	"until" date,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "covenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" "covenant_kind" NOT NULL,
	"title" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"signed_on" date,
	"valid_until" date,
	"review_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "glossary_meanings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"sector" "sector" NOT NULL,
	"meaning" text NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "glossary_meanings_term_sector_uq" UNIQUE("term_id","sector")
);
--> statement-breakpoint
CREATE TABLE "glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"term" text NOT NULL,
	"plain_words" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "method_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"method" text NOT NULL,
	"step" text NOT NULL,
	"answers" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "method_answers_step_uq" UNIQUE("partnership_id","method","step")
);
--> statement-breakpoint
CREATE TABLE "pilots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"aim" text DEFAULT '' NOT NULL,
	"owner_id" uuid NOT NULL,
	"starts_on" date,
	"look_back_on" date NOT NULL,
	"looked_back_at" timestamp with time zone,
	"went_well" text DEFAULT '' NOT NULL,
	"learned" text DEFAULT '' NOT NULL,
	"learning_entry_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"method_answer_id" uuid,
	"covenant_id" uuid,
	"pilot_id" uuid,
	"recurring_task_id" uuid,
	"continuity_item_id" uuid,
	"glossary_term_id" uuid,
	"version" integer NOT NULL,
	"action" "record_action" NOT NULL,
	"content" jsonb NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_versions_one_record" CHECK (num_nonnulls("record_versions"."method_answer_id", "record_versions"."covenant_id", "record_versions"."pilot_id", "record_versions"."recurring_task_id", "record_versions"."continuity_item_id", "record_versions"."glossary_term_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "recurring_task_assignments" (
	"partnership_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"letter" "rasci_letter" NOT NULL,
	CONSTRAINT "recurring_task_assignments_task_id_membership_id_pk" PRIMARY KEY("task_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "recurring_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"frequency" "task_frequency" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_documents" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"url" text NOT NULL,
	"content_hash" text NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreements" DROP CONSTRAINT "agreements_origin_link_more";--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "method_answer_id" uuid;--> statement-breakpoint
ALTER TABLE "reflection_moments" ADD COLUMN "method_step" text;--> statement-breakpoint
ALTER TABLE "continuity_items" ADD CONSTRAINT "continuity_items_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "continuity_items" ADD CONSTRAINT "continuity_items_holder_id_users_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "continuity_items" ADD CONSTRAINT "continuity_items_backup_id_users_id_fk" FOREIGN KEY ("backup_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "continuity_items" ADD CONSTRAINT "continuity_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "continuity_items" ADD CONSTRAINT "continuity_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_commitments" ADD CONSTRAINT "covenant_commitments_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenant_commitments" ADD CONSTRAINT "covenant_commitments_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."covenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenants" ADD CONSTRAINT "covenants_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenants" ADD CONSTRAINT "covenants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "covenants" ADD CONSTRAINT "covenants_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_meanings" ADD CONSTRAINT "glossary_meanings_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_meanings" ADD CONSTRAINT "glossary_meanings_term_id_glossary_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_meanings" ADD CONSTRAINT "glossary_meanings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_answers" ADD CONSTRAINT "method_answers_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_answers" ADD CONSTRAINT "method_answers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "method_answers" ADD CONSTRAINT "method_answers_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_learning_entry_id_learning_entries_id_fk" FOREIGN KEY ("learning_entry_id") REFERENCES "public"."learning_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_method_answer_id_method_answers_id_fk" FOREIGN KEY ("method_answer_id") REFERENCES "public"."method_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_covenant_id_covenants_id_fk" FOREIGN KEY ("covenant_id") REFERENCES "public"."covenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_recurring_task_id_recurring_tasks_id_fk" FOREIGN KEY ("recurring_task_id") REFERENCES "public"."recurring_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_continuity_item_id_continuity_items_id_fk" FOREIGN KEY ("continuity_item_id") REFERENCES "public"."continuity_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_glossary_term_id_glossary_terms_id_fk" FOREIGN KEY ("glossary_term_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_task_assignments" ADD CONSTRAINT "recurring_task_assignments_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_task_assignments" ADD CONSTRAINT "recurring_task_assignments_task_id_recurring_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."recurring_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_task_assignments" ADD CONSTRAINT "recurring_task_assignments_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_tasks" ADD CONSTRAINT "recurring_tasks_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_tasks" ADD CONSTRAINT "recurring_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recurring_tasks" ADD CONSTRAINT "recurring_tasks_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "continuity_items_partnership_idx" ON "continuity_items" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "continuity_items_holder_idx" ON "continuity_items" USING btree ("holder_id");--> statement-breakpoint
CREATE INDEX "continuity_items_backup_idx" ON "continuity_items" USING btree ("backup_id");--> statement-breakpoint
CREATE INDEX "covenant_commitments_covenant_idx" ON "covenant_commitments" USING btree ("covenant_id","position");--> statement-breakpoint
CREATE INDEX "covenants_partnership_idx" ON "covenants" USING btree ("partnership_id","review_on");--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_terms_term_uq" ON "glossary_terms" USING btree ("partnership_id",lower(btrim("term")));--> statement-breakpoint
CREATE INDEX "glossary_terms_partnership_idx" ON "glossary_terms" USING btree ("partnership_id","term");--> statement-breakpoint
CREATE INDEX "pilots_partnership_idx" ON "pilots" USING btree ("partnership_id","look_back_on");--> statement-breakpoint
CREATE INDEX "pilots_owner_idx" ON "pilots" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "record_versions_partnership_idx" ON "record_versions" USING btree ("partnership_id","saved_at");--> statement-breakpoint
CREATE INDEX "record_versions_method_answer_idx" ON "record_versions" USING btree ("method_answer_id");--> statement-breakpoint
CREATE INDEX "record_versions_covenant_idx" ON "record_versions" USING btree ("covenant_id");--> statement-breakpoint
CREATE INDEX "record_versions_pilot_idx" ON "record_versions" USING btree ("pilot_id");--> statement-breakpoint
CREATE INDEX "record_versions_recurring_task_idx" ON "record_versions" USING btree ("recurring_task_id");--> statement-breakpoint
CREATE INDEX "record_versions_continuity_item_idx" ON "record_versions" USING btree ("continuity_item_id");--> statement-breakpoint
CREATE INDEX "record_versions_glossary_term_idx" ON "record_versions" USING btree ("glossary_term_id");--> statement-breakpoint
CREATE INDEX "recurring_task_assignments_membership_idx" ON "recurring_task_assignments" USING btree ("membership_id");--> statement-breakpoint
CREATE INDEX "recurring_tasks_partnership_idx" ON "recurring_tasks" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "knowledge_documents_search_idx" ON "knowledge_documents" USING gin ("search");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_method_answer_id_method_answers_id_fk" FOREIGN KEY ("method_answer_id") REFERENCES "public"."method_answers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_method_answer_idx" ON "agreements" USING btree ("method_answer_id");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_origin_link_more" CHECK (("agreements"."origin"::text <> 'goal' or "agreements"."goal_id" is not null) and ("agreements"."origin"::text <> 'reflection' or "agreements"."reflection_id" is not null) and ("agreements"."origin"::text <> 'scan' or "agreements"."scan_round_id" is not null) and ("agreements"."origin"::text <> 'worksheet' or "agreements"."method_answer_id" is not null));--> statement-breakpoint
-- Tenant keys (ADR 0011): a worksheet record cannot point at a record of another partnership.
ALTER TABLE "method_answers" ADD CONSTRAINT "method_answers_partnership_id_id_key" UNIQUE ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "covenants" ADD CONSTRAINT "covenants_partnership_id_id_key" UNIQUE ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_partnership_id_id_key" UNIQUE ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "recurring_tasks" ADD CONSTRAINT "recurring_tasks_partnership_id_id_key" UNIQUE ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "continuity_items" ADD CONSTRAINT "continuity_items_partnership_id_id_key" UNIQUE ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_partnership_id_id_key" UNIQUE ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "covenant_commitments" ADD CONSTRAINT "covenant_commitments_covenant_id_tenant_fk" FOREIGN KEY ("partnership_id", "covenant_id") REFERENCES "covenants" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_learning_entry_id_tenant_fk" FOREIGN KEY ("partnership_id", "learning_entry_id") REFERENCES "learning_entries" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "recurring_task_assignments" ADD CONSTRAINT "recurring_task_assignments_task_id_tenant_fk" FOREIGN KEY ("partnership_id", "task_id") REFERENCES "recurring_tasks" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "recurring_task_assignments" ADD CONSTRAINT "recurring_task_assignments_membership_id_tenant_fk" FOREIGN KEY ("partnership_id", "membership_id") REFERENCES "memberships" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "glossary_meanings" ADD CONSTRAINT "glossary_meanings_term_id_tenant_fk" FOREIGN KEY ("partnership_id", "term_id") REFERENCES "glossary_terms" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_method_answer_id_tenant_fk" FOREIGN KEY ("partnership_id", "method_answer_id") REFERENCES "method_answers" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_covenant_id_tenant_fk" FOREIGN KEY ("partnership_id", "covenant_id") REFERENCES "covenants" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_pilot_id_tenant_fk" FOREIGN KEY ("partnership_id", "pilot_id") REFERENCES "pilots" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_recurring_task_id_tenant_fk" FOREIGN KEY ("partnership_id", "recurring_task_id") REFERENCES "recurring_tasks" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_continuity_item_id_tenant_fk" FOREIGN KEY ("partnership_id", "continuity_item_id") REFERENCES "continuity_items" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "record_versions" ADD CONSTRAINT "record_versions_glossary_term_id_tenant_fk" FOREIGN KEY ("partnership_id", "glossary_term_id") REFERENCES "glossary_terms" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_method_answer_id_tenant_fk" FOREIGN KEY ("partnership_id", "method_answer_id") REFERENCES "method_answers" ("partnership_id", "id");
