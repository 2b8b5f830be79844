/** Use cases of a youth's follow-up: the five kinds of record, and the whole follow-up at once. */
import type { Aide, Dispositif, EntreeValidee, Evenement, Frein, Situation, Suivi } from '../contract';
import {
  aidesDuJeune,
  dispositifsDuJeune,
  dispositifsDuType,
  evenementDetail,
  evenementsDuJeune,
  evenementsRecents,
  freinsDuJeune,
  situationDetail,
  situationsDuJeune,
  TABLES_SUIVI,
  type LigneEvenement,
  type LigneSituation,
} from '../../../db/repositories/suivi';
import { jeuneParId } from '../../../db/repositories/jeunes';
import { propositionsDuJeune } from '../../../db/repositories/propositions';
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
import { formaterMontant } from '../domain/montant';
import { estEmploiDurable, estEnCours, situationCourante } from '../domain/situation';
import { sechevauchent } from '../domain/suivi';
import { ErreurMetier } from '../erreurs';
import { exigerAccesSensible } from './comptes';
import { estSensible } from './sensible';
import { introuvable, ligneOuEchouer, operations, type Sorte } from './elements-jeune';
import { verifierReferences } from './references';
import { versProposition } from './vues-proposition';

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

function versSituation(l: LigneSituation, aujourdhui: string): Situation {
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

export const SITUATION: Sorte<typeof TABLES_SUIVI.situations, SaisieDe<'situations'>, Situation> = {
  entite: 'SITUATION',
  table: TABLES_SUIVI.situations,
  designation: 'Cette situation',
  champs: [
    'categorie',
    'sousType',
    'dateDebut',
    'dateFinPrevue',
    'dateFin',
    'partenaireId',
    'partenaire',
    'intitule',
    'financeur',
  ],
  versColonnes: (s) => s,
  verifier: (ctx, _jeuneId, saisie) => verifierReferences(ctx, saisie),
  resumer: (l) =>
    `${CATEGORIES_SITUATION.libelles[l.categorie]}${l.sousType ? ` (${libelle(SOUS_TYPES_SITUATION, l.sousType)})` : ''} à partir du ${formaterDate(l.dateDebut)}`,
  lire: (ctx, id) => {
    const l = situationDetail(ctx.db, id);
    if (!l) throw introuvable('Cette situation');
    return versSituation(l, dateLocale(ctx.maintenant()));
  },
  avantSuppression: (_ctx, l) => {
    // The entry of an orientation is its outcome: deleting it would leave a realised orientation with nothing.
    if (l.propositionId !== null) {
      throw new ErreurMetier(
        'CONFLIT',
        "Cette situation est l'entrée d'une orientation réalisée : elle ne peut pas être supprimée. Corrigez-la, ou changez d'abord l'orientation.",
      );
    }
  },
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
  // A health barrier is itself sensitive: only those allowed may record, change or delete one.
  verifier: (ctx, jeuneId, saisie, id) => {
    const avant = id ? ligneOuEchouer(ctx, FREIN, id) : null;
    if (estSensible(saisie.theme) || (avant && estSensible(avant.theme))) exigerAccesSensible(ctx, jeuneId);
  },
  avantSuppression: (ctx, l) => {
    if (estSensible(l.theme)) exigerAccesSensible(ctx, l.jeuneId);
  },
  // The history is read by every adviser of the file: a sensitive theme is not named there.
  resumer: (l) =>
    `Frein ${estSensible(l.theme) ? 'confidentiel' : `« ${THEMES_FREIN.libelles[l.theme]} »`} identifié le ${formaterDate(l.dateIdentification)}` +
    (l.statut === 'IDENTIFIE' ? '' : `, ${STATUTS_FREIN.libelles[l.statut].toLowerCase()}`),
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
    // Health barriers are read through sensible:lire only (access rule, audited).
    freins: freinsDuJeune(ctx.db, jeuneId)
      .filter((f) => !estSensible(f.theme))
      .map(sansHorodatage),
    aides: aidesDuJeune(ctx.db, jeuneId).map(sansHorodatage),
    propositions: propositionsDuJeune(ctx.db, jeuneId).map(versProposition),
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
