/** The advisers' guidance for each screening domain: Tremplin's text, or the office's own (DIRECTION). */
import type { EntreeValidee, GuideReperage } from '../contract';
import { conseillerParId } from '../../../db/repositories/structure';
import { ecrireParametre, lireParametre, supprimerParametre } from '../../../db/repositories/securite';
import type { Contexte } from '../contexte';
import { DOMAINES_REPERAGE, type DomaineReperage } from '../domain/codes';
import { GUIDES_REPERAGE_PAR_DEFAUT } from '../domain/guides-reperage';

const cle = (domaine: DomaineReperage) => `reperage.guide.${domaine}`;

interface GuideEnregistre {
  texte: string;
  modifieLe: number;
  modifiePar: string | null;
}

function lireGuide(ctx: Contexte, domaine: DomaineReperage): GuideReperage {
  const brut = lireParametre(ctx.db, cle(domaine));
  if (brut === undefined) {
    return {
      domaine,
      texte: GUIDES_REPERAGE_PAR_DEFAUT[domaine],
      parDefaut: true,
      modifieLe: null,
      modifieParNom: null,
    };
  }
  const guide = JSON.parse(brut) as GuideEnregistre;
  const auteur = guide.modifiePar ? conseillerParId(ctx.db, guide.modifiePar) : undefined;
  return {
    domaine,
    texte: guide.texte,
    parDefaut: false,
    modifieLe: guide.modifieLe,
    modifieParNom: auteur ? `${auteur.prenom} ${auteur.nom}` : null,
  };
}

export function lireGuides(ctx: Contexte): GuideReperage[] {
  return DOMAINES_REPERAGE.codes.map((d) => lireGuide(ctx, d));
}

export function modifierGuide(ctx: Contexte, { domaine, texte }: EntreeValidee<'reperages:modifierGuide'>) {
  if (texte === null) supprimerParametre(ctx.db, cle(domaine));
  else {
    const guide: GuideEnregistre = { texte, modifieLe: ctx.maintenant().getTime(), modifiePar: ctx.auteurId };
    ecrireParametre(ctx.db, cle(domaine), JSON.stringify(guide));
  }
  return lireGuide(ctx, domaine);
}
