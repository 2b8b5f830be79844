CREATE TABLE `identifiants_externes` (
	`entite` text NOT NULL,
	`id_externe` text NOT NULL,
	`id_interne` text NOT NULL,
	PRIMARY KEY(`entite`, `id_externe`),
	CONSTRAINT "identifiants_externes_entite" CHECK(entite IN ('PARTENAIRE', 'JEUNE', 'PROPOSITION', 'SITUATION', 'REPERAGE', 'EVENEMENT', 'FREIN', 'AIDE', 'DISPOSITIF'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `identifiants_externes_interne` ON `identifiants_externes` (entite,id_interne);