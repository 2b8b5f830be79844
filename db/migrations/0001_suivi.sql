CREATE TABLE `aides` (
	`id` text PRIMARY KEY NOT NULL,
	`jeune_id` text NOT NULL,
	`cree_le` integer NOT NULL,
	`modifie_le` integer NOT NULL,
	`type` text NOT NULL,
	`montant_centimes` integer NOT NULL,
	`date_decision` text NOT NULL,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "aides_type" CHECK(type IN ('ALLOCATION_PACEA', 'ALLOCATION_CEJ', 'FAJ', 'PERMIS_B_REGION', 'FONDS_SECURISATION', 'AIDE_ALIMENTAIRE', 'MOBILITE_AUTRE', 'AUTRE')),
	CONSTRAINT "aides_montant" CHECK(montant_centimes >= 0),
	CONSTRAINT "aides_date_decision" CHECK(date_decision GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `aides_jeune_idx` ON `aides` (jeune_id);--> statement-breakpoint
CREATE INDEX `aides_decision_idx` ON `aides` (date_decision);--> statement-breakpoint
CREATE TABLE `dispositifs` (
	`id` text PRIMARY KEY NOT NULL,
	`jeune_id` text NOT NULL,
	`cree_le` integer NOT NULL,
	`modifie_le` integer NOT NULL,
	`type` text NOT NULL,
	`date_entree` text NOT NULL,
	`date_sortie` text,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "dispositifs_type" CHECK(type IN ('PACEA', 'CEJ', 'CEJ_RUPTURE', 'OBLIGATION_FORMATION', 'PARRAINAGE', 'AUTRE')),
	CONSTRAINT "dispositifs_date_entree" CHECK(date_entree GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "dispositifs_date_sortie" CHECK((date_sortie IS NULL OR date_sortie GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (date_sortie IS NULL OR date_sortie >= date_entree))
);
--> statement-breakpoint
CREATE INDEX `dispositifs_jeune_idx` ON `dispositifs` (jeune_id,type);--> statement-breakpoint
CREATE INDEX `dispositifs_entree_idx` ON `dispositifs` (date_entree);--> statement-breakpoint
CREATE TABLE `evenements` (
	`id` text PRIMARY KEY NOT NULL,
	`jeune_id` text NOT NULL,
	`cree_le` integer NOT NULL,
	`modifie_le` integer NOT NULL,
	`date` text NOT NULL,
	`type` text NOT NULL,
	`conseiller_id` text,
	`site_id` text,
	`commentaire` text,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`conseiller_id`) REFERENCES `conseillers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "evenements_type" CHECK(type IN ('EI', 'IC', 'AT', 'MED', 'TEL', 'ECRIT', 'ACC')),
	CONSTRAINT "evenements_date" CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `evenements_jeune_idx` ON `evenements` (jeune_id,date);--> statement-breakpoint
CREATE INDEX `evenements_date_idx` ON `evenements` (date,type);--> statement-breakpoint
CREATE INDEX `evenements_conseiller_idx` ON `evenements` (conseiller_id,date);--> statement-breakpoint
CREATE TABLE `freins` (
	`id` text PRIMARY KEY NOT NULL,
	`jeune_id` text NOT NULL,
	`cree_le` integer NOT NULL,
	`modifie_le` integer NOT NULL,
	`theme` text NOT NULL,
	`date_identification` text NOT NULL,
	`statut` text NOT NULL,
	`date_statut` text,
	`actions` text,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "freins_theme" CHECK(theme IN ('SANTE', 'LOGEMENT', 'MOBILITE', 'NUMERIQUE', 'FINANCIER', 'ALIMENTATION', 'FAMILLE_GARDE', 'ADMINISTRATIF', 'SAVOIRS_BASE', 'JUSTICE')),
	CONSTRAINT "freins_statut" CHECK(statut IN ('IDENTIFIE', 'EN_COURS', 'LEVE', 'NON_LEVE')),
	CONSTRAINT "freins_date_identification" CHECK(date_identification GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "freins_date_statut" CHECK((date_statut IS NULL OR date_statut GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (date_statut IS NULL OR date_statut >= date_identification) AND (statut IN ('IDENTIFIE', 'EN_COURS') OR date_statut IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `freins_jeune_idx` ON `freins` (jeune_id);--> statement-breakpoint
CREATE INDEX `freins_identification_idx` ON `freins` (date_identification);--> statement-breakpoint
CREATE TABLE `situations` (
	`id` text PRIMARY KEY NOT NULL,
	`jeune_id` text NOT NULL,
	`cree_le` integer NOT NULL,
	`modifie_le` integer NOT NULL,
	`categorie` text NOT NULL,
	`sous_type` text,
	`date_debut` text NOT NULL,
	`date_fin_prevue` text,
	`date_fin` text,
	`partenaire` text,
	`intitule` text,
	`financeur` text,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "situations_categorie" CHECK(categorie IN ('EMP', 'ALT', 'FOR', 'IMM', 'PMSMP', 'VOL', 'SCO', 'DE')),
	CONSTRAINT "situations_sous_type" CHECK(CASE categorie WHEN 'EMP' THEN sous_type IS NOT NULL AND sous_type IN ('CDI', 'CDD', 'INTERIM', 'SAISONNIER', 'CONTRAT_AIDE', 'IAE', 'FONCTION_PUBLIQUE', 'CREATION_ENTREPRISE', 'AUTRE') WHEN 'ALT' THEN sous_type IS NOT NULL AND sous_type IN ('APPRENTISSAGE', 'PROFESSIONNALISATION') WHEN 'FOR' THEN sous_type IS NOT NULL AND sous_type IN ('PRF_QUALIFIANTE', 'PRF_PREQUALIFIANTE', 'COMPETENCES_BASE', 'E2C', 'EPIDE', 'FRANCE_TRAVAIL', 'CPF', 'AUTRE') WHEN 'IMM' THEN sous_type IS NULL WHEN 'PMSMP' THEN sous_type IS NULL WHEN 'VOL' THEN sous_type IS NOT NULL AND sous_type IN ('SERVICE_CIVIQUE', 'CORPS_EUROPEEN_SOLIDARITE', 'BENEVOLAT') WHEN 'SCO' THEN sous_type IS NULL WHEN 'DE' THEN sous_type IS NULL ELSE 0 END),
	CONSTRAINT "situations_financeur" CHECK((categorie = 'FOR' AND financeur IS NOT NULL AND financeur IN ('REGION', 'FRANCE_TRAVAIL', 'OPCO', 'AGEFIPH', 'ETAT', 'AUTRE')) OR (categorie <> 'FOR' AND financeur IS NULL)),
	CONSTRAINT "situations_date_debut" CHECK(date_debut GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "situations_date_fin_prevue" CHECK((date_fin_prevue IS NULL OR date_fin_prevue GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (date_fin_prevue IS NULL OR date_fin_prevue >= date_debut)),
	CONSTRAINT "situations_date_fin" CHECK((date_fin IS NULL OR date_fin GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (date_fin IS NULL OR date_fin >= date_debut))
);
--> statement-breakpoint
CREATE INDEX `situations_jeune_idx` ON `situations` (jeune_id,date_debut);--> statement-breakpoint
CREATE INDEX `situations_entree_idx` ON `situations` (date_debut,categorie);--> statement-breakpoint
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
	CONSTRAINT "historique_entite" CHECK(entite IN ('JEUNE', 'EVENEMENT', 'SITUATION', 'DISPOSITIF', 'FREIN', 'AIDE'))
);
--> statement-breakpoint
-- Edited by hand: the entries written before this migration are all about the file itself.
INSERT INTO `__new_historique_jeunes`("id", "jeune_id", "horodatage", "auteur_id", "entite", "entite_id", "action", "champ", "ancienne_valeur", "nouvelle_valeur") SELECT "id", "jeune_id", "horodatage", "auteur_id", 'JEUNE', "jeune_id", "action", "champ", "ancienne_valeur", "nouvelle_valeur" FROM `historique_jeunes`;--> statement-breakpoint
DROP TABLE `historique_jeunes`;--> statement-breakpoint
ALTER TABLE `__new_historique_jeunes` RENAME TO `historique_jeunes`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `historique_jeune_idx` ON `historique_jeunes` (`jeune_id`,`horodatage`);