/**
 * Composition root: opens the database, registers the SQL functions the queries need, and wires
 * every channel to its use case. The Electron shell, the HTTP preview, the CLI and the tests all
 * start here, so they run the same code.
 */
import { v7 as uuidv7 } from 'uuid';
import type { AccesBase } from '../../db/chiffrement';
import { ouvrirBase, type BaseTremplin } from '../../db/client';
import { ErreurSauvegarde } from '../../db/sauvegarde/manifeste';
import { decrireEmplacement, jugerEmplacement } from '../../db/sauvegarde/emplacement';
import { FONCTION_JETON } from '../../db/repositories/jeunes';
import type { Reponse } from './contract';
import type { Contexte } from './contexte';
import { creerDispatcher, type Gestionnaires, type Journal } from './dispatcher';
import { jetonCorrespond } from './domain/texte';
import { exporterDonnees, type FichierExporte } from './echange/export';
import { importer, type RapportImport } from './echange/import';
import { sourcesTransmises, type FichierSource } from './echange/sources';
import {
  changerStatutJeune,
  chercherDoublons,
  creerJeune,
  historiqueJeune,
  lireJeune,
  modifierJeune,
} from './services/jeunes';
import { ficheLiaison } from './services/fiche-liaison';
import {
  creerOffre,
  creerPartenaire,
  creerSession,
  fusionnerPartenaires,
  lirePartenaire,
  modifierOffre,
  modifierPartenaire,
  modifierSession,
  rechercherPartenaires,
  supprimerUneOffre,
  supprimerUnPartenaire,
  supprimerUneSession,
} from './services/partenaires';
import {
  changerEtat,
  creerProposition,
  enregistrerEntree,
  modifierProposition,
  propositionsEnAttente,
} from './services/propositions';
import { rechercherJeunes } from './services/recherche-jeunes';
import { consultationsDuJeune, verifierJournal } from './services/audit';
import {
  accorderAcces,
  debloquerCompte,
  definirMotDePasse,
  listerAcces,
  listerComptes,
  retirerAcces,
} from './services/comptes';
import { lireDetailsSensibles } from './services/sensible';
import { anonymiserJeunes, archiverJeunes, effacerUnJeune, fileConservation } from './services/conservation';
import { exporterDonneesJeune } from './services/donnees-jeune';
import { lireGuides, modifierGuide } from './services/guides-reperage';
import {
  conseilReperage,
  creerReperage,
  fileASuivre,
  listerReperages,
  modifierReperage,
  orienterReperage,
  supprimerReperage,
} from './services/reperages';
import {
  enregistrerObjectifs,
  lireObjectifs,
  paquetRegion,
  qualiteRegion,
  tableauDeBordRegion,
} from './services/region';
import {
  changerMotDePasse,
  definirDelaiVerrouillage,
  deverrouillerSession,
  etatSession,
  fermerSession,
  initialiserComptes,
  nouvelleSession,
  ouvrirSession,
  verrouillerSession,
  verrouillerSiInactive,
} from './services/session';
import { controlerAcces } from './garde';
import {
  choisirDossier,
  entretenir,
  etatSauvegardes,
  restaurer,
  sauvegarderMaintenant,
  verifierIntegrite,
} from './services/sauvegardes';
import { etatCleSecours, revelerCleSecours } from './services/cle-secours';
import { PARAMETRES_SCRYPT, type ParametresScrypt } from './securite/mots-de-passe';
import { lireEvenementsRecents, lireSuivi, operationsSuivi } from './services/suivi';
import { creerConseiller, creerSite, initialiserStructure, lireEtatStructure } from './services/structure';

export interface OptionsCore {
  fichierBase: string;
  dossierMigrations: string;
  /** The key (null: a plain file, for tests only) and the native build. */
  acces: AccesBase;
  maintenant?: () => Date;
  nouvelId?: () => string;
  journal?: Journal;
  /** The CLI acts as the system: no login, every permission (it runs with the file owner's rights). */
  systeme?: boolean;
  /** scrypt cost (OWASP by default; tests lower it to stay fast). */
  parametresScrypt?: ParametresScrypt;
  /** Daily backup and weekly integrity check, now and every hour while open (the app and the preview). */
  entretienAutomatique?: boolean;
}

/** Checked again every hour: a computer left on over midnight still gets the next day's backup. */
const PERIODE_ENTRETIEN_MS = 3_600_000;

export interface Core {
  dispatch(canal: string, entree: unknown): Promise<Reponse<unknown>>;
  /** The open database, for the CLI and tests; the UI never reaches it but through `dispatch`. */
  readonly base: BaseTremplin;
  /** Headless import and export (CLI, bench): files from disk, no bytes through the contract. */
  importer(sources: readonly FichierSource[], options: { ecrire: boolean }): RapportImport;
  exporterDonnees(): FichierExporte[];
  fermer(): void;
}

