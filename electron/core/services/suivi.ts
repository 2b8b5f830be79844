/**
 * Use cases of a youth's follow-up records. The five kinds of record share one life cycle —
 * create, edit, delete, each recorded in the file's history — described once here; each kind only
 * says what differs (its fields, its extra checks, its summary, its output).
 */
import type { Aide, Dispositif, EntreeValidee, Evenement, Frein, Situation, Suivi } from '../contract';
import {
  aidesDuJeune,
  dispositifsDuJeune,
  dispositifsDuType,
  elementParId,
  evenementDetail,
  evenementsDuJeune,
  evenementsRecents,
  freinsDuJeune,
  insererElement,
  mettreAJourElement,
  situationsDuJeune,
  supprimerElement,
  TABLES_SUIVI,
  type LigneEvenement,
  type LigneSuivi,
  type TableSuivi,
} from '../../../db/repositories/suivi';
import { ajouterHistorique, jeuneParId } from '../../../db/repositories/jeunes';
import { conseillerParId, siteParId } from '../../../db/repositories/structure';
import type { Contexte } from '../contexte';
import {
  CATEGORIES_SITUATION,
  libelle,
  SOUS_TYPES_SITUATION,
  STATUTS_FREIN,
  THEMES_FREIN,
  TYPES_AIDE,
  TYPES_DISPOSITIF,
  TYPES_EVENEMENT,
} from '../domain/codes';
import { dateLocale, formaterDate } from '../domain/dates';
import { differences, type EntiteHistorique, type ValeurChamp } from '../domain/historique';
import { formaterMontant } from '../domain/montant';
import { estEmploiDurable, estEnCours, situationCourante } from '../domain/situation';
import { sechevauchent } from '../domain/suivi';
import { erreurDeChamps, ErreurMetier } from '../erreurs';

/** What differs between kinds of record. */
interface Sorte<T extends TableSuivi, Saisie, Sortie> {
  entite: EntiteHistorique;
  table: T;
  /** « Ce contact », « Cette situation »… for messages. */
  designation: string;
  /** Stored fields, in the order the history lists them. */
  champs: readonly (keyof LigneSuivi<T> & string)[];
  versColonnes(saisie: Saisie): Partial<T['$inferInsert']>;
  /** Checks that need the database (references, overlaps); `id` is set when editing. */
  verifier?(ctx: Contexte, jeuneId: string, saisie: Saisie, id: string | null): void;
  /** One French line for the history (never the internal comment). */
  resumer(ligne: LigneSuivi<T>): string;
  lire(ctx: Contexte, id: string): Sortie;
}

function verifierReferences(ctx: Contexte, saisie: { conseillerId?: string | null; siteId?: string | null }): void {
  const champs: Record<string, string> = {};
  if (saisie.siteId && !siteParId(ctx.db, saisie.siteId)) champs.siteId = 'site inconnu.';
  if (saisie.conseillerId && !conseillerParId(ctx.db, saisie.conseillerId))
    champs.conseillerId = 'conseiller·ère inconnu·e.';
  if (Object.keys(champs).length > 0) throw erreurDeChamps(champs);
}

function introuvable(designation: string): ErreurMetier {
  return new ErreurMetier('INTROUVABLE', `${designation} n'existe pas (ou plus).`);
}

function ligneOuEchouer<T extends TableSuivi>(
  ctx: Contexte,
  sorte: Sorte<T, unknown, unknown>,
  id: string,
): LigneSuivi<T> {
  const ligne = elementParId(ctx.db, sorte.table, id);
  if (!ligne) throw introuvable(sorte.designation);
  return ligne;
}

function versEvenement(l: LigneEvenement): Evenement {
  return {
    id: l.id,
    jeuneId: l.jeuneId,
    date: l.date,
    type: l.type,
    conseillerId: l.conseillerId,
    siteId: l.siteId,
    commentaire: l.commentaire,
    conseillerNom: l.conseillerNom,
    siteLibelle: l.siteLibelle,
  };
}

function versSituation(l: LigneSuivi<typeof TABLES_SUIVI.situations>, aujourdhui: string): Situation {
  const { creeLe: _c, modifieLe: _m, ...situation } = l;
  return {
    ...situation,
    sousType: l.sousType as Situation['sousType'],
    emploiDurable: estEmploiDurable(l),
    enCours: estEnCours(l, aujourdhui),
  };
}

function sansHorodatage<L extends { creeLe: number; modifieLe: number }>(l: L): Omit<L, 'creeLe' | 'modifieLe'> {
  const { creeLe: _c, modifieLe: _m, ...reste } = l;
  return reste;
}

type SaisieDe<C extends 'evenements' | 'situations' | 'dispositifs' | 'freins' | 'aides'> =
  EntreeValidee<`${C}:creer`>['saisie'];

