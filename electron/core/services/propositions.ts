/**
 * Use cases of orientations: prescribe, follow the state machine of domaine.md, record the entry
 * (the situation it led to), list those waiting for news, print the liaison sheet.
 */
import type { EntreeValidee, Proposition } from '../contract';
import { mettreAJourElement, TABLES_SUIVI } from '../../../db/repositories/suivi';
import { offreParId, sessionParId } from '../../../db/repositories/partenaires';
import {
  propositionDetail,
  propositionsSansNouvelles,
  type LigneProposition,
} from '../../../db/repositories/propositions';
import { ajouterHistorique } from '../../../db/repositories/jeunes';
import type { Contexte } from '../contexte';
import { CATEGORIES_SITUATION, ETATS_PROPOSITION, TYPES_PROPOSITION, type EtatProposition } from '../domain/codes';
import { ajouterJours, dateLocale, formaterDate } from '../domain/dates';
import { CATEGORIE_ENTREE, ETATS_OUVERTS, estTransitionLegale, transitionsPossibles } from '../domain/orientation';
import { erreurDeChamps, ErreurMetier } from '../erreurs';
import { auditerDossier } from './audit';
import { creer, entreeHistorique, introuvable, ligneOuEchouer, modifier, type Sorte } from './elements-jeune';
import { verifierReferences } from './references';
import { SITUATION } from './suivi';
import { entreePossible, versProposition } from './vues-proposition';

type SaisieProposition = EntreeValidee<'propositions:creer'>['saisie'];

function lireOuEchouer(ctx: Contexte, id: string): LigneProposition {
  const l = propositionDetail(ctx.db, id);
  if (!l) throw introuvable('Cette orientation');
  return l;
}

/** A session or an offer belongs to the partner the orientation names. */
function verifierCible(ctx: Contexte, saisie: SaisieProposition): void {
  verifierReferences(ctx, saisie);
  const champs: Record<string, string> = {};
  for (const [champ, cible] of [
    ['sessionId', saisie.sessionId ? sessionParId(ctx.db, saisie.sessionId) : null],
    ['offreId', saisie.offreId ? offreParId(ctx.db, saisie.offreId) : null],
  ] as const) {
    const id = saisie[champ];
    if (id === null) continue;
    if (!cible) champs[champ] = 'inconnue.';
    else if (cible.partenaireId !== saisie.partenaireId) champs[champ] = "n'appartient pas au partenaire choisi.";
  }
  if (Object.keys(champs).length > 0) throw erreurDeChamps(champs);
}

export const PROPOSITION: Sorte<typeof TABLES_SUIVI.propositions, SaisieProposition, Proposition> = {
  entite: 'PROPOSITION',
  table: TABLES_SUIVI.propositions,
  designation: 'Cette orientation',
  champs: [
    'date',
    'type',
    'partenaireId',
    'sessionId',
    'offreId',
    'intitule',
    'motif',
    'conseillerId',
    'etat',
    'dateEtat',
  ],
  versColonnes: (s) => s,
  valeursInitiales: (s) => ({ etat: 'PROPOSEE', dateEtat: s.date }),
  verifier: (ctx, _jeuneId, saisie, id) => {
    verifierCible(ctx, saisie);
    const actuelle = id ? ligneOuEchouer(ctx, PROPOSITION, id) : null;
    if (actuelle && saisie.date > actuelle.dateEtat) {
      throw erreurDeChamps({ date: `postérieure à la date de l'état actuel (${formaterDate(actuelle.dateEtat)}).` });
    }
  },
  resumer: (l) => `Orientation ${TYPES_PROPOSITION.libelles[l.type].toLowerCase()} du ${formaterDate(l.date)}`,
  lire: (ctx, id) => versProposition(lireOuEchouer(ctx, id)),
};

/** Moves an orientation along domaine.md's state machine, dated, with its history. */
function appliquerEtat(ctx: Contexte, p: LigneProposition, etat: EtatProposition, dateEtat: string): void {
  const instant = ctx.maintenant().getTime();
  auditerDossier(ctx.db, instant, ctx.auteurId, 'MODIFICATION', p.jeuneId, `PROPOSITION ${p.id}`);
  mettreAJourElement(ctx.db, TABLES_SUIVI.propositions, p.id, { etat, dateEtat, modifieLe: instant });
  const base = entreeHistorique(ctx, p.jeuneId, 'PROPOSITION', p.id, instant);
  ajouterHistorique(ctx.db, [
    { ...base, action: 'MODIFICATION', champ: 'etat', ancienneValeur: p.etat, nouvelleValeur: etat },
    ...(dateEtat !== p.dateEtat
      ? [
          {
            ...base,
            id: ctx.nouvelId(),
            action: 'MODIFICATION' as const,
            champ: 'dateEtat',
            ancienneValeur: p.dateEtat,
            nouvelleValeur: dateEtat,
          },
        ]
      : []),
  ]);
}

