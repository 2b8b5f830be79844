DROP INDEX `jeunes_site_idx`;--> statement-breakpoint
DROP INDEX `jeunes_nom_tri_idx`;--> statement-breakpoint
CREATE INDEX `jeunes_site_statut_naissance_idx` ON `jeunes` (site_id,statut,date_naissance,nom_tri);--> statement-breakpoint
CREATE INDEX `jeunes_premier_accueil_idx` ON `jeunes` (date_premier_accueil);--> statement-breakpoint
CREATE INDEX `jeunes_nom_tri_idx` ON `jeunes` (nom_tri,id);--> statement-breakpoint
DROP INDEX `evenements_jeune_idx`;--> statement-breakpoint
DROP INDEX `evenements_date_idx`;--> statement-breakpoint
CREATE INDEX `evenements_jeune_idx` ON `evenements` (jeune_id,date,type);--> statement-breakpoint
CREATE INDEX `evenements_date_idx` ON `evenements` (date,type,jeune_id);