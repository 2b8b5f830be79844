CREATE TABLE `contacts_partenaires` (
	`id` text PRIMARY KEY NOT NULL,
	`partenaire_id` text NOT NULL,
	`ordre` integer NOT NULL,
	`nom` text NOT NULL,
	`fonction` text,
	`telephone` text,
	`email` text,
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaires`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contacts_partenaire_idx` ON `contacts_partenaires` (partenaire_id);--> statement-breakpoint
CREATE TABLE `offres` (
	`id` text PRIMARY KEY NOT NULL,
	`partenaire_id` text NOT NULL,
	`type` text NOT NULL,
	`intitule` text NOT NULL,
	`date_debut` text,
	`date_fin` text,
	`code_rome` text,
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaires`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "offres_type" CHECK(type IN ('EMPLOI', 'ALTERNANCE', 'PMSMP', 'SERVICE_CIVIQUE')),
	CONSTRAINT "offres_dates" CHECK((date_debut IS NULL OR date_debut GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (date_fin IS NULL OR date_fin GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (date_fin IS NULL OR date_debut IS NULL OR date_fin >= date_debut))
);
--> statement-breakpoint
CREATE INDEX `offres_partenaire_idx` ON `offres` (partenaire_id);--> statement-breakpoint
CREATE TABLE `partenaires` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`raison_sociale` text NOT NULL,
	`siret` text,
	`adresse` text,
	`code_postal` text,
	`commune` text,
	`telephone` text,
	`email` text,
	`notes` text,
	`nom_recherche` text NOT NULL,
	`cree_le` integer NOT NULL,
	`modifie_le` integer NOT NULL,
	CONSTRAINT "partenaires_type" CHECK(type IN ('ORGANISME_FORMATION', 'CFA', 'ENTREPRISE', 'SIAE', 'ASSOCIATION', 'SERVICE_PUBLIC', 'SANTE', 'LOGEMENT')),
	CONSTRAINT "partenaires_siret" CHECK(siret IS NULL OR siret GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partenaires_siret_unique` ON `partenaires` (siret) WHERE siret IS NOT NULL;--> statement-breakpoint
CREATE INDEX `partenaires_nom_idx` ON `partenaires` (nom_recherche);--> statement-breakpoint
CREATE TABLE `propositions` (
	`id` text PRIMARY KEY NOT NULL,
	`jeune_id` text NOT NULL,
	`date` text NOT NULL,
	`type` text NOT NULL,
	`etat` text NOT NULL,
	`date_etat` text NOT NULL,
	`partenaire_id` text,
	`session_id` text,
	`offre_id` text,
	`intitule` text,
	`motif` text,
	`conseiller_id` text,
	`cree_le` integer NOT NULL,
	`modifie_le` integer NOT NULL,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaires`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`session_id`) REFERENCES `sessions_formation`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`offre_id`) REFERENCES `offres`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`conseiller_id`) REFERENCES `conseillers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "propositions_type" CHECK(type IN ('FORMATION', 'ALTERNANCE', 'EMPLOI', 'PMSMP', 'SERVICE_CIVIQUE', 'MOBILITE_INTERNATIONALE', 'SANTE', 'LOGEMENT', 'MOBILITE', 'NUMERIQUE', 'SAVOIRS_BASE', 'HANDICAP', 'CREATION_ACTIVITE', 'ACCES_DROITS', 'AIDE_FINANCIERE')),
	CONSTRAINT "propositions_etat" CHECK(etat IN ('PROPOSEE', 'ACCEPTEE_JEUNE', 'TRANSMISE', 'RETENUE', 'REALISEE', 'REFUSEE_JEUNE', 'REFUSEE_PARTENAIRE', 'ABANDONNEE')),
	CONSTRAINT "propositions_dates" CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date_etat GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date_etat >= date)
);
--> statement-breakpoint
CREATE INDEX `propositions_jeune_idx` ON `propositions` (jeune_id,date);--> statement-breakpoint
CREATE INDEX `propositions_partenaire_idx` ON `propositions` (partenaire_id);--> statement-breakpoint
CREATE INDEX `propositions_date_idx` ON `propositions` (date);--> statement-breakpoint
CREATE INDEX `propositions_attente_idx` ON `propositions` (etat,date_etat);--> statement-breakpoint
CREATE TABLE `sessions_formation` (
	`id` text PRIMARY KEY NOT NULL,
	`partenaire_id` text NOT NULL,
	`intitule` text NOT NULL,
	`date_debut` text NOT NULL,
	`date_fin` text,
	`places` integer,
	`financeur` text,
	`eligibilite` text,
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaires`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "sessions_financeur" CHECK(financeur IS NULL OR financeur IN ('REGION', 'FRANCE_TRAVAIL', 'OPCO', 'AGEFIPH', 'ETAT', 'AUTRE')),
	CONSTRAINT "sessions_dates" CHECK(date_debut GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND (date_fin IS NULL OR date_fin GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (date_fin IS NULL OR date_fin >= date_debut)),
	CONSTRAINT "sessions_places" CHECK(places IS NULL OR places > 0)
);
--> statement-breakpoint
CREATE INDEX `sessions_partenaire_idx` ON `sessions_formation` (partenaire_id);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_historique_jeunes` (
	`id` text PRIMARY KEY NOT NULL,
	`jeune_id` text NOT NULL,
	`horodatage` integer NOT NULL,
	`auteur_id` text,
	`entite` text DEFAULT 'JEUNE' NOT NULL,
	`entite_id` text NOT NULL,
	`action` text NOT NULL,
	`champ` text,
	`ancienne_valeur` text,
	`nouvelle_valeur` text,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`auteur_id`) REFERENCES `conseillers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "historique_action" CHECK(action IN ('CREATION', 'MODIFICATION', 'SUPPRESSION')),
	CONSTRAINT "historique_entite" CHECK(entite IN ('JEUNE', 'EVENEMENT', 'SITUATION', 'DISPOSITIF', 'FREIN', 'AIDE', 'PROPOSITION', 'REPERAGE'))
);
--> statement-breakpoint
INSERT INTO `__new_historique_jeunes`("id", "jeune_id", "horodatage", "auteur_id", "entite", "entite_id", "action", "champ", "ancienne_valeur", "nouvelle_valeur") SELECT "id", "jeune_id", "horodatage", "auteur_id", "entite", "entite_id", "action", "champ", "ancienne_valeur", "nouvelle_valeur" FROM `historique_jeunes`;--> statement-breakpoint
DROP TABLE `historique_jeunes`;--> statement-breakpoint
ALTER TABLE `__new_historique_jeunes` RENAME TO `historique_jeunes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `historique_jeune_idx` ON `historique_jeunes` (`jeune_id`,`horodatage`);--> statement-breakpoint
ALTER TABLE `situations` ADD `partenaire_id` text REFERENCES partenaires(id);--> statement-breakpoint
ALTER TABLE `situations` ADD `proposition_id` text REFERENCES propositions(id);--> statement-breakpoint
CREATE UNIQUE INDEX `situations_proposition_id_unique` ON `situations` (`proposition_id`);--> statement-breakpoint
CREATE INDEX `situations_partenaire_idx` ON `situations` (partenaire_id);