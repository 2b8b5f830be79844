-- The audit trail is append-only: SQLite itself refuses to change or remove an entry.
CREATE TRIGGER `journal_audit_sans_modification` BEFORE UPDATE ON `journal_audit`
BEGIN
  SELECT RAISE(ABORT, 'Le journal d''audit ne peut pas être modifié.');
END;
--> statement-breakpoint
CREATE TRIGGER `journal_audit_sans_suppression` BEFORE DELETE ON `journal_audit`
BEGIN
  SELECT RAISE(ABORT, 'Le journal d''audit ne peut pas être effacé.');
END;
