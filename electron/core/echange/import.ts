/**
 * Import of a `tremplin-import/1` folder (shared/spec/import.md): read and check every file, resolve
 * ids and references, apply the domain rules, then — only when nothing is wrong — write everything
 * in one transaction. The dry run is the same analysis without the writing.
 */
import { RequetesEchange, type LigneBrute } from '../../../db/repositories/echange';
import { conseillerParLogin, insererConseiller, insererSite, siteParCode } from '../../../db/repositories/structure';
import type { Contexte } from '../contexte';
import type { EntiteEchange } from '../domain/codes';
import { valeurHistorique } from '../domain/historique';
import { cleTri, motsRecherche } from '../domain/jeune';
import { normaliser } from '../domain/texte';
import { journaliser } from '../services/audit';
import { FICHIER_OBLIGATOIRE, FICHIERS, CHAMPS_INTERNES, fichierDe, type Colonne, type FichierEchange } from './format';
import { lireCsv } from './lecture-csv';
import { nomDeBase, type FichierSource } from './sources';
import { erreursRegles } from './regles';
import { lireValeur, type Valeur } from './valeurs';

export interface ErreurImport {
  fichier: string;
  /** Physical line (the header is 1; 0 for a file that is missing). */
  ligne: number;
  /** Header name, or `-` for the whole line or file. */
  colonne: string;
  message: string;
}

export const formaterErreur = (e: ErreurImport): string => `${e.fichier}:${e.ligne}:${e.colonne}: ${e.message}`;

export interface CompteFichier {
  fichier: string;
  lignes: number;
  crees: number;
  modifies: number;
  inchanges: number;
}

export interface RapportImport {
  /** No error: the import may be (or was) written. */
  valide: boolean;
  ecrit: boolean;
  erreurs: string[];
  comptes: CompteFichier[];
  /** Files of the folder that are not part of the format. */
  ignores: string[];
  sitesCrees: string[];
  comptesCrees: string[];
}

interface LigneImport {
  format: FichierEchange;
  ligne: number;
  idExterne: string;
  id: string;
  stockee: LigneBrute | undefined;
  /** Columns of the file, by table column (references still external until resolved). */
  valeurs: Record<string, Valeur>;
  /** The row as it will be stored. */
  fusion: LigneBrute;
  /** Columns that change (null: a new record). */
  changements: string[] | null;
  /** False when a reference names nothing: the links it would have are not checked. */
  referencesResolues: boolean;
}

interface FichierAnalyse {
  format: FichierEchange;
  nomSource: string;
  lignes: LigneImport[];
}

interface Plan {
  fichiers: FichierAnalyse[];
  sites: Map<string, string>;
  comptes: Map<string, string>;
  ignores: string[];
}

/** Page cache during an import (negative: KiB, SQLite's convention): 256 MiB. */
const CACHE_IMPORT_KIO = -262_144;

/** Columns an import never compares (the id, and when the record was created or changed). */
const COLONNES_TECHNIQUES = ['id', 'cree_le', 'modifie_le'];

const AUCUN: Record<'JEUNE' | 'PARTENAIRE' | 'PROPOSITION', string> = {
  JEUNE: 'aucun jeune',
  PARTENAIRE: 'aucun partenaire',
  PROPOSITION: 'aucune orientation',
};

/** Checks a whole import; `erreurs` lists every problem, in file then line order. */
class Analyse {
  readonly erreurs: ErreurImport[] = [];
  private readonly requetes: RequetesEchange;
  /** The import's rows by entity, by external id and by internal id. */
  private readonly index = new Map<EntiteEchange, Map<string, LigneImport>>();
  private readonly parIdInterne = new Map<string, LigneImport>();
  private readonly sites = new Map<string, string>();
  private readonly comptes = new Map<string, string>();

  constructor(private readonly ctx: Contexte) {
    this.requetes = new RequetesEchange(ctx.db.$client);
  }

  private erreur(fichier: string, ligne: number, colonne: string | null, message: string): void {
    this.erreurs.push({ fichier, ligne, colonne: colonne ?? '-', message });
  }

  private erreurLigne(l: LigneImport, champ: string, message: string): void {
    const colonne = l.format.colonnes.find((c) => c.champ === champ)?.nom ?? champ;
    this.erreur(l.format.nom, l.ligne, colonne, message);
  }