function verifierDateEtat(ctx: Contexte, p: LigneProposition, dateEtat: string, champ: string): void {
  const refus = (message: string) => erreurDeChamps({ [champ]: message });
  if (dateEtat > dateLocale(ctx.maintenant())) throw refus('ne peut pas être dans le futur.');
  if (dateEtat < p.dateEtat) throw refus(`antérieure à l'état précédent (${formaterDate(p.dateEtat)}).`);
}

export function changerEtat(
  ctx: Contexte,
  { id, etat, dateEtat }: EntreeValidee<'propositions:changerEtat'>,
): Proposition {
  const p = lireOuEchouer(ctx, id);
  if (!estTransitionLegale(p.etat, etat)) {
    const possibles = transitionsPossibles(p.etat).map((e) => ETATS_PROPOSITION.libelles[e].toLowerCase());
    throw new ErreurMetier(
      'CONFLIT',
      `Une orientation « ${ETATS_PROPOSITION.libelles[p.etat].toLowerCase()} » ne peut pas passer à « ${ETATS_PROPOSITION.libelles[etat].toLowerCase()} »` +
        (possibles.length > 0 ? ` (possible : ${possibles.join(', ')}).` : ' : elle est close.'),
      { etat: 'Transition impossible.' },
    );
  }
  if (etat === 'REALISEE' && CATEGORIE_ENTREE[p.type] !== undefined) {
    throw new ErreurMetier(
      'CONFLIT',
      "Enregistrez l'entrée (la situation) : c'est elle qui marque l'orientation réalisée.",
      { etat: "Passe par « Enregistrer l'entrée »." },
    );
  }
  verifierDateEtat(ctx, p, dateEtat, 'dateEtat');
  ctx.db.transaction(() => appliquerEtat(ctx, p, etat, dateEtat));
  return versProposition(lireOuEchouer(ctx, id));
}

/**
 * "Enregistrer l'entrée": creates the situation the orientation led to (linked to it and to its
 * partner) and marks it REALISEE on the entry date, in one transaction.
 */
export function enregistrerEntree(
  ctx: Contexte,
  { id, situation }: EntreeValidee<'propositions:enregistrerEntree'>,
): Proposition {
  const p = lireOuEchouer(ctx, id);
  const categorie = CATEGORIE_ENTREE[p.type];
  if (!entreePossible(p) || categorie === undefined) {
    throw new ErreurMetier(
      'CONFLIT',
      categorie === undefined
        ? `Une orientation « ${TYPES_PROPOSITION.libelles[p.type].toLowerCase()} » ne mène pas à une situation : passez-la directement à « réalisée ».`
        : "L'entrée s'enregistre quand le partenaire a retenu le jeune (état « retenue par le partenaire »).",
    );
  }
  if (situation.categorie !== categorie) {
    throw erreurDeChamps({
      categorie: `« ${CATEGORIES_SITUATION.libelles[categorie]} » attendu pour cette orientation.`,
    });
  }
  if (situation.dateDebut < p.date)
    throw erreurDeChamps({ dateDebut: `antérieure à l'orientation (${formaterDate(p.date)}).` });
  verifierDateEtat(ctx, p, situation.dateDebut, 'dateDebut');
  ctx.db.transaction(() => {
    creer(
      ctx,
      SITUATION,
      p.jeuneId,
      { ...situation, partenaireId: situation.partenaireId ?? p.partenaireId },
      { propositionId: p.id },
    );
    appliquerEtat(ctx, p, 'REALISEE', situation.dateDebut);
  });
  return versProposition(lireOuEchouer(ctx, id));
}

export function modifierProposition(ctx: Contexte, e: EntreeValidee<'propositions:modifier'>): Proposition {
  return modifier(ctx, PROPOSITION, e.id, e.saisie);
}

export function creerProposition(ctx: Contexte, e: EntreeValidee<'propositions:creer'>): Proposition {
  return creer(ctx, PROPOSITION, e.jeuneId, e.saisie);
}

/** Open orientations with no news for `jours` days or more (oldest first): the adviser's follow-ups. */
export function propositionsEnAttente(ctx: Contexte, { conseillerId, jours }: EntreeValidee<'propositions:enAttente'>) {
  const aujourdhui = dateLocale(ctx.maintenant());
  const enAttente = ETATS_OUVERTS.filter((e) => e !== 'RETENUE');
  return propositionsSansNouvelles(ctx.db, enAttente, ajouterJours(aujourdhui, -jours), conseillerId).map((l) => ({
    ...versProposition(l),
    jeuneNom: l.jeuneNom,
    jeunePrenom: l.jeunePrenom,
    joursAttente: Math.round((Date.parse(aujourdhui) - Date.parse(l.dateEtat)) / 86_400_000),
  }));
}