function gestionnaires(ctx: Contexte): Gestionnaires {
  const suivi = operationsSuivi(ctx);
  return {
    'structure:lire': () => lireEtatStructure(ctx),
    'structure:initialiser': (e) => initialiserStructure(ctx, e),
    'sites:creer': (e) => creerSite(ctx, e),
    'conseillers:creer': (e) => creerConseiller(ctx, e),
    'jeunes:creer': (e) => creerJeune(ctx, e),
    'jeunes:modifier': (e) => modifierJeune(ctx, e),
    'jeunes:changerStatut': (e) => changerStatutJeune(ctx, e),
    'jeunes:lire': (e) => lireJeune(ctx, e),
    'jeunes:rechercher': (e) => rechercherJeunes(ctx, e),
    'jeunes:doublons': (e) => chercherDoublons(ctx, e),
    'jeunes:historique': (e) => historiqueJeune(ctx, e),
    'suivi:lire': (e) => lireSuivi(ctx, e),
    'evenements:creer': suivi.evenements.creer,
    'evenements:modifier': suivi.evenements.modifier,
    'evenements:supprimer': suivi.evenements.supprimer,
    'evenements:recents': (e) => lireEvenementsRecents(ctx, e),
    'situations:creer': suivi.situations.creer,
    'situations:modifier': suivi.situations.modifier,
    'situations:supprimer': suivi.situations.supprimer,
    'dispositifs:creer': suivi.dispositifs.creer,
    'dispositifs:modifier': suivi.dispositifs.modifier,
    'dispositifs:supprimer': suivi.dispositifs.supprimer,
    'freins:creer': suivi.freins.creer,
    'freins:modifier': suivi.freins.modifier,
    'freins:supprimer': suivi.freins.supprimer,
    'aides:creer': suivi.aides.creer,
    'aides:modifier': suivi.aides.modifier,
    'aides:supprimer': suivi.aides.supprimer,
    'partenaires:rechercher': (e) => rechercherPartenaires(ctx, e),
    'partenaires:lire': (e) => lirePartenaire(ctx, e.id),
    'partenaires:creer': (e) => creerPartenaire(ctx, e),
    'partenaires:modifier': (e) => modifierPartenaire(ctx, e),
    'partenaires:supprimer': (e) => supprimerUnPartenaire(ctx, e),
    'partenaires:fusionner': (e) => fusionnerPartenaires(ctx, e),
    'sessions:creer': (e) => creerSession(ctx, e),
    'sessions:modifier': (e) => modifierSession(ctx, e),
    'sessions:supprimer': (e) => supprimerUneSession(ctx, e),
    'offres:creer': (e) => creerOffre(ctx, e),
    'offres:modifier': (e) => modifierOffre(ctx, e),
    'offres:supprimer': (e) => supprimerUneOffre(ctx, e),
    'propositions:creer': (e) => creerProposition(ctx, e),
    'propositions:modifier': (e) => modifierProposition(ctx, e),
    'propositions:changerEtat': (e) => changerEtat(ctx, e),
    'propositions:enregistrerEntree': (e) => enregistrerEntree(ctx, e),
    'propositions:ficheLiaison': (e) => ficheLiaison(ctx, e),
    'propositions:enAttente': (e) => propositionsEnAttente(ctx, e),
    // Public (no guard runs): the idle rule is applied here too, so a reload shows the lock at once.
    'session:etat': () => {
      verrouillerSiInactive(ctx);
      return etatSession(ctx);
    },
    'session:ouvrir': (e) => ouvrirSession(ctx, e),
    'session:fermer': () => fermerSession(ctx),
    'session:verrouiller': () => verrouillerSession(ctx),
    'session:deverrouiller': (e) => deverrouillerSession(ctx, e),
    'session:activite': () => etatSession(ctx),
    'session:changerMotDePasse': (e) => changerMotDePasse(ctx, e),
    'comptes:initialiser': (e) => initialiserComptes(ctx, e),
    'comptes:lister': () => listerComptes(ctx),
    'comptes:debloquer': (e) => debloquerCompte(ctx, e),
    'comptes:definirMotDePasse': (e) => definirMotDePasse(ctx, e),
    'parametres:verrouillage': (e) => definirDelaiVerrouillage(ctx, e),
    'acces:accorder': (e) => accorderAcces(ctx, e),
    'acces:retirer': (e) => retirerAcces(ctx, e),
    'acces:lister': (e) => listerAcces(ctx, e),
    'audit:consultations': (e) => consultationsDuJeune(ctx.db, e),
    'audit:verifier': () => verifierJournal(ctx.db),
    'sensible:lire': (e) => lireDetailsSensibles(ctx, e),
    'conservation:aRevoir': () => fileConservation(ctx),
    'conservation:archiver': (e) => archiverJeunes(ctx, e),
    'conservation:anonymiser': (e) => anonymiserJeunes(ctx, e),
    'jeunes:effacer': (e) => effacerUnJeune(ctx, e),
    'jeunes:exporterDonnees': (e) => exporterDonneesJeune(ctx, e),
    'reperages:lister': (e) => listerReperages(ctx, e),
    'reperages:creer': (e) => creerReperage(ctx, e),
    'reperages:modifier': (e) => modifierReperage(ctx, e),
    'reperages:supprimer': (e) => supprimerReperage(ctx, e),
    'reperages:conseil': (e) => conseilReperage(ctx, e),
    'reperages:orienter': (e) => orienterReperage(ctx, e),
    'reperages:aSuivre': (e) => fileASuivre(ctx, e),
    'reperages:guides': () => lireGuides(ctx),
    'reperages:modifierGuide': (e) => modifierGuide(ctx, e),
    'import:analyser': (e) => importer(ctx, sourcesTransmises(e.fichiers), { ecrire: false }),
    'import:executer': (e) => importer(ctx, sourcesTransmises(e.fichiers), { ecrire: true }),
    'region:qualite': (e) => qualiteRegion(ctx, e),
    'region:tableauDeBord': (e) => tableauDeBordRegion(ctx, e),
    'region:paquet': (e) => paquetRegion(ctx, e),
    'sauvegardes:lister': () => etatSauvegardes(ctx),
    'sauvegardes:creer': () => sauvegarderMaintenant(ctx, 'manuelle'),
    'sauvegardes:restaurer': (e) => restaurer(ctx, e),
    'sauvegardes:dossier': (e) => choisirDossier(ctx, e),
    'integrite:verifier': () => verifierIntegrite(ctx),
    'chiffrement:etat': () => etatCleSecours(ctx),
    'chiffrement:cleSecours': (e) => revelerCleSecours(ctx, e),
    'objectifs:lire': (e) => lireObjectifs(ctx, e),
    'objectifs:enregistrer': (e) => enregistrerObjectifs(ctx, e),
  };
}