const EVENEMENT: Sorte<typeof TABLES_SUIVI.evenements, SaisieDe<'evenements'>, Evenement> = {
  entite: 'EVENEMENT',
  table: TABLES_SUIVI.evenements,
  designation: 'Ce contact',
  champs: ['date', 'type', 'conseillerId', 'siteId', 'commentaire'],
  versColonnes: (s) => s,
  verifier: (ctx, _jeuneId, saisie) => verifierReferences(ctx, saisie),
  resumer: (l) => `${TYPES_EVENEMENT.libelles[l.type]} du ${formaterDate(l.date)}`,
  lire: (ctx, id) => {
    const l = evenementDetail(ctx.db, id);
    if (!l) throw introuvable('Ce contact');
    return versEvenement(l);
  },
};

const SITUATION: Sorte<typeof TABLES_SUIVI.situations, SaisieDe<'situations'>, Situation> = {
  entite: 'SITUATION',
  table: TABLES_SUIVI.situations,
  designation: 'Cette situation',
  champs: ['categorie', 'sousType', 'dateDebut', 'dateFinPrevue', 'dateFin', 'partenaire', 'intitule', 'financeur'],
  versColonnes: (s) => s,
  resumer: (l) =>
    `${CATEGORIES_SITUATION.libelles[l.categorie]}${l.sousType ? ` (${libelle(SOUS_TYPES_SITUATION, l.sousType)})` : ''} à partir du ${formaterDate(l.dateDebut)}`,
  lire: (ctx, id) => versSituation(ligneOuEchouer(ctx, SITUATION, id), dateLocale(ctx.maintenant())),
};

const DISPOSITIF: Sorte<typeof TABLES_SUIVI.dispositifs, SaisieDe<'dispositifs'>, Dispositif> = {
  entite: 'DISPOSITIF',
  table: TABLES_SUIVI.dispositifs,
  designation: 'Ce dispositif',
  champs: ['type', 'dateEntree', 'dateSortie'],
  versColonnes: (s) => s,
  verifier: (ctx, jeuneId, saisie, id) => {
    // At most one programme of a type at a time: no two periods of the same type may overlap.
    const periode = { debut: saisie.dateEntree, fin: saisie.dateSortie };
    const conflit = dispositifsDuType(ctx.db, jeuneId, saisie.type, id).find((d) =>
      sechevauchent(periode, { debut: d.dateEntree, fin: d.dateSortie }),
    );
    if (conflit) {
      const nom = TYPES_DISPOSITIF.libelles[saisie.type];
      throw new ErreurMetier(
        'CONFLIT',
        conflit.dateSortie === null
          ? `Le jeune est déjà en ${nom} depuis le ${formaterDate(conflit.dateEntree)} : enregistrez d'abord la sortie de ce dispositif.`
          : `Cette période chevauche l'accompagnement ${nom} du ${formaterDate(conflit.dateEntree)} au ${formaterDate(conflit.dateSortie)}.`,
        { dateEntree: 'Chevauche un autre accompagnement du même dispositif.' },
      );
    }
  },
  resumer: (l) => `${TYPES_DISPOSITIF.libelles[l.type]}, entrée le ${formaterDate(l.dateEntree)}`,
  lire: (ctx, id) => sansHorodatage(ligneOuEchouer(ctx, DISPOSITIF, id)),
};

const FREIN: Sorte<typeof TABLES_SUIVI.freins, SaisieDe<'freins'>, Frein> = {
  entite: 'FREIN',
  table: TABLES_SUIVI.freins,
  designation: 'Ce frein',
  champs: ['theme', 'dateIdentification', 'statut', 'dateStatut', 'actions'],
  versColonnes: (s) => s,
  resumer: (l) =>
    `${THEMES_FREIN.libelles[l.theme]} identifié le ${formaterDate(l.dateIdentification)} (${STATUTS_FREIN.libelles[l.statut].toLowerCase()})`,
  lire: (ctx, id) => sansHorodatage(ligneOuEchouer(ctx, FREIN, id)),
};

const AIDE: Sorte<typeof TABLES_SUIVI.aides, SaisieDe<'aides'>, Aide> = {
  entite: 'AIDE',
  table: TABLES_SUIVI.aides,
  designation: 'Cette aide',
  champs: ['type', 'montantCentimes', 'dateDecision'],
  versColonnes: ({ montant, ...s }) => ({ ...s, montantCentimes: montant }),
  resumer: (l) =>
    `${TYPES_AIDE.libelles[l.type]} de ${formaterMontant(l.montantCentimes)} décidée le ${formaterDate(l.dateDecision)}`,
  lire: (ctx, id) => sansHorodatage(ligneOuEchouer(ctx, AIDE, id)),
};

function entreeHistorique(ctx: Contexte, jeuneId: string, entite: EntiteHistorique, entiteId: string, instant: number) {
  return { id: ctx.nouvelId(), jeuneId, horodatage: instant, auteurId: ctx.auteurId, entite, entiteId };
}

