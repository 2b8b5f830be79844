CREATE TABLE `reperages` (
	`id` text PRIMARY KEY NOT NULL,
	`jeune_id` text NOT NULL,
	`domaine` text NOT NULL,
	`date` text NOT NULL,
	`methode` text NOT NULL,
	`resultat` text NOT NULL,
	`date_information` text,
	`note` text,
	`date_suivi` text,
	`date_fin_rqth` text,
	`proposition_id` text,
	`cree_le` integer NOT NULL,
	`modifie_le` integer NOT NULL,
	FOREIGN KEY (`jeune_id`) REFERENCES `jeunes`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`proposition_id`) REFERENCES `propositions`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "reperages_domaine" CHECK(domaine IN ('ILLETTRISME', 'ILLECTRONISME', 'HANDICAP')),
	CONSTRAINT "reperages_methode" CHECK(CASE domaine WHEN 'ILLETTRISME' THEN methode IN ('INDICES_ENTRETIEN', 'GRILLE_REPERAGE', 'SIGNAL_JDC', 'POSITIONNEMENT_OF', 'AUTO_DECLARATION') WHEN 'ILLECTRONISME' THEN methode IN ('ENTRETIEN', 'PIX', 'AUTODIAGNOSTIC', 'OBSERVATION_DEMARCHE') WHEN 'HANDICAP' THEN methode IN ('DECLARATION_JEUNE', 'NOTIFICATION_MDPH', 'SIGNAL_PARTENAIRE', 'OBSERVATION') ELSE 0 END),
	CONSTRAINT "reperages_resultat" CHECK(CASE domaine WHEN 'ILLETTRISME' THEN resultat IN ('PAS_DE_DIFFICULTE', 'DIFFICULTE_A_CONFIRMER', 'ILLETTRISME', 'ANALPHABETISME', 'FLE', 'REFUS') WHEN 'ILLECTRONISME' THEN resultat IN ('AUTONOME', 'CAPACITES_FAIBLES', 'ILLECTRONISME', 'SANS_EQUIPEMENT', 'REFUS') WHEN 'HANDICAP' THEN resultat IN ('RQTH_VALIDE', 'RQTH_EN_COURS', 'AUTRE_RECONNAISSANCE', 'SUSPICION', 'NON_CONCERNE', 'REFUS') ELSE 0 END),
	CONSTRAINT "reperages_date" CHECK(date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	CONSTRAINT "reperages_dates_suite" CHECK((date_information IS NULL OR date_information GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (date_suivi IS NULL OR date_suivi GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]') AND (date_information IS NULL OR date_information >= date) AND (date_suivi IS NULL OR date_suivi >= date)),
	CONSTRAINT "reperages_fin_rqth" CHECK(date_fin_rqth IS NULL OR (date_fin_rqth GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND domaine = 'HANDICAP' AND resultat = 'RQTH_VALIDE' AND date_fin_rqth >= date))
);
--> statement-breakpoint
CREATE INDEX `reperages_jeune_idx` ON `reperages` (jeune_id,date);--> statement-breakpoint
CREATE INDEX `reperages_domaine_idx` ON `reperages` (domaine,date);--> statement-breakpoint
CREATE INDEX `reperages_proposition_idx` ON `reperages` (proposition_id);--> statement-breakpoint
CREATE INDEX `reperages_suivi_idx` ON `reperages` (date_suivi);--> statement-breakpoint
CREATE TABLE `ressources_partenaires` (
	`partenaire_id` text NOT NULL,
	`ressource` text NOT NULL,
	PRIMARY KEY(`partenaire_id`, `ressource`),
	FOREIGN KEY (`partenaire_id`) REFERENCES `partenaires`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "ressources_partenaires_ressource" CHECK(ressource IN ('CAP_EMPLOI', 'MDPH', 'RESSOURCE_HANDICAP_FORMATION', 'CENTRE_RESSOURCES_ILLETTRISME', 'COMPETENCES_BASE_REGION', 'CLEA', 'FLE', 'MEDIATION_NUMERIQUE', 'EQUIPEMENT_SOLIDAIRE'))
);
--> statement-breakpoint
CREATE INDEX `ressources_partenaires_ressource_idx` ON `ressources_partenaires` (ressource);