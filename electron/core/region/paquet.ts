/**
 * The Region package (`tremplin-indicateurs/1`): `produirePaquet` computes every file in memory (for
 * the CLI and, later, the direction's wizard), `ecrirePaquet` writes them to a folder and/or a ZIP.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lireStructure } from '../../../db/repositories/structure';
import type { BaseTremplin } from '../../../db/client';
import { VERSION_LOGICIEL } from '../version';
import { ecrireCsv } from './csv';
import { avecAnnee } from './indicateurs/annee-sql';
import { lignesAnnee, TOUS_LES_BRAS } from './indicateurs/moteur';
import { parametresSql, PARAMETRES_REGION, type LigneIndicateur, type ParametresRegion } from './indicateurs/types';
import { ecrireManifest, empreintes, horodatageLocal, type FichierPaquet, type Manifest } from './manifest';
import { ecrirePdfSynthese } from './pdf-synthese';
import { lireQualite, type Qualite } from './qualite';
import { assemblerTableau, seriesMensuelles, type TableauDeBord } from './tableau-de-bord';
import { ecrireXlsx } from './xlsx';
import { zipper } from './zip';

/** A refusal the user can act on (no structure, folder not empty…): nothing has been written. */
export class ErreurPaquet extends Error {}

export interface PaquetRegion {
  /** `indicateurs-<code>-<annee>`: the folder's name inside the ZIP, and the ZIP's name. */
  nom: string;
  manifest: Manifest;
  /** The four files, `manifest.json` last. */
  fichiers: FichierPaquet[];
  /** The director's report (local: the list names youths, it never goes into the files). */
  qualite: Qualite;
  genereLe: Date;
}

/**
 * Everything the package's files are made of, in one read transaction (the CSV, the synthesis and
 * the quality counts see the same data). The year's populations are computed once (TEMP tables) for
 * its figures, its monthly series and the check; only N-1's key figures are computed apart.
 */
export function calculerPaquet(
  client: BaseTremplin['$client'],
  annee: number,
  parametres: ParametresRegion = PARAMETRES_REGION,
): { lignes: LigneIndicateur[]; tableau: TableauDeBord; qualite: Qualite } {
  return client.transaction(() => {
    const courant = avecAnnee(client, annee, parametres, TOUS_LES_BRAS, (p) => ({
      ...lignesAnnee(client, p),
      qualite: lireQualite(client, p),
    }));
    return {
      lignes: courant.lignes,
      tableau: assemblerTableau(annee, courant.mensuel, seriesMensuelles(client, annee - 1, parametres)),
      qualite: courant.qualite,
    };
  })();
}

export async function produirePaquet(
  db: BaseTremplin,
  options: { annee: number; maintenant: Date; parametres?: ParametresRegion },
): Promise<PaquetRegion> {
  const { annee, maintenant } = options;
  const parametres = options.parametres ?? PARAMETRES_REGION;
  const structure = lireStructure(db);
  if (!structure) throw new ErreurPaquet("La structure n'est pas initialisée : lancez d'abord « init ».");
  const client = db.$client;
  const { lignes, tableau, qualite } = calculerPaquet(client, annee, parametres);
  const identite = { code: structure.code, nom: structure.nom, siret: structure.siret ?? null };
  const donnees: FichierPaquet[] = [
    { nom: 'indicateurs.csv', contenu: ecrireCsv(lignes), lignes: lignes.length },
    {
      nom: 'indicateurs.xlsx',
      contenu: await ecrireXlsx(lignes, { structure: structure.nom, annee, genereLe: maintenant }),
    },
    {
      nom: 'synthese.pdf',
      contenu: await ecrirePdfSynthese({
        structure: identite,
        annee,
        genereLe: maintenant,
        lignes,
        tableau,
        qualite: qualite.comptes,
      }),
    },
  ];
  const { debut, fin } = parametresSql(annee, parametres);
  const manifest: Manifest = {
    format: 'tremplin-indicateurs',
    version: 1,
    structure: identite,
    annee,
    periode: { debut, fin },
    genere_le: horodatageLocal(maintenant),
    logiciel: { nom: 'Tremplin', version: VERSION_LOGICIEL },
    parametres,
    qualite: qualite.comptes,
    fichiers: empreintes(donnees),
  };
  return {
    nom: `indicateurs-${structure.code}-${annee}`,
    manifest,
    fichiers: [...donnees, { nom: 'manifest.json', contenu: ecrireManifest(manifest) }],
    qualite,
    genereLe: maintenant,
  };
}

export function zipperPaquet(paquet: PaquetRegion): Uint8Array {
  return zipper(paquet.nom, paquet.fichiers, paquet.genereLe);
}

/**
 * Writes the package into `dossier` (created if missing; a non-empty folder is refused unless
 * `force`) and, when asked, the ZIP. Every check runs before the first byte is written.
 */
export function ecrirePaquet(
  paquet: PaquetRegion,
  dossier: string,
  options: { zip?: string; force?: boolean } = {},
): void {
  if (existsSync(dossier) && readdirSync(dossier).length > 0 && !options.force) {
    throw new ErreurPaquet(`Le dossier ${dossier} n'est pas vide : choisissez un dossier vide, ou ajoutez --force.`);
  }
  if (options.zip && existsSync(options.zip) && !options.force) {
    throw new ErreurPaquet(`Le fichier ${options.zip} existe déjà : ajoutez --force pour le remplacer.`);
  }
  mkdirSync(dossier, { recursive: true });
  for (const f of paquet.fichiers) writeFileSync(join(dossier, f.nom), f.contenu);
  if (options.zip) writeFileSync(options.zip, zipperPaquet(paquet));
}