function creer<T extends TableSuivi, S, O>(ctx: Contexte, sorte: Sorte<T, S, O>, jeuneId: string, saisie: S): O {
  if (!jeuneParId(ctx.db, jeuneId)) throw new ErreurMetier('INTROUVABLE', "Ce dossier n'existe pas (ou plus).");
  sorte.verifier?.(ctx, jeuneId, saisie, null);
  const id = ctx.nouvelId();
  const instant = ctx.maintenant().getTime();
  ctx.db.transaction(() => {
    insererElement(ctx.db, sorte.table, {
      id,
      jeuneId,
      ...sorte.versColonnes(saisie),
      creeLe: instant,
      modifieLe: instant,
    } as T['$inferInsert']);
    const ligne = elementParId(ctx.db, sorte.table, id)!;
    ajouterHistorique(ctx.db, [
      {
        ...entreeHistorique(ctx, jeuneId, sorte.entite, id, instant),
        action: 'CREATION',
        nouvelleValeur: sorte.resumer(ligne),
      },
    ]);
  });
  return sorte.lire(ctx, id);
}

function modifier<T extends TableSuivi, S, O>(ctx: Contexte, sorte: Sorte<T, S, O>, id: string, saisie: S): O {
  const avant = ligneOuEchouer(ctx, sorte, id);
  sorte.verifier?.(ctx, avant.jeuneId, saisie, id);
  const apres = { ...avant, ...sorte.versColonnes(saisie) } as LigneSuivi<T>;
  const changes = differences<string>(
    avant as unknown as Record<string, ValeurChamp>,
    apres as unknown as Record<string, ValeurChamp>,
    sorte.champs,
  );
  if (changes.length > 0) {
    const instant = ctx.maintenant().getTime();
    ctx.db.transaction(() => {
      mettreAJourElement(ctx.db, sorte.table, id, { ...sorte.versColonnes(saisie), modifieLe: instant } as Partial<
        T['$inferInsert']
      >);
      ajouterHistorique(
        ctx.db,
        changes.map((d) => ({
          ...entreeHistorique(ctx, avant.jeuneId, sorte.entite, id, instant),
          action: 'MODIFICATION' as const,
          champ: d.champ,
          ancienneValeur: d.ancienne,
          nouvelleValeur: d.nouvelle,
        })),
      );
    });
  }
  return sorte.lire(ctx, id);
}

function supprimer<T extends TableSuivi>(ctx: Contexte, sorte: Sorte<T, unknown, unknown>, id: string): { id: string } {
  const avant = ligneOuEchouer(ctx, sorte, id);
  const instant = ctx.maintenant().getTime();
  ctx.db.transaction(() => {
    supprimerElement(ctx.db, sorte.table, id);
    ajouterHistorique(ctx.db, [
      {
        ...entreeHistorique(ctx, avant.jeuneId, sorte.entite, id, instant),
        action: 'SUPPRESSION',
        ancienneValeur: sorte.resumer(avant),
      },
    ]);
  });
  return { id };
}

/** The channels' handlers of the five kinds, built from their descriptions. */
function operations<T extends TableSuivi, S, O>(ctx: Contexte, sorte: Sorte<T, S, O>) {
  return {
    creer: (e: { jeuneId: string; saisie: S }) => creer(ctx, sorte, e.jeuneId, e.saisie),
    modifier: (e: { id: string; saisie: S }) => modifier(ctx, sorte, e.id, e.saisie),
    supprimer: (e: { id: string }) => supprimer(ctx, sorte as Sorte<T, unknown, unknown>, e.id),
  };
}

export function operationsSuivi(ctx: Contexte) {
  return {
    evenements: operations(ctx, EVENEMENT),
    situations: operations(ctx, SITUATION),
    dispositifs: operations(ctx, DISPOSITIF),
    freins: operations(ctx, FREIN),
    aides: operations(ctx, AIDE),
  };
}

export function lireSuivi(ctx: Contexte, { jeuneId }: EntreeValidee<'suivi:lire'>): Suivi {
  if (!jeuneParId(ctx.db, jeuneId)) throw new ErreurMetier('INTROUVABLE', "Ce dossier n'existe pas (ou plus).");
  const aujourdhui = dateLocale(ctx.maintenant());
  const situations = situationsDuJeune(ctx.db, jeuneId).map((s) => versSituation(s, aujourdhui));
  return {
    evenements: evenementsDuJeune(ctx.db, jeuneId).map(versEvenement),
    situations,
    dispositifs: dispositifsDuJeune(ctx.db, jeuneId).map(sansHorodatage),
    freins: freinsDuJeune(ctx.db, jeuneId).map(sansHorodatage),
    aides: aidesDuJeune(ctx.db, jeuneId).map(sansHorodatage),
    situationCouranteId: situationCourante(situations, aujourdhui)?.id ?? null,
  };
}

export function lireEvenementsRecents(ctx: Contexte, { conseillerId, limite }: EntreeValidee<'evenements:recents'>) {
  return evenementsRecents(ctx.db, conseillerId, limite).map((l) => ({
    ...versEvenement(l),
    jeuneNom: l.jeuneNom,
    jeunePrenom: l.jeunePrenom,
  }));
}
