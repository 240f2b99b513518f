CREATE TABLE "calendar_feed_reads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"feed_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text DEFAULT '' NOT NULL,
	"user_agent" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partnerships" ADD COLUMN "case_retention_months" integer DEFAULT 24 NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "purge_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "purged_at" timestamp with time zone;--> statement-breakpoint
-- A case closed before this migration counts its retention from its last change.
UPDATE "cases" SET "closed_at" = "updated_at" WHERE "status" = 'closed';--> statement-breakpoint
ALTER TABLE "calendar_feed_reads" ADD CONSTRAINT "calendar_feed_reads_feed_id_calendar_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."calendar_feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_feed_reads_feed_at_idx" ON "calendar_feed_reads" USING btree ("feed_id","at");--> statement-breakpoint
-- Names that differ only in capitals or spacing were possible under a race: number the later ones.
UPDATE "organisations" o SET "name" = o."name" || ' (' || d.n || ')'
FROM (
	SELECT "id", row_number() OVER (
		PARTITION BY "partnership_id", lower(regexp_replace(btrim("name"), '\s+', ' ', 'g')) ORDER BY "created_at", "id"
	) AS n FROM "organisations"
) d
WHERE d."id" = o."id" AND d.n > 1;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_partnership_name_key_uq" ON "organisations" USING btree ("partnership_id",lower(regexp_replace(btrim("name"), '\s+', ' ', 'g')));