/** Form values of the orientation dialogs, prefilled from what is already known. Pure. */
import type {
  EtatStructure,
  Jeune,
  Partenaire,
  Proposition,
  propositionSaisieSchema,
  situationSaisieSchema,
} from '../../../../electron/core/contract';
import { SOUS_TYPES_PAR_CATEGORIE } from '../../../../electron/core/domain/codes';
import type { DateIso } from '../../../../electron/core/domain/dates';
import { CATEGORIE_ENTREE } from '../../../../electron/core/domain/orientation';
import type { Valeurs } from '../suivi/definition';

export type ValeursOrientation = Valeurs<typeof propositionSaisieSchema>;
export type ValeursEntree = Valeurs<typeof situationSaisieSchema>;

/** A new orientation: today, by the youth's référent·e when still active. */
export function nouvelleOrientation({
  jeune,
  etat,
  aujourdhui,
}: {
  jeune: Pick<Jeune, 'referentId'>;
  etat: Pick<EtatStructure, 'conseillers'>;
  aujourdhui: DateIso;
}): ValeursOrientation {
  const referentActif = etat.conseillers.some((c) => c.id === jeune.referentId && c.actif);
  return {
    date: aujourdhui,
    type: '',
    partenaireId: '',
    sessionId: '',
    offreId: '',
    intitule: '',
    motif: '',
    conseillerId: referentActif ? (jeune.referentId ?? '') : '',
  };
}

/**
 * The entry's start: the session's or offer's planned start when it is already past (and not before
 * the orientation's current state), today otherwise — the server refuses an entry in the future.
 */
export function dateEntreeParDefaut(debutPrevu: DateIso | null, dateEtat: DateIso, aujourdhui: DateIso): DateIso {
  return debutPrevu !== null && debutPrevu >= dateEtat && debutPrevu <= aujourdhui ? debutPrevu : aujourdhui;
}

/**
 * « Enregistrer l’entrée »: the situation of the category the orientation leads to, prefilled from its
 * session (title, dates, financeur) or offer (title, dates); the sub-type when the type names it.
 */
export function valeursEntree(p: Proposition, partenaire: Partenaire | null, aujourdhui: DateIso): ValeursEntree {
  const categorie = CATEGORIE_ENTREE[p.type];
  const sousTypes: readonly string[] = categorie ? SOUS_TYPES_PAR_CATEGORIE[categorie] : [];
  const session = partenaire?.sessions.find((s) => s.id === p.sessionId);
  const offre = partenaire?.offres.find((o) => o.id === p.offreId);
  const cible = session ?? offre;
  return {
    categorie: categorie ?? '',
    sousType: sousTypes.includes(p.type) ? p.type : '',
    dateDebut: dateEntreeParDefaut(cible?.dateDebut ?? null, p.dateEtat, aujourdhui),
    dateFinPrevue: cible?.dateFin ?? '',
    dateFin: '',
    partenaireId: p.partenaireId ?? '',
    partenaire: '',
    intitule: cible?.intitule ?? p.intitule ?? '',
    financeur: categorie === 'FOR' ? (session?.financeur ?? '') : '',
  };
}
