-- Issue 8 (Region figures): the per-year activity table kept by triggers, and covering indexes for the
-- year's figures. Nothing is rebuilt: no row of an existing table is touched.
CREATE TABLE `activites_annuelles` (
	`jeune_id` text NOT NULL,
	`annee` integer NOT NULL,
	`premier_evenement` text NOT NULL,
	`premier_accompagnement` text,
	PRIMARY KEY(`jeune_id`, `annee`)
);
--> statement-breakpoint
CREATE INDEX `activites_annuelles_annee_idx` ON `activites_annuelles` (annee,jeune_id,premier_evenement,premier_accompagnement);--> statement-breakpoint
DROP INDEX `jeunes_premier_accueil_idx`;--> statement-breakpoint
CREATE INDEX `jeunes_region_idx` ON `jeunes` (id,sexe,date_naissance,niveau_formation,qpv,zrr);--> statement-breakpoint
CREATE INDEX `jeunes_premier_accueil_idx` ON `jeunes` (date_premier_accueil,id);--> statement-breakpoint
DROP INDEX `propositions_date_idx`;--> statement-breakpoint
CREATE INDEX `propositions_date_idx` ON `propositions` (date,type,etat);--> statement-breakpoint
DROP INDEX `aides_decision_idx`;--> statement-breakpoint
CREATE INDEX `aides_decision_idx` ON `aides` (date_decision,type,montant_centimes);--> statement-breakpoint
DROP INDEX `freins_identification_idx`;--> statement-breakpoint
CREATE INDEX `freins_identification_idx` ON `freins` (date_identification,theme,statut,date_statut,jeune_id);--> statement-breakpoint
DROP INDEX `situations_entree_idx`;--> statement-breakpoint
CREATE INDEX `situations_entree_idx` ON `situations` (date_debut,categorie,jeune_id,sous_type,date_fin_prevue,proposition_id,financeur);--> statement-breakpoint
DROP INDEX `reperages_domaine_idx`;--> statement-breakpoint
CREATE INDEX `reperages_domaine_idx` ON `reperages` (domaine,date,resultat,jeune_id,proposition_id);--> statement-breakpoint
-- Kept by triggers (db/schema/suivi.ts). The accompaniment types are EVENEMENTS_ACCOMPAGNEMENT
-- (electron/core/domain/codes.ts): changing that list needs a migration that recreates these triggers
-- and recomputes the table (tests/integration/activites-annuelles.test.ts compares them).
-- An event written: the year's firsts can only move earlier.
CREATE TRIGGER `activites_annuelles_ajout` AFTER INSERT ON `evenements`
BEGIN
  INSERT INTO `activites_annuelles` (`jeune_id`, `annee`, `premier_evenement`, `premier_accompagnement`)
    VALUES (NEW.`jeune_id`, CAST(substr(NEW.`date`, 1, 4) AS INTEGER), NEW.`date`,
      CASE WHEN NEW.`type` IN ('EI', 'IC', 'AT', 'MED') THEN NEW.`date` END)
    ON CONFLICT (`jeune_id`, `annee`) DO UPDATE SET
      `premier_evenement` = min(`premier_evenement`, excluded.`premier_evenement`),
      `premier_accompagnement` = coalesce(min(`premier_accompagnement`, excluded.`premier_accompagnement`),
        `premier_accompagnement`, excluded.`premier_accompagnement`)
    WHERE excluded.`premier_evenement` < `premier_evenement`
      OR excluded.`premier_accompagnement` < coalesce(`premier_accompagnement`, '9999-12-31');
END;
--> statement-breakpoint
-- An event removed: its youth's year is computed again from the remaining events (one index range).
CREATE TRIGGER `activites_annuelles_retrait` AFTER DELETE ON `evenements`
BEGIN
  DELETE FROM `activites_annuelles`
    WHERE `jeune_id` = OLD.`jeune_id` AND `annee` = CAST(substr(OLD.`date`, 1, 4) AS INTEGER);
  INSERT INTO `activites_annuelles` (`jeune_id`, `annee`, `premier_evenement`, `premier_accompagnement`)
    SELECT k.`jeune_id`, CAST(k.an AS INTEGER), min(e.`date`),
      min(CASE WHEN e.`type` IN ('EI', 'IC', 'AT', 'MED') THEN e.`date` END)
    FROM (SELECT OLD.`jeune_id` AS `jeune_id`, substr(OLD.`date`, 1, 4) AS an) k
    JOIN `evenements` e ON e.`jeune_id` = k.`jeune_id` AND e.`date` BETWEEN k.an || '-01-01' AND k.an || '-12-31'
    GROUP BY k.`jeune_id`, k.an;
END;
--> statement-breakpoint
-- An event changed (youth, date or type): both its old and its new youth-year are computed again.
-- A form saved without changing them (a comment edited) costs nothing.
CREATE TRIGGER `activites_annuelles_modification` AFTER UPDATE OF `jeune_id`, `date`, `type` ON `evenements`
WHEN OLD.`jeune_id` IS NOT NEW.`jeune_id` OR OLD.`date` IS NOT NEW.`date` OR OLD.`type` IS NOT NEW.`type`
BEGIN
  DELETE FROM `activites_annuelles`
    WHERE (`jeune_id` = OLD.`jeune_id` AND `annee` = CAST(substr(OLD.`date`, 1, 4) AS INTEGER))
      OR (`jeune_id` = NEW.`jeune_id` AND `annee` = CAST(substr(NEW.`date`, 1, 4) AS INTEGER));
  INSERT INTO `activites_annuelles` (`jeune_id`, `annee`, `premier_evenement`, `premier_accompagnement`)
    SELECT k.`jeune_id`, CAST(k.an AS INTEGER), min(e.`date`),
      min(CASE WHEN e.`type` IN ('EI', 'IC', 'AT', 'MED') THEN e.`date` END)
    FROM (SELECT OLD.`jeune_id` AS `jeune_id`, substr(OLD.`date`, 1, 4) AS an
      UNION SELECT NEW.`jeune_id`, substr(NEW.`date`, 1, 4)) k
    JOIN `evenements` e ON e.`jeune_id` = k.`jeune_id` AND e.`date` BETWEEN k.an || '-01-01' AND k.an || '-12-31'
    GROUP BY k.`jeune_id`, k.an;
END;
--> statement-breakpoint
-- The events already recorded.
INSERT INTO `activites_annuelles` (`jeune_id`, `annee`, `premier_evenement`, `premier_accompagnement`)
  SELECT `jeune_id`, CAST(substr(`date`, 1, 4) AS INTEGER), min(`date`),
    min(CASE WHEN `type` IN ('EI', 'IC', 'AT', 'MED') THEN `date` END)
  FROM `evenements` GROUP BY `jeune_id`, substr(`date`, 1, 4);