  executer(sources: readonly FichierSource[]): Plan {
    const { retenus, ignores } = this.trier(sources);
    const fichiers = FICHIERS.flatMap((format) => {
      const source = retenus.get(format.nom);
      return source ? [this.lireFichier(format, source)] : [];
    });
    for (const f of fichiers) for (const l of f.lignes) this.situer(l);
    for (const f of fichiers) for (const l of f.lignes) this.resoudre(l);
    for (const f of fichiers) for (const l of f.lignes) this.fusionner(l);
    for (const f of fichiers) for (const l of f.lignes) this.verifierLiens(l);
    const rang = (nom: string) => FICHIERS.findIndex((f) => f.nom === nom);
    this.erreurs.sort((a, b) => rang(a.fichier) - rang(b.fichier) || a.ligne - b.ligne);
    return { fichiers, sites: this.sites, comptes: this.comptes, ignores };
  }

  /** Keeps the format's files (names compared case-insensitively), names the others as ignored. */
  private trier(sources: readonly FichierSource[]) {
    const retenus = new Map<string, FichierSource>();
    const ignores: string[] = [];
    for (const source of sources) {
      const nom = nomDeBase(source.nom).toLowerCase();
      if (!FICHIERS.some((f) => f.nom === nom)) ignores.push(source.nom);
      else if (retenus.has(nom)) this.erreur(nom, 0, null, `fichier présent deux fois (${source.nom}).`);
      else retenus.set(nom, source);
    }
    if (!retenus.has(FICHIER_OBLIGATOIRE)) this.erreur(FICHIER_OBLIGATOIRE, 0, null, 'fichier obligatoire absent.');
    return { retenus, ignores };
  }

  private lireFichier(format: FichierEchange, source: FichierSource): FichierAnalyse {
    const lu = lireCsv(source.octets);
    const analyse: FichierAnalyse = { format, nomSource: source.nom, lignes: [] };
    for (const e of lu.erreurs) this.erreur(format.nom, e.ligne, e.colonne, e.message);
    const colonnes = this.lireEntete(format, lu.entetes);
    if (!colonnes) return analyse;
    const dejaVus = new Map<string, number>();
    for (const enregistrement of lu.enregistrements) {
      const { ligne, valeurs } = enregistrement;
      if (valeurs.length !== colonnes.length) {
        this.erreur(format.nom, ligne, null, `${valeurs.length} valeurs pour ${colonnes.length} colonnes.`);
        continue;
      }
      const l = this.lireLigne(format, colonnes, enregistrement);
      if (!l) continue;
      const premiere = dejaVus.get(l.idExterne);
      if (premiere !== undefined) {
        this.erreur(
          format.nom,
          ligne,
          format.colonneId,
          `identifiant « ${l.idExterne} » déjà utilisé ligne ${premiere}.`,
        );
        continue;
      }
      dejaVus.set(l.idExterne, ligne);
      analyse.lignes.push(l);
    }
    return analyse;
  }

  /** The columns in the header's order (null for the id column), or null when the header is wrong. */
  private lireEntete(format: FichierEchange, entetes: readonly string[]): (Colonne | null)[] | null {
    if (entetes.length === 0 || (entetes.length === 1 && entetes[0] === '')) {
      this.erreur(format.nom, 1, null, 'ligne des noms de colonnes absente.');
      return null;
    }
    let valide = true;
    const vues = new Set<string>();
    const colonnes = entetes.map((entete) => {
      const nom = entete.toLowerCase();
      const colonne = format.colonnes.find((c) => c.nom === nom);
      if (vues.has(nom)) {
        this.erreur(format.nom, 1, entete, 'colonne en double.');
        valide = false;
      } else if (!colonne && nom !== format.colonneId) {
        this.erreur(
          format.nom,
          1,
          entete,
          `colonne inconnue (colonnes attendues : ${[format.colonneId, ...format.colonnes.map((c) => c.nom)].join(', ')}).`,
        );
        valide = false;
      }
      vues.add(nom);
      return colonne ?? null;
    });
    for (const nom of [format.colonneId, ...format.colonnes.filter((c) => c.requise).map((c) => c.nom)]) {
      if (!vues.has(nom)) {
        this.erreur(format.nom, 1, nom, 'colonne obligatoire absente.');
        valide = false;
      }
    }
    return valide ? colonnes : null;
  }

  private lireLigne(
    format: FichierEchange,
    colonnes: readonly (Colonne | null)[],
    { ligne, valeurs: textes }: { ligne: number; valeurs: string[] },
  ): LigneImport | null {
    let valide = true;
    let idExterne = '';
    const valeurs: Record<string, Valeur> = {};
    colonnes.forEach((colonne, i) => {
      const texte = textes[i]!;
      if (colonne === null) {
        idExterne = texte;
        if (texte === '') {
          this.erreur(format.nom, ligne, format.colonneId, 'obligatoire.');
          valide = false;
        }
        return;
      }
      if (texte === '') {
        if (colonne.requise) {
          this.erreur(format.nom, ligne, colonne.nom, 'obligatoire.');
          valide = false;
        }
        // import.md: an empty boolean is « non ».
        valeurs[colonne.champ] = colonne.sorte.type === 'booleen' ? 0 : null;
        return;
      }
      const lu = lireValeur(colonne.sorte, texte);
      if (lu.ok) valeurs[colonne.champ] = lu.valeur;
      else {
        this.erreur(format.nom, ligne, colonne.nom, lu.message);
        valide = false;
      }
    });
    if (!valide) return null;
    return {
      format,
      ligne,
      idExterne,
      id: '',
      stockee: undefined,
      valeurs,
      fusion: {},
      changements: null,
      referencesResolues: true,
    };
  }

  /** The row's internal id: the stored record its id names, or a new one. */
  private situer(l: LigneImport): void {
    const existant = this.requetes.idInterne(l.format.entite, l.format.table, l.idExterne);
    l.id = existant ?? this.ctx.nouvelId();
    l.stockee = existant ? this.requetes.ligne(l.format.table, existant) : undefined;
    let parId = this.index.get(l.format.entite);
    if (!parId) this.index.set(l.format.entite, (parId = new Map()));
    parId.set(l.idExterne, l);
    this.parIdInterne.set(`${l.format.entite} ${l.id}`, l);
  }

  /** References, sites and advisers named in the file → internal ids. */
  private resoudre(l: LigneImport): void {
    for (const colonne of l.format.colonnes) {
      const nom = l.valeurs[colonne.champ];
      if (typeof nom !== 'string') continue;
      const sorte = colonne.sorte;
      if (sorte.type === 'reference') {
        const cible = fichierDe(sorte.entite);
        const id =
          this.index.get(sorte.entite)?.get(nom)?.id ?? this.requetes.idInterne(sorte.entite, cible.table, nom);
        if (id) {
          l.valeurs[colonne.champ] = id;
        } else {
          l.referencesResolues = false;
          this.erreurLigne(
            l,
            colonne.champ,
            `${AUCUN[sorte.entite]} d'identifiant « ${nom} » dans ${cible.nom} ni dans la base.`,
          );
        }
      } else if (sorte.type === 'site') {
        l.valeurs[colonne.champ] = this.idSite(nom);
      } else if (sorte.type === 'conseiller') {
        l.valeurs[colonne.champ] = this.idCompte(nom);
      }
    }
  }

  /** Sites and advisers already known, by code and login: one query each, not one per row. */
  private readonly connus = new Map<string, string | undefined>();

  private idSite(code: string): string {
    return this.idNomme(`site ${code}`, this.sites, code, () => siteParCode(this.ctx.db, code)?.id);
  }

  private idCompte(login: string): string {
    return this.idNomme(`compte ${login}`, this.comptes, login, () => conseillerParLogin(this.ctx.db, login)?.id);
  }

  /** The id of a site or an adviser named in a file; a new one (to create) when it does not exist. */
  private idNomme(cle: string, aCreer: Map<string, string>, nom: string, chercher: () => string | undefined): string {
    if (!this.connus.has(cle)) this.connus.set(cle, chercher());
    const connu = this.connus.get(cle) ?? aCreer.get(nom);
    if (connu) return connu;
    const id = this.ctx.nouvelId();
    aCreer.set(nom, id);
    return id;
  }

  /** The row as stored after the import: the file's columns over the stored ones, then the rules. */
  private fusionner(l: LigneImport): void {
    // A new record completes the file's values in place: one object per row, not two (large imports).
    const fusion: LigneBrute = l.stockee ? { ...l.stockee, ...l.valeurs } : l.valeurs;
    if (!l.stockee) {
      for (const c of l.format.colonnes)
        if (!(c.champ in fusion)) fusion[c.champ] = c.sorte.type === 'booleen' ? 0 : null;
    }
    fusion.id = l.id;
    Object.assign(fusion, champsDerives(l.format.entite, fusion));
    l.fusion = fusion;
    const stockee = l.stockee;
    l.changements = stockee
      ? Object.keys(fusion).filter((c) => !COLONNES_TECHNIQUES.includes(c) && fusion[c] !== stockee[c])
      : null;
    for (const e of erreursRegles(l.format.entite, fusion)) this.erreurLigne(l, e.champ, e.message);
  }

  /** An orientation named by a situation or a screening is the same youth's; an orientation has one entry; a SIRET one partner. */
  private verifierLiens(l: LigneImport): void {
    if (!l.referencesResolues) return;
    const propositionId = l.fusion.proposition_id;
    if ((l.format.entite === 'SITUATION' || l.format.entite === 'REPERAGE') && typeof propositionId === 'string') {
      const deImport = this.parIdInterne.get(`PROPOSITION ${propositionId}`);
      const jeune = deImport
        ? deImport.fusion.jeune_id
        : this.requetes.valeur('propositions', 'jeune_id', propositionId);
      if (jeune !== l.fusion.jeune_id)
        this.erreurLigne(l, 'proposition_id', "cette orientation est celle d'un autre jeune.");
      if (l.format.entite === 'SITUATION')
        this.verifierUnique(l, 'proposition_id', "cette orientation a déjà sa situation d'entrée");
    }
    if (l.format.entite === 'PARTENAIRE' && typeof l.fusion.siret === 'string') {
      this.verifierUnique(l, 'siret', 'ce SIRET est déjà celui d’un autre partenaire');
    }
  }

  private readonly uniques = new Map<string, LigneImport>();

  /** A value that must name one row: among the import's rows, and the stored rows the import leaves alone. */
  private verifierUnique(l: LigneImport, champ: string, message: string): void {
    const valeur = String(l.fusion[champ]);
    const cle = `${l.format.table}.${champ}=${valeur}`;
    const autre = this.uniques.get(cle);
    if (autre) {
      this.erreurLigne(l, champ, `${message} (ligne ${autre.ligne}).`);
      return;
    }
    this.uniques.set(cle, l);
    const stockees = this.requetes.idsOu(l.format.table, champ, valeur);
    if (stockees.some((id) => id !== l.id && !this.parIdInterne.has(`${l.format.entite} ${id}`)))
      this.erreurLigne(l, champ, `${message} dans la base.`);
  }
}

/** Columns the software derives from others (sort keys, the state date an orientation always has). */
function champsDerives(entite: EntiteEchange, l: LigneBrute): LigneBrute {
  switch (entite) {
    case 'JEUNE':
      return { nom_tri: cleTri(nomsDe(l)), statut: l.statut ?? 'ACTIF' };
    case 'PARTENAIRE':
      return { nom_recherche: normaliser(String(l.raison_sociale)) };
    case 'PROPOSITION':
      return { date_etat: l.date_etat ?? l.date ?? null };
    default:
      return {};
  }
}

function nomsDe(l: LigneBrute) {
  return { nom: String(l.nom), nomUsage: l.nom_usage === null ? null : String(l.nom_usage), prenom: String(l.prenom) };
}

/** `date_naissance` → `dateNaissance`: the history names fields as the forms do. */
const champHistorique = (colonne: string) => colonne.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** Writes a checked plan. One history entry per created record, one per changed field; one audit entry. */
function ecrire(ctx: Contexte, plan: Plan): CompteFichier[] {
  const requetes = new RequetesEchange(ctx.db.$client);
  const instant = ctx.maintenant().getTime();
  for (const [code, id] of plan.sites) insererSite(ctx.db, { id, code, libelle: code, type: 'ANTENNE', actif: true });
  for (const [login, id] of plan.comptes)
    insererConseiller(ctx.db, { id, login, nom: login, prenom: 'Compte importé', role: 'CONSEILLER', actif: false });
  const historique = (l: LigneImport, entree: Partial<LigneBrute>) => {
    if (!l.format.historique) return;
    requetes.inserer('historique_jeunes', {
      id: ctx.nouvelId(),
      jeune_id: l.format.entite === 'JEUNE' ? l.id : String(l.fusion.jeune_id),
      horodatage: instant,
      auteur_id: ctx.auteurId,
      entite: l.format.historique,
      entite_id: l.id,
      action: 'MODIFICATION',
      champ: null,
      ancienne_valeur: null,
      nouvelle_valeur: null,
      ...entree,
    });
  };
  for (const f of plan.fichiers) {
    for (const l of f.lignes) {
      if (!l.stockee) {
        requetes.inserer(f.format.table, { ...l.fusion, cree_le: instant, modifie_le: instant });
        if (l.idExterne !== l.id) requetes.retenirIdExterne(f.format.entite, l.idExterne, l.id);
        if (f.format.entite === 'JEUNE') requetes.indexerMots(l.id, motsRecherche(nomsDe(l.fusion)));
        historique(l, { action: 'CREATION', nouvelle_valeur: 'Import' });
        continue;
      }
      const stockee = l.stockee;
      const changes = l.changements ?? [];
      if (changes.length === 0) continue;
      requetes.mettreAJour(f.format.table, l.id, {
        ...Object.fromEntries(changes.map((c) => [c, l.fusion[c]!])),
        modifie_le: instant,
      });
      if (f.format.entite === 'JEUNE') requetes.indexerMots(l.id, motsRecherche(nomsDe(l.fusion)));
      for (const c of changes.filter((c) => f.format.colonnes.some((col) => col.champ === c))) {
        const interne = CHAMPS_INTERNES.includes(c);
        historique(l, {
          champ: champHistorique(c),
          ancienne_valeur: interne ? null : valeurHistorique(stockee[c]),
          nouvelle_valeur: interne ? null : valeurHistorique(l.fusion[c]),
        });
      }
    }
  }
  const comptes = plan.fichiers.map(prevoir);
  const crees = comptes.reduce((n, c) => n + c.crees, 0);
  const modifies = comptes.reduce((n, c) => n + c.modifies, 0);
  // Importing the same folder again changes nothing, not even the journal.
  if (crees + modifies + plan.sites.size + plan.comptes.size > 0)
    journaliser(ctx.db, instant, {
      action: 'IMPORT',
      utilisateurId: ctx.auteurId,
      objet: `IMPORT ${crees} créé(s), ${modifies} modifié(s)`,
    });
  return comptes;
}

/** What writing a file would do (the dry run's counts). */
function prevoir(f: FichierAnalyse): CompteFichier {
  const compte: CompteFichier = { fichier: f.format.nom, lignes: f.lignes.length, crees: 0, modifies: 0, inchanges: 0 };
  for (const l of f.lignes) {
    if (l.changements === null) compte.crees++;
    else if (l.changements.length > 0) compte.modifies++;
    else compte.inchanges++;
  }
  return compte;
}

function rapport(plan: Plan, erreurs: readonly ErreurImport[], comptes: CompteFichier[] | null): RapportImport {
  return {
    valide: erreurs.length === 0,
    ecrit: comptes !== null,
    erreurs: erreurs.map(formaterErreur),
    comptes: comptes ?? plan.fichiers.map(prevoir),
    ignores: plan.ignores,
    sitesCrees: [...plan.sites.keys()],
    comptesCrees: [...plan.comptes.keys()],
  };
}

/**
 * Analyses, and writes when `ecrire` is set and nothing is wrong — in one immediate transaction, so
 * that nothing changes between the checks and the writes.
 */
export function importer(
  ctx: Contexte,
  sources: readonly FichierSource[],
  options: { ecrire: boolean },
): RapportImport {
  const client = ctx.db.$client;
  // An import reads every row it updates by primary key: a 2 MiB page cache would thrash past ~100k rows.
  const cache = client.pragma('cache_size', { simple: true }) as number;
  client.pragma(`cache_size = ${CACHE_IMPORT_KIO}`);
  try {
    const transaction = client.transaction(() => {
      const analyse = new Analyse(ctx);
      const plan = analyse.executer(sources);
      const comptes = options.ecrire && analyse.erreurs.length === 0 ? ecrire(ctx, plan) : null;
      return rapport(plan, analyse.erreurs, comptes);
    });
    // A dry run reads a consistent snapshot without holding the write lock.
    return options.ecrire ? transaction.immediate() : transaction.deferred();
  } finally {
    client.pragma(`cache_size = ${cache}`);
  }
}
