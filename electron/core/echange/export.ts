/**
 * `export-donnees`: every record in `tremplin-import/1` (UTF-8 with BOM, `;`), readable by French
 * Excel and by the import, so that export → import into an empty database gives back the same data.
 * Rows are ordered by external id: two databases with the same data give the same files.
 */
import { stringify } from 'csv-stringify/sync';
import { RequetesEchange } from '../../../db/repositories/echange';
import type { Contexte } from '../contexte';
import { journaliser } from '../services/audit';
import { FICHIERS, fichierDe, type Colonne, type FichierEchange } from './format';
import { ecrireValeur, protegerFormule } from './valeurs';

export interface FichierExporte {
  nom: string;
  contenu: Buffer;
  lignes: number;
}

const BOM = '\uFEFF';

/** What a column shows: the external id of a reference, a site's code, an adviser's login. */
function expression(c: Colonne, alias: string): { jointure: string; valeur: string } {
  const s = c.sorte;
  if (s.type === 'reference') {
    const cible = fichierDe(s.entite);
    return {
      jointure: `LEFT JOIN identifiants_externes ${alias} ON ${alias}.entite = '${cible.entite}' AND ${alias}.id_interne = t.${c.champ}`,
      valeur: `COALESCE(${alias}.id_externe, t.${c.champ})`,
    };
  }
  if (s.type === 'site')
    return { jointure: `LEFT JOIN sites ${alias} ON ${alias}.id = t.${c.champ}`, valeur: `${alias}.code` };
  if (s.type === 'conseiller')
    return { jointure: `LEFT JOIN conseillers ${alias} ON ${alias}.id = t.${c.champ}`, valeur: `${alias}.login` };
  return { jointure: '', valeur: `t.${c.champ}` };
}

/** One query per file: constant table and column names from the format, nothing from outside. */
function requeteExport(f: FichierEchange): string {
  const parties = f.colonnes.map((c, i) => expression(c, `j${i}`));
  const valeurs = parties.map((p, i) => `${p.valeur} AS c${i}`).join(', ');
  return [
    `SELECT COALESCE(m.id_externe, t.id) AS id_externe, ${valeurs} FROM ${f.table} t`,
    `LEFT JOIN identifiants_externes m ON m.entite = '${f.entite}' AND m.id_interne = t.id`,
    ...parties.map((p) => p.jointure).filter((j) => j !== ''),
    'ORDER BY id_externe',
  ].join(' ');
}

function exporterFichier(requetes: RequetesEchange, f: FichierEchange): FichierExporte {
  const lignes: string[][] = [[f.colonneId, ...f.colonnes.map((c) => c.nom)]];
  for (const r of requetes.lignesExport(requeteExport(f))) {
    lignes.push([
      protegerFormule(String(r.id_externe)),
      ...f.colonnes.map((c, i) => protegerFormule(ecrireValeur(c.sorte, r[`c${i}`] ?? null))),
    ]);
  }
  const texte = stringify(lignes, { delimiter: ';', record_delimiter: '\r\n' });
  return { nom: f.nom, contenu: Buffer.from(BOM + texte, 'utf8'), lignes: lignes.length - 1 };
}

/** Every file of the format, and one audit entry (an export of every youth's data). */
export function exporterDonnees(ctx: Contexte): FichierExporte[] {
  const requetes = new RequetesEchange(ctx.db.$client);
  return ctx.db.$client.transaction(() => {
    const fichiers = FICHIERS.map((f) => exporterFichier(requetes, f));
    journaliser(ctx.db, ctx.maintenant().getTime(), {
      action: 'EXPORT',
      utilisateurId: ctx.auteurId,
      objet: 'DONNEES tremplin-import/1',
    });
    return fichiers;
  })();
}
