CREATE TABLE `autorisations_sensibles` (
	`id` text PRIMARY KEY NOT NULL,
	`conseiller_id` text NOT NULL,
	`jeune_id` text NOT NULL,
	`accordee_par` text,
	`accordee_le` integer NOT NULL,
	FOREIGN KEY (`conseiller_id`) REFERENCES `conseillers`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`accordee_par`) REFERENCES `conseillers`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `autorisations_unique` ON `autorisations_sensibles` (conseiller_id,jeune_id);--> statement-breakpoint
CREATE TABLE `journal_audit` (
	`numero` integer PRIMARY KEY NOT NULL,
	`horodatage` integer NOT NULL,
	`utilisateur_id` text,
	`action` text NOT NULL,
	`jeune_id` text,
	`objet` text,
	`hash_precedent` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_jeune_idx` ON `journal_audit` (jeune_id,numero);--> statement-breakpoint
CREATE TABLE `parametres` (
	`cle` text PRIMARY KEY NOT NULL,
	`valeur` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `conseillers` ADD `mot_de_passe` text;--> statement-breakpoint
ALTER TABLE `conseillers` ADD `echecs` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `conseillers` ADD `dernier_echec` integer;--> statement-breakpoint
ALTER TABLE `conseillers` ADD `bloque` integer DEFAULT false NOT NULL;