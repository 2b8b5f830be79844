/** How an orientation is shown: with the states it may move to and whether its entry can be recorded. */
import type { Proposition } from '../contract';
import type { LigneProposition } from '../../../db/repositories/propositions';
import type { EtatProposition } from '../domain/codes';
import { CATEGORIE_ENTREE, transitionsPossibles } from '../domain/orientation';

/** The entry of an orientation is recorded as its situation once the partner retained the youth. */
export function entreePossible(p: Pick<LigneProposition, 'etat' | 'type'>): boolean {
  return p.etat === 'RETENUE' && CATEGORIE_ENTREE[p.type] !== undefined;
}

/** Realising an orientation that leads to a situation goes through its entry, never a bare state change. */
function etatsPossibles(p: Pick<LigneProposition, 'etat' | 'type'>): EtatProposition[] {
  return transitionsPossibles(p.etat).filter((e) => e !== 'REALISEE' || CATEGORIE_ENTREE[p.type] === undefined);
}

export function versProposition(l: LigneProposition): Proposition {
  return {
    id: l.id,
    jeuneId: l.jeuneId,
    date: l.date,
    type: l.type,
    partenaireId: l.partenaireId,
    sessionId: l.sessionId,
    offreId: l.offreId,
    intitule: l.intitule,
    motif: l.motif,
    conseillerId: l.conseillerId,
    etat: l.etat,
    dateEtat: l.dateEtat,
    partenaireNom: l.partenaireNom,
    sessionIntitule: l.sessionIntitule,
    offreIntitule: l.offreIntitule,
    conseillerNom: l.conseillerNom,
    situationId: l.situationId,
    etatsPossibles: etatsPossibles(l),
    entreePossible: entreePossible(l),
  };
}
