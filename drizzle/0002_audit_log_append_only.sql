-- The audit log is append-only. Updates and deletes are refused, except inside a deliberate
-- maintenance transaction (retention purge, erasure of an account) that sets
-- brugwerk.audit_maintenance = 'on' with SET LOCAL.
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
	IF current_setting('brugwerk.audit_maintenance', true) = 'on' THEN
		RETURN COALESCE(NEW, OLD);
	END IF;
	RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
	FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
