/**
 * `verifier`: the database file's integrity and the data's plausibility, reported without any
 * personal data (files are named by their internal id).
 */
import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { BaseTremplin } from '../../../db/client';
import * as schema from '../../../db/schema';
import {
  controleIntegrite,
  datesDesJeunes,
  ecartsActivitesAnnuelles,
  referencesCassees,
} from '../../../db/repositories/verification';
import { EVENEMENTS_ACCOMPAGNEMENT } from '../domain/codes';
import { estDateIso } from '../domain/dates';
import { erreursDatesJeune } from '../domain/jeune';
import { verifierJournal } from './audit';

export function verifierBase(client: Database.Database): string[] {
  const problemes = controleIntegrite(client).map((l) => `Intégrité du fichier : ${l}`);
  const journal = verifierJournal(drizzle({ client, schema }) as BaseTremplin);
  if (journal.premiereRupture !== null) {
    problemes.push(`Journal d'audit falsifié : la chaîne est rompue à l'entrée ${journal.premiereRupture}.`);
  } else if (!journal.sceauIntact) {
    problemes.push("Journal d'audit falsifié : des entrées finales ont disparu (le sceau ne correspond plus).");
  }
  for (const r of referencesCassees(client)) {
    problemes.push(`Référence cassée : table ${r.table}, ligne ${r.rowid}, vers ${r.parent} inexistant.`);
  }
  const ecarts = ecartsActivitesAnnuelles(client, EVENEMENTS_ACCOMPAGNEMENT);
  if (ecarts.length > 0) {
    problemes.push(
      `Activités annuelles : ${ecarts.length} couple(s) dossier et année ne correspondent plus aux événements (premier : dossier ${ecarts[0]!.jeuneId}, ${ecarts[0]!.annee}) ; les chiffres Région en contact et accompagnés seraient faux.`,
    );
  }
  for (const j of datesDesJeunes(client)) {
    const invalides = (['dateNaissance', 'datePremierAccueil', 'dateInformationRgpd'] as const).filter(
      (champ) => j[champ] !== null && !estDateIso(j[champ]),
    );
    for (const champ of invalides) problemes.push(`Dossier ${j.id} : ${champ} n'est pas une date existante.`);
    if (invalides.length === 0) {
      for (const e of erreursDatesJeune(j))
        problemes.push(`Dossier ${j.id} : date de naissance incohérente, ${e.message}`);
    }
  }
  return problemes;
}
