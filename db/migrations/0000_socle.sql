CREATE TABLE `historique_jeunes` (
	`id` text PRIMARY KEY NOT NULL,
	`jeune_id` text NOT NULL,
	`horodatage` integer NOT NULL,
	`auteur_id` text,
	`action` text NOT NULL,
	`champ` text,
	`ancienne_valeur` text,
	`nouvelle_valeur` text,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`auteur_id`) REFERENCES `conseillers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "historique_action" CHECK(action IN ('CREATION', 'MODIFICATION'))
);
--> statement-breakpoint
CREATE INDEX `historique_jeune_idx` ON `historique_jeunes` (jeune_id,horodatage);--> statement-breakpoint
CREATE TABLE `jeunes` (
	`id` text PRIMARY KEY NOT NULL,
	`nom` text NOT NULL,
	`nom_usage` text,
	`prenom` text NOT NULL,
	`sexe` text NOT NULL,
	`date_naissance` text NOT NULL,
	`date_premier_accueil` text NOT NULL,
	`niveau_formation` text,
	`qpv` integer DEFAULT false NOT NULL,
	`zrr` integer DEFAULT false NOT NULL,
	`telephone` text,
	`email` text,
	`adresse` text,
	`code_postal` text,
	`commune` text,
	`site_id` text,
	`referent_id` text,
	`statut` text DEFAULT 'ACTIF' NOT NULL,
	`date_information_rgpd` text,
	`nom_tri` text NOT NULL,
	`cree_le` integer NOT NULL,
	`modifie_le` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`referent_id`) REFERENCES `conseillers`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "jeunes_sexe" CHECK(sexe IN ('F', 'M')),
	CONSTRAINT "jeunes_niveau" CHECK(niveau_formation IS NULL OR niveau_formation IN ('INFRA3', 'N3_NV', 'N3', 'N4_NV', 'N4', 'N5', 'N6', 'N7_8')),
	CONSTRAINT "jeunes_statut" CHECK(statut IN ('ACTIF', 'INACTIF', 'ARCHIVE', 'ANONYMISE')),
	CONSTRAINT "jeunes_date_naissance" CHECK(date_naissance GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "jeunes_date_premier_accueil" CHECK(date_premier_accueil GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "jeunes_naissance_avant_accueil" CHECK(date_naissance <= date_premier_accueil),
	CONSTRAINT "jeunes_date_information_rgpd" CHECK(date_information_rgpd IS NULL OR date_information_rgpd GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "jeunes_qpv" CHECK(qpv IN (0, 1)),
	CONSTRAINT "jeunes_zrr" CHECK(zrr IN (0, 1)),
	CONSTRAINT "jeunes_telephone" CHECK(telephone IS NULL OR telephone GLOB '0[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]')
);
--> statement-breakpoint
CREATE INDEX `jeunes_date_naissance_idx` ON `jeunes` (date_naissance);--> statement-breakpoint
CREATE INDEX `jeunes_telephone_idx` ON `jeunes` (telephone);--> statement-breakpoint
CREATE INDEX `jeunes_site_idx` ON `jeunes` (site_id);--> statement-breakpoint
CREATE INDEX `jeunes_referent_idx` ON `jeunes` (referent_id);--> statement-breakpoint
CREATE INDEX `jeunes_nom_tri_idx` ON `jeunes` (nom_tri);--> statement-breakpoint
CREATE TABLE `jeunes_mots` (
	`mot` text NOT NULL,
	`jeune_id` text NOT NULL,
	PRIMARY KEY(`mot`, `jeune_id`),
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `jeunes_mots_jeune_idx` ON `jeunes_mots` (`jeune_id`);--> statement-breakpoint
CREATE TABLE `mots_recherche` (
	`mot` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `conseillers` (
	`id` text PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`nom` text NOT NULL,
	`prenom` text NOT NULL,
	`role` text NOT NULL,
	`actif` integer DEFAULT true NOT NULL,
	CONSTRAINT "conseillers_role" CHECK(role IN ('CONSEILLER', 'ACCUEIL', 'DIRECTION', 'ADMIN')),
	CONSTRAINT "conseillers_actif" CHECK(actif IN (0, 1))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conseillers_login_unique` ON `conseillers` (`login`);--> statement-breakpoint
CREATE TABLE `sites` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`libelle` text NOT NULL,
	`type` text NOT NULL,
	`actif` integer DEFAULT true NOT NULL,
	CONSTRAINT "sites_type" CHECK(type IN ('SIEGE', 'ANTENNE', 'PERMANENCE')),
	CONSTRAINT "sites_actif" CHECK(actif IN (0, 1))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sites_code_unique` ON `sites` (`code`);--> statement-breakpoint
CREATE TABLE `structure` (
	`unique` integer PRIMARY KEY DEFAULT 1 NOT NULL,
	`code` text NOT NULL,
	`nom` text NOT NULL,
	`siret` text,
	`cree_le` integer NOT NULL,
	CONSTRAINT "structure_une_seule" CHECK("unique" = 1)
);
