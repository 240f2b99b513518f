CREATE TYPE "public"."reflection_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."signal_addressee" AS ENUM('lokaal_bestuur', 'lop', 'scholengemeenschap', 'huis_van_het_kind', 'vlaamse_overheid', 'other');--> statement-breakpoint
CREATE TYPE "public"."signal_level" AS ENUM('meso', 'macro');--> statement-breakpoint
CREATE TYPE "public"."signal_source_kind" AS ENUM('case', 'learning', 'reflection');--> statement-breakpoint
CREATE TYPE "public"."signal_status" AS ENUM('collected', 'discussed', 'passed_on', 'answered');--> statement-breakpoint
CREATE TYPE "public"."signal_theme" AS ENUM('housing', 'school_costs', 'income', 'wellbeing', 'language', 'mobility', 'childcare_leisure', 'digital', 'health', 'access_to_help', 'other');--> statement-breakpoint
ALTER TYPE "public"."agreement_origin" ADD VALUE 'scan';--> statement-breakpoint
CREATE TABLE "scan_participations" (
	"round_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "scan_participations_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "scan_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"sector" text,
	"organisation_id" text,
	"ratings" jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scan_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"statement_ids" text[] NOT NULL,
	"opens_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scan_rounds_dates_chk" CHECK ("scan_rounds"."closes_at" > "scan_rounds"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "reflection_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"moment_id" uuid NOT NULL,
	"question" integer NOT NULL,
	"text" text NOT NULL,
	"author_id" uuid,
	"group_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reflection_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"moment_id" uuid NOT NULL,
	"title" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"agreement_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reflection_moments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"code" text NOT NULL,
	"block" text NOT NULL,
	"questions" text[] NOT NULL,
	"title" text NOT NULL,
	"allow_anonymous" boolean DEFAULT true NOT NULL,
	"meeting_id" uuid,
	"status" "reflection_status" DEFAULT 'open' NOT NULL,
	"facilitator_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "reflection_moments_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "signal_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"signal_id" uuid NOT NULL,
	"status" "signal_status" NOT NULL,
	"on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"signal_id" uuid NOT NULL,
	"kind" "signal_source_kind" NOT NULL,
	"case_id" uuid,
	"learning_entry_id" uuid,
	"reflection_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"theme" "signal_theme" NOT NULL,
	"description" text NOT NULL,
	"request" text DEFAULT '' NOT NULL,
	"level" "signal_level" NOT NULL,
	"addressee" "signal_addressee" NOT NULL,
	"addressee_other" text DEFAULT '' NOT NULL,
	"status" "signal_status" DEFAULT 'collected' NOT NULL,
	"answer" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "signals_addressee_other_chk" CHECK ("signals"."addressee" <> 'other' or length("signals"."addressee_other") > 0)
);
--> statement-breakpoint
CREATE TABLE "reminder_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"agreement_due" boolean DEFAULT true NOT NULL,
	"meeting_invitation" boolean DEFAULT true NOT NULL,
	"scan_closing" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sent_reminders" (
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"occasion" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sent_reminders_kind_subject_id_user_id_occasion_pk" PRIMARY KEY("kind","subject_id","user_id","occasion")
);
--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "goal_id" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "reflection_id" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "scan_round_id" uuid;--> statement-breakpoint
ALTER TABLE "scan_participations" ADD CONSTRAINT "scan_participations_round_id_scan_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scan_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_participations" ADD CONSTRAINT "scan_participations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_responses" ADD CONSTRAINT "scan_responses_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_responses" ADD CONSTRAINT "scan_responses_round_id_scan_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."scan_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_rounds" ADD CONSTRAINT "scan_rounds_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scan_rounds" ADD CONSTRAINT "scan_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_answers" ADD CONSTRAINT "reflection_answers_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_answers" ADD CONSTRAINT "reflection_answers_moment_id_reflection_moments_id_fk" FOREIGN KEY ("moment_id") REFERENCES "public"."reflection_moments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_answers" ADD CONSTRAINT "reflection_answers_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_answers" ADD CONSTRAINT "reflection_answers_group_id_reflection_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."reflection_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_groups" ADD CONSTRAINT "reflection_groups_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_groups" ADD CONSTRAINT "reflection_groups_moment_id_reflection_moments_id_fk" FOREIGN KEY ("moment_id") REFERENCES "public"."reflection_moments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_groups" ADD CONSTRAINT "reflection_groups_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_moments" ADD CONSTRAINT "reflection_moments_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_moments" ADD CONSTRAINT "reflection_moments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflection_moments" ADD CONSTRAINT "reflection_moments_facilitator_id_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_events" ADD CONSTRAINT "signal_events_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_events" ADD CONSTRAINT "signal_events_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_events" ADD CONSTRAINT "signal_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_sources" ADD CONSTRAINT "signal_sources_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_sources" ADD CONSTRAINT "signal_sources_signal_id_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_sources" ADD CONSTRAINT "signal_sources_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_sources" ADD CONSTRAINT "signal_sources_learning_entry_id_learning_entries_id_fk" FOREIGN KEY ("learning_entry_id") REFERENCES "public"."learning_entries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_sources" ADD CONSTRAINT "signal_sources_reflection_id_reflection_moments_id_fk" FOREIGN KEY ("reflection_id") REFERENCES "public"."reflection_moments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signals" ADD CONSTRAINT "signals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_preferences" ADD CONSTRAINT "reminder_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sent_reminders" ADD CONSTRAINT "sent_reminders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scan_responses_round_idx" ON "scan_responses" USING btree ("partnership_id","round_id");--> statement-breakpoint
CREATE INDEX "scan_rounds_partnership_idx" ON "scan_rounds" USING btree ("partnership_id","opens_at");--> statement-breakpoint
CREATE INDEX "reflection_answers_moment_idx" ON "reflection_answers" USING btree ("moment_id","created_at");--> statement-breakpoint
CREATE INDEX "reflection_groups_moment_idx" ON "reflection_groups" USING btree ("moment_id");--> statement-breakpoint
CREATE INDEX "reflection_moments_partnership_idx" ON "reflection_moments" USING btree ("partnership_id","created_at");--> statement-breakpoint
CREATE INDEX "signal_events_signal_idx" ON "signal_events" USING btree ("signal_id","on");--> statement-breakpoint
CREATE INDEX "signal_sources_signal_idx" ON "signal_sources" USING btree ("signal_id");--> statement-breakpoint
CREATE INDEX "signals_partnership_idx" ON "signals" USING btree ("partnership_id","created_at");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_reflection_id_reflection_moments_id_fk" FOREIGN KEY ("reflection_id") REFERENCES "public"."reflection_moments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_scan_round_id_scan_rounds_id_fk" FOREIGN KEY ("scan_round_id") REFERENCES "public"."scan_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreements_goal_idx" ON "agreements" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "agreements_reflection_idx" ON "agreements" USING btree ("reflection_id");--> statement-breakpoint
CREATE INDEX "agreements_scan_round_idx" ON "agreements" USING btree ("scan_round_id");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_origin_link_more" CHECK (("agreements"."origin"::text <> 'goal' or "agreements"."goal_id" is not null) and ("agreements"."origin"::text <> 'reflection' or "agreements"."reflection_id" is not null) and ("agreements"."origin"::text <> 'scan' or "agreements"."scan_round_id" is not null));