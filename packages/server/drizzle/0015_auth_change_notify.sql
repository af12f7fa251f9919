-- Each server keeps resolved sessions and grants in memory. A change that ends a session or alters what a
-- signed-in user may do tells every server at commit (NOTIFY on channel hehu_auth; a rolled-back change tells
-- no one). Payloads: 's:<token hash>' one session, 'u:<user id>' one account's sessions, '*' everything (roles,
-- divisions, institutions and administrative units feed every user's grants).
CREATE OR REPLACE FUNCTION hehu_auth_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('hehu_auth', '*');
  ELSIF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('hehu_auth', 's:' || OLD.token_hash);
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('hehu_auth', 'u:' || OLD.id::text);
  ELSE
    -- grants: the account losing the row and the one gaining it.
    IF TG_OP <> 'INSERT' THEN PERFORM pg_notify('hehu_auth', 'u:' || OLD.user_id::text); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM pg_notify('hehu_auth', 'u:' || NEW.user_id::text); END IF;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A request moving last_seen_at forward (at most once a minute) is no change; anything else is, a clock set
-- back included.
CREATE TRIGGER sessions_auth_notify_update AFTER UPDATE ON sessions FOR EACH ROW
  WHEN (NEW.last_seen_at < OLD.last_seen_at
    OR (NEW.token_hash, NEW.user_id, NEW.csrf_token, NEW.created_at)
      IS DISTINCT FROM (OLD.token_hash, OLD.user_id, OLD.csrf_token, OLD.created_at))
  EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER sessions_auth_notify_delete AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER sessions_auth_notify_truncate AFTER TRUNCATE ON sessions FOR EACH STATEMENT
  EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
-- The fields a session's user is resolved from (failed attempts, last sign-in and the TOTP step are not).
CREATE TRIGGER users_auth_notify_update AFTER UPDATE ON users FOR EACH ROW
  WHEN ((NEW.username, NEW.display_name, NEW.password_hash, NEW.password_changed_at, NEW.must_change_password,
         NEW.status, NEW.locked_until, NEW.totp_enabled, NEW.totp_secret_enc, NEW.demo_account)
    IS DISTINCT FROM (OLD.username, OLD.display_name, OLD.password_hash, OLD.password_changed_at,
         OLD.must_change_password, OLD.status, OLD.locked_until, OLD.totp_enabled, OLD.totp_secret_enc,
         OLD.demo_account))
  EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER users_auth_notify_delete AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER users_auth_notify_truncate AFTER TRUNCATE ON users FOR EACH STATEMENT
  EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER grants_auth_notify AFTER INSERT OR UPDATE OR DELETE ON grants FOR EACH ROW
  EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER grants_auth_notify_truncate AFTER TRUNCATE ON grants FOR EACH STATEMENT
  EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER roles_auth_notify AFTER UPDATE OR DELETE OR TRUNCATE ON roles FOR EACH STATEMENT
  EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER divisions_auth_notify AFTER UPDATE OR DELETE OR TRUNCATE ON divisions FOR EACH STATEMENT
  EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER institutions_auth_notify AFTER UPDATE OR DELETE OR TRUNCATE ON institutions FOR EACH STATEMENT
  EXECUTE FUNCTION hehu_auth_notify();
--> statement-breakpoint
CREATE TRIGGER admin_unit_members_auth_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON admin_unit_members
  FOR EACH STATEMENT EXECUTE FUNCTION hehu_auth_notify();