/** Technical failures go to stderr with the error's class and message: no input, no personal data. */
function journalParDefaut(message: string, erreur?: unknown): void {
  const detail = erreur instanceof Error ? `${erreur.name}: ${erreur.message}` : '';
  console.error(`[tremplin] ${message}${detail ? ` — ${detail}` : ''}`);
}

/** Page cache of the connection, in KiB (256 MB at most: a page read again is not decrypted again). */
export const CACHE_PAGES_KIO = 262_144;

/** Opens the file and registers the SQL functions the queries need (again after a restore). */
function ouvrirFichier(fichiers: Contexte['fichiers'], maintenant?: () => Date): BaseTremplin {
  const base = ouvrirBase({
    fichier: fichiers.base,
    dossierMigrations: fichiers.migrations,
    acces: fichiers.acces,
    maintenant,
  });
  base.$client.function(FONCTION_JETON, { deterministic: true }, (jeton: unknown, mot: unknown) =>
    typeof jeton === 'string' && typeof mot === 'string' && jetonCorrespond(jeton, mot) ? 1 : 0,
  );
  // SQLite's default page cache (2 MB) is a thirtieth of the event indexes the Region figures and the
  // dashboard read again at each computation, and each page read from disk must be decrypted (ADR
  // 0005): memory is only taken as pages are read.
  base.$client.pragma(`cache_size = ${-CACHE_PAGES_KIO}`);
  return base;
}

export function ouvrirCore(options: OptionsCore): Core {
  // SQLite's locks are unreliable on network shares and synced folders: refuse before opening.
  const verdict = jugerEmplacement(decrireEmplacement(options.fichierBase));
  if (!verdict.sur) throw new ErreurSauvegarde('EMPLACEMENT', verdict.raison);
  const fichiers = {
    base: options.fichierBase,
    migrations: options.dossierMigrations,
    acces: options.acces,
  };
  const session = nouvelleSession();
  const ctx: Contexte = {
    db: ouvrirFichier(fichiers, options.maintenant),
    maintenant: options.maintenant ?? (() => new Date()),
    nouvelId: options.nouvelId ?? (() => uuidv7()),
    session,
    get auteurId() {
      return session.utilisateur?.id ?? null;
    },
    systeme: options.systeme ?? false,
    parametresScrypt: options.parametresScrypt ?? PARAMETRES_SCRYPT,
    fichiers,
    remplacerBase(operation) {
      ctx.db.$client.close();
      try {
        operation();
      } finally {
        ctx.db = ouvrirFichier(fichiers, options.maintenant);
      }
    },
  };
  const journal = options.journal ?? journalParDefaut;
  const { dispatch } = creerDispatcher(gestionnaires(ctx), journal, (canal) => controlerAcces(ctx, canal));
  let minuterie: NodeJS.Timeout | undefined;
  let immediat: NodeJS.Immediate | undefined;
  if (options.entretienAutomatique) {
    const entretien = () => {
      try {
        entretenir(ctx);
      } catch (e) {
        // A backup disk unplugged must not stop the app: the page shows how old the last backup is.
        journal('Échec de la sauvegarde ou de la vérification automatique', e);
      }
    };
    minuterie = setInterval(entretien, PERIODE_ENTRETIEN_MS);
    minuterie.unref();
    immediat = setImmediate(entretien);
  }
  return {
    dispatch,
    get base() {
      return ctx.db;
    },
    importer: (sources, opts) => importer(ctx, sources, opts),
    exporterDonnees: () => exporterDonnees(ctx),
    fermer: () => {
      clearInterval(minuterie);
      clearImmediate(immediat);
      ctx.db.$client.close();
    },
  };
}
