/** The import report as French lines (CLI): counts per file, or every error, and what was ignored or created. */
import type { RapportImport } from './import';

export function lignesRapport(r: RapportImport): string[] {
  const lignes: string[] = [];
  if (r.valide) {
    for (const c of r.comptes)
      lignes.push(
        `${c.fichier.padEnd(18)} ${c.lignes} ligne(s) : ${c.crees} créée(s), ${c.modifies} modifiée(s), ${c.inchanges} inchangée(s)`,
      );
    if (r.sitesCrees.length > 0) lignes.push(`Sites créés : ${r.sitesCrees.join(', ')}.`);
    if (r.comptesCrees.length > 0)
      lignes.push(`Comptes créés (inactifs, sans mot de passe) : ${r.comptesCrees.join(', ')}.`);
  } else {
    lignes.push(...r.erreurs);
  }
  if (r.ignores.length > 0) lignes.push(`Fichiers ignorés : ${r.ignores.join(', ')}.`);
  if (r.valide) lignes.push(r.ecrit ? 'Import terminé.' : 'Analyse terminée : rien n’a encore été écrit.');
  return lignes;
}
