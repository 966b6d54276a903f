CREATE TABLE "instance_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Only the system pool reads instance settings (the application secret lives here).
REVOKE ALL ON TABLE instance_settings FROM symbio_app;
