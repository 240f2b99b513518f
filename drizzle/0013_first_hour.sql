CREATE TABLE "case_access_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"granted" boolean
);
--> statement-breakpoint
CREATE TABLE "form_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"form_key" text NOT NULL,
	"case_id" uuid,
	"data" jsonb NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_drafts_owner_form_uq" UNIQUE("partnership_id","user_id","form_key")
);
--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "case_access_requests" ADD CONSTRAINT "case_access_requests_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_access_requests" ADD CONSTRAINT "case_access_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_access_requests" ADD CONSTRAINT "case_access_requests_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_access_requests" ADD CONSTRAINT "case_access_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_access_requests_case_idx" ON "case_access_requests" USING btree ("partnership_id","case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_access_requests_open_uq" ON "case_access_requests" USING btree ("case_id","membership_id") WHERE "case_access_requests"."decided_at" is null;--> statement-breakpoint
CREATE INDEX "form_drafts_case_idx" ON "form_drafts" USING btree ("case_id");--> statement-breakpoint
-- The partnership boundary in PostgreSQL (ADR 0011): new tables are empty, so nothing to check first.
ALTER TABLE "case_access_requests" ADD CONSTRAINT "case_access_requests_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "case_access_requests" ADD CONSTRAINT "case_access_requests_membership_id_tenant_fk" FOREIGN KEY ("partnership_id", "membership_id") REFERENCES "memberships" ("partnership_id", "id");--> statement-breakpoint
ALTER TABLE "form_drafts" ADD CONSTRAINT "form_drafts_case_id_tenant_fk" FOREIGN KEY ("partnership_id", "case_id") REFERENCES "cases" ("partnership_id", "id");
