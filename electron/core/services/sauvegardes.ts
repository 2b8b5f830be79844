/**
 * Backups and integrity as the office sees them: a folder (next to the database unless the director
 * chose another, e.g. a USB disk), a daily backup kept 7 days / 4 weeks / 12 months, restore with the
 * password typed again, a weekly full check. Settings live in `parametres`.
 */
import { accessSync, constants, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { ErreurBase } from '../../../db/client';
import { creerSauvegarde, nomSauvegarde } from '../../../db/sauvegarde/creer';
import { sha256Fichier } from '../../../db/sauvegarde/fichiers';
import { controleComplet } from '../../../db/sauvegarde/integrite';
import { cheminManifeste, ErreurSauvegarde, lireManifeste } from '../../../db/sauvegarde/manifeste';
import { restaurerSauvegarde } from '../../../db/sauvegarde/restaurer';
import { sauvegardesAConserver } from '../../../db/sauvegarde/rotation';
import { ecrireParametre, lireParametre, supprimerParametre } from '../../../db/repositories/securite';
import type { EntreeValidee, EtatIntegrite, EtatSauvegardes, Sauvegarde } from '../contract';
import type { Contexte } from '../contexte';
import { dateLocale } from '../domain/dates';
import type { NatureSauvegarde } from '../domain/sauvegardes';
import { ErreurMetier } from '../erreurs';
import { journaliser } from './audit';
import { nouvelleSession, reauthentifier } from './session';

const CLE_DOSSIER = 'sauvegarde.dossier';
const CLE_VERIFICATION = 'integrite.derniere_verification';
const CLE_PROBLEMES = 'integrite.problemes';
const SEMAINE_MS = 7 * 86_400_000;
const RETARD_MS = 2 * 86_400_000;

export function dossierParDefaut(fichierBase: string): string {
  return join(dirname(fichierBase), 'sauvegardes');
}

export function dossierSauvegardes(ctx: Contexte): string {
  return lireParametre(ctx.db, CLE_DOSSIER) ?? dossierParDefaut(ctx.fichiers.base);
}

type SauvegardeDecrite = Omit<Sauvegarde, 'intacte'> & { sha256: string };

/**
 * The backups of a folder as their manifests describe them, newest first, nothing hashed (a backup
 * may weigh hundreds of MB); files without a readable manifest are not offered.
 */
export function sauvegardesDuDossier(dossier: string): SauvegardeDecrite[] {
  if (!existsSync(dossier)) return [];
  const liste: SauvegardeDecrite[] = [];
  for (const nom of readdirSync(dossier).filter((n) => n.endsWith('.sqlite'))) {
    try {
      const m = lireManifeste(join(dossier, nom));
      liste.push({
        fichier: nom,
        horodatage: Date.parse(m.horodatage),
        nature: m.nature,
        taille: m.taille,
        sha256: m.sha256,
      });
    } catch {
      continue;
    }
  }
  return liste.sort((a, b) => b.horodatage - a.horodatage);
}

/** Size and sha256 still those of the manifest: reads the whole file. */
function estIntacte(dossier: string, s: SauvegardeDecrite): boolean {
  const fichier = join(dossier, s.fichier);
  try {
    return statSync(fichier).size === s.taille && sha256Fichier(fichier) === s.sha256;
  } catch {
    return false;
  }
}

/** Every backup of the folder with its verification, for the page that lists them. */
export function listerSauvegardes(dossier: string): Sauvegarde[] {
  return sauvegardesDuDossier(dossier).map((s) => ({
    fichier: s.fichier,
    horodatage: s.horodatage,
    nature: s.nature,
    taille: s.taille,
    intacte: estIntacte(dossier, s),
  }));
}

function etatIntegrite(ctx: Contexte): EtatIntegrite {
  const date = lireParametre(ctx.db, CLE_VERIFICATION);
  return {
    derniereVerification: date === undefined ? null : Number(date),
    problemes: JSON.parse(lireParametre(ctx.db, CLE_PROBLEMES) ?? '[]') as string[],
  };
}

export function etatSauvegardes(ctx: Contexte): EtatSauvegardes {
  const dossier = dossierSauvegardes(ctx);
  const sauvegardes = listerSauvegardes(dossier);
  const derniere = sauvegardes.find((s) => s.intacte);
  return {
    dossier,
    dossierParDefaut: lireParametre(ctx.db, CLE_DOSSIER) === undefined,
    sauvegardes,
    enRetard: derniere === undefined || ctx.maintenant().getTime() - derniere.horodatage > RETARD_MS,
    integrite: etatIntegrite(ctx),
  };
}

/** Storage errors are the user's to fix (disk full, unplugged): their message, not an internal error. */
function refusLisible<T>(action: () => T): T {
  try {
    return action();
  } catch (e) {
    if (e instanceof ErreurSauvegarde || e instanceof ErreurBase) throw new ErreurMetier('CONFLIT', e.message);
    throw e;
  }
}

export function sauvegarderMaintenant(ctx: Contexte, nature: NatureSauvegarde): Sauvegarde {
  const instant = ctx.maintenant();
  const cible = join(dossierSauvegardes(ctx), nomSauvegarde(ctx.fichiers.base, instant, nature));
  const { manifeste } = refusLisible(() => creerSauvegarde(ctx.db.$client, cible, nature, instant, ctx.fichiers.acces));
  journaliser(ctx.db, instant.getTime(), {
    action: 'SAUVEGARDE',
    utilisateurId: ctx.auteurId,
    objet: `SAUVEGARDE ${basename(cible)}`,
  });
  return { fichier: basename(cible), horodatage: instant.getTime(), nature, taille: manifeste.taille, intacte: true };
}

export function choisirDossier(ctx: Contexte, { chemin }: EntreeValidee<'sauvegardes:dossier'>): EtatSauvegardes {
  if (chemin === '') {
    supprimerParametre(ctx.db, CLE_DOSSIER);
    return etatSauvegardes(ctx);
  }
  if (!isAbsolute(chemin)) {
    throw new ErreurMetier('VALIDATION', '', { chemin: 'chemin complet attendu (par exemple E:\\Sauvegardes).' });
  }
  try {
    mkdirSync(chemin, { recursive: true });
    accessSync(chemin, constants.W_OK);
  } catch {
    throw new ErreurMetier('VALIDATION', '', { chemin: 'dossier inaccessible en écriture (disque branché ?).' });
  }
  ecrireParametre(ctx.db, CLE_DOSSIER, chemin);
  return etatSauvegardes(ctx);
}

/** Checked before anything moved: a backup of another workstation opens with that one's recovery key. */
function refusCleSauvegarde(cleDonnee: boolean): ErreurMetier {
  return new ErreurMetier('VALIDATION', '', {
    cleSecours: cleDonnee
      ? 'cette clé de secours n’ouvre pas cette sauvegarde.'
      : 'cette sauvegarde est chiffrée avec une autre clé (faite sur un autre poste ?) : saisissez sa clé de secours.',
  });
}

/**
 * Restores a backup of the folder: password again, backup checked before anything moves, current
 * file kept, then everyone is logged out (the accounts may differ in the restored file).
 */
export async function restaurer(
  ctx: Contexte,
  { fichier, motDePasse, cleSecours }: EntreeValidee<'sauvegardes:restaurer'>,
): Promise<{ restauree: string; copieAvant: string | null }> {
  await reauthentifier(ctx, motDePasse);
  const dossier = dossierSauvegardes(ctx);
  const source = join(dossier, fichier);
  const auteur = ctx.auteurId;
  let copieAvant: string | null = null;
  refusLisible(() =>
    ctx.remplacerBase(() => {
      try {
        copieAvant = restaurerSauvegarde({
          source,
          fichierBase: ctx.fichiers.base,
          dossierSauvegardes: dossier,
          dossierMigrations: ctx.fichiers.migrations,
          instant: ctx.maintenant(),
          acces: ctx.fichiers.acces,
          cleSauvegarde: cleSecours === undefined ? undefined : Buffer.from(cleSecours, 'hex'),
        }).copieAvant;
      } catch (e) {
        if (e instanceof ErreurBase && e.code === 'CLE_INCORRECTE') throw refusCleSauvegarde(cleSecours !== undefined);
        throw e;
      }
    }),
  );
  // The restored file carries the settings of its day: keep the folder chosen since.
  if (dossier !== dossierParDefaut(ctx.fichiers.base)) ecrireParametre(ctx.db, CLE_DOSSIER, dossier);
  journaliser(ctx.db, ctx.maintenant().getTime(), {
    action: 'RESTAURATION',
    utilisateurId: auteur,
    objet: `SAUVEGARDE ${fichier}`,
  });
  Object.assign(ctx.session, nouvelleSession());
  return { restauree: fichier, copieAvant: copieAvant === null ? null : basename(copieAvant) };
}

export function verifierIntegrite(ctx: Contexte): EtatIntegrite {
  const problemes = controleComplet(ctx.db.$client);
  ecrireParametre(ctx.db, CLE_VERIFICATION, String(ctx.maintenant().getTime()));
  ecrireParametre(ctx.db, CLE_PROBLEMES, JSON.stringify(problemes));
  return etatIntegrite(ctx);
}

/** Deletes what the 7/4/12 rotation does not keep (the backup and its manifest). */
function appliquerRotation(dossier: string): void {
  const sauvegardes = sauvegardesDuDossier(dossier);
  const gardees = sauvegardesAConserver(
    sauvegardes.map((s) => ({ fichier: s.fichier, instant: new Date(s.horodatage) })),
  );
  for (const s of sauvegardes.filter((s) => !gardees.has(s.fichier))) {
    rmSync(cheminManifeste(join(dossier, s.fichier)), { force: true });
    rmSync(join(dossier, s.fichier), { force: true });
  }
}

/**
 * The daily backup (unless the day has one) with its rotation, the weekly full check, and the
 * planner's statistics kept up to date.
 */
export function entretenir(ctx: Contexte): void {
  const maintenant = ctx.maintenant();
  // Only today's backups are hashed (newest first, stopping at the first intact one): an older one,
  // intact or not, never spares today's.
  const dossier = dossierSauvegardes(ctx);
  const aujourdhui = dateLocale(maintenant);
  const duJour = sauvegardesDuDossier(dossier).some(
    (s) => dateLocale(new Date(s.horodatage)) === aujourdhui && estIntacte(dossier, s),
  );
  if (!duJour) {
    sauvegarderMaintenant(ctx, 'quotidienne');
    appliquerRotation(dossier);
  }
  const verification = etatIntegrite(ctx).derniereVerification;
  if (verification === null || maintenant.getTime() - verification >= SEMAINE_MS) verifierIntegrite(ctx);
  // Planner statistics that follow the data (an import, a year of entries): without them the Region
  // figures pick plans 1.5 times slower. Cheap when nothing changed; not at every open, so a refused
  // CLI command leaves the file as it was.
  ctx.db.$client.pragma('optimize = 0x10002');
}
