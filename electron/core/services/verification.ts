/**
 * `verifier`: the database file's integrity and the data's plausibility, reported without any
 * personal data (files are named by their internal id).
 */
import type Database from 'better-sqlite3';
import { controleIntegrite, datesDesJeunes, referencesCassees } from '../../../db/repositories/verification';
import { estDateIso } from '../domain/dates';
import { erreursDatesJeune } from '../domain/jeune';

export function verifierBase(client: Database.Database): string[] {
  const problemes = controleIntegrite(client).map((l) => `Intégrité du fichier : ${l}`);
  for (const r of referencesCassees(client)) {
    problemes.push(`Référence cassée : table ${r.table}, ligne ${r.rowid}, vers ${r.parent} inexistant.`);
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
