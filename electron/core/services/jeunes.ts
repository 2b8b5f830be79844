/** Use cases of the youth file: create, edit, change status, read, history, duplicates. */
import type { ChampJeune, EntreeHistorique, EntreeValidee, Jeune, JeuneLigne, JeuneSaisie } from '../contract';
import {
  ajouterHistorique,
  historiqueDuJeune,
  indexerMots,
  insererJeune,
  jeuneDetailParId,
  jeuneParId,
  jeunesNesLe,
  mettreAJourJeune,
  type LigneJeune,
} from '../../../db/repositories/jeunes';
import { conseillerParId, siteParId } from '../../../db/repositories/structure';
import type { Contexte } from '../contexte';
import { dateLocale } from '../domain/dates';
import { differences } from '../domain/historique';
import { cleTri, estDoublonProbable, motsRecherche } from '../domain/jeune';
import { erreurDeChamps, ErreurMetier } from '../erreurs';
import { auditerDossier } from './audit';
import { peutVoirSensible } from './comptes';
import { idsSensibles } from './sensible';

/** Fields an adviser edits, in the order the history lists them. */
const CHAMPS_SAISIE = [
  'nom',
  'nomUsage',
  'prenom',
  'sexe',
  'dateNaissance',
  'datePremierAccueil',
  'niveauFormation',
  'qpv',
  'zrr',
  'telephone',
  'email',
  'adresse',
  'codePostal',
  'commune',
  'siteId',
  'referentId',
  'dateInformationRgpd',
] as const satisfies readonly ChampJeune[];

function versJeune(ligne: NonNullable<ReturnType<typeof jeuneDetailParId>>): Jeune {
  const { nomTri: _t, ...jeune } = ligne;
  return jeune;
}

function lireOuEchouer(ctx: Contexte, id: string): Jeune {
  const ligne = jeuneDetailParId(ctx.db, id);
  if (!ligne) throw new ErreurMetier('INTROUVABLE', "Ce dossier n'existe pas (ou plus).");
  return versJeune(ligne);
}

/** Checks what the schema cannot know: today's date, and that the site and adviser exist. */
function verifierSaisie(ctx: Contexte, saisie: JeuneSaisie): void {
  const champs: Record<string, string> = {};
  if (saisie.datePremierAccueil > dateLocale(ctx.maintenant()))
    champs.datePremierAccueil = 'ne peut pas être dans le futur.';
  if (saisie.siteId && !siteParId(ctx.db, saisie.siteId)) champs.siteId = 'site inconnu.';
  if (saisie.referentId && !conseillerParId(ctx.db, saisie.referentId)) champs.referentId = 'conseiller·ère inconnu·e.';
  if (Object.keys(champs).length > 0) throw erreurDeChamps(champs);
}

export function chercherDoublons(ctx: Contexte, entree: EntreeValidee<'jeunes:doublons'>): JeuneLigne[] {
  return jeunesNesLe(ctx.db, entree.dateNaissance).filter(
    (candidat) => candidat.id !== entree.exclureId && estDoublonProbable(entree, candidat),
  );
}

export function creerJeune(ctx: Contexte, { saisie, confirmerDoublon }: EntreeValidee<'jeunes:creer'>): Jeune {
  verifierSaisie(ctx, saisie);
  const id = ctx.nouvelId();
  ctx.db.transaction(() => {
    if (!confirmerDoublon) {
      const doublons = chercherDoublons(ctx, { ...saisie, exclureId: null });
      if (doublons.length > 0) {
        const liste = doublons.map((d) => `${d.nom.toUpperCase()} ${d.prenom}`).join(', ');
        throw new ErreurMetier(
          'DOUBLON_PROBABLE',
          `Un dossier semblable existe déjà (même date de naissance) : ${liste}. Vérifiez qu'il s'agit d'une autre personne avant de créer ce dossier.`,
        );
      }
    }
    const instant = ctx.maintenant().getTime();
    insererJeune(ctx.db, {
      id,
      ...saisie,
      nomTri: cleTri(saisie),
      statut: 'ACTIF',
      creeLe: instant,
      modifieLe: instant,
    });
    indexerMots(ctx.db, id, motsRecherche(saisie));
    ajouterHistorique(ctx.db, [
      {
        id: ctx.nouvelId(),
        jeuneId: id,
        horodatage: instant,
        auteurId: ctx.auteurId,
        entite: 'JEUNE',
        entiteId: id,
        action: 'CREATION',
      },
    ]);
    auditerDossier(ctx.db, instant, ctx.auteurId, 'CREATION', id, `JEUNE ${id}`);
  });
  return lireOuEchouer(ctx, id);
}

/** Applies changes to a file and records one history entry per changed field, atomically. */
function appliquerChangements(
  ctx: Contexte,
  avant: LigneJeune,
  apres: LigneJeune,
  champs: readonly (keyof LigneJeune & ChampJeune)[],
): void {
  const changes = differences(avant, apres, champs);
  if (changes.length === 0) return;
  const instant = ctx.maintenant().getTime();
  ctx.db.transaction(() => {
    mettreAJourJeune(ctx.db, avant.id, { ...apres, nomTri: cleTri(apres), modifieLe: instant });
    indexerMots(ctx.db, avant.id, motsRecherche(apres));
    ajouterHistorique(
      ctx.db,
      changes.map((d) => ({
        id: ctx.nouvelId(),
        jeuneId: avant.id,
        horodatage: instant,
        auteurId: ctx.auteurId,
        entite: 'JEUNE' as const,
        entiteId: avant.id,
        action: 'MODIFICATION' as const,
        champ: d.champ,
        ancienneValeur: d.ancienne,
        nouvelleValeur: d.nouvelle,
      })),
    );
    auditerDossier(ctx.db, instant, ctx.auteurId, 'MODIFICATION', avant.id, `JEUNE ${avant.id}`);
  });
}

function ligneOuEchouer(ctx: Contexte, id: string): LigneJeune {
  const ligne = jeuneParId(ctx.db, id);
  if (!ligne) throw new ErreurMetier('INTROUVABLE', "Ce dossier n'existe pas (ou plus).");
  return ligne;
}

export function modifierJeune(ctx: Contexte, { id, saisie }: EntreeValidee<'jeunes:modifier'>): Jeune {
  const avant = ligneOuEchouer(ctx, id);
  verifierSaisie(ctx, saisie);
  appliquerChangements(ctx, avant, { ...avant, ...saisie }, CHAMPS_SAISIE);
  return lireOuEchouer(ctx, id);
}

export function changerStatutJeune(ctx: Contexte, { id, statut }: EntreeValidee<'jeunes:changerStatut'>): Jeune {
  const avant = ligneOuEchouer(ctx, id);
  if (avant.statut === 'ARCHIVE' || avant.statut === 'ANONYMISE') {
    throw new ErreurMetier('CONFLIT', 'Ce dossier est archivé ou anonymisé : son statut ne se change pas ici.');
  }
  appliquerChangements(ctx, avant, { ...avant, statut }, ['statut']);
  return lireOuEchouer(ctx, id);
}

export function lireJeune(ctx: Contexte, { id }: EntreeValidee<'jeunes:lire'>): Jeune {
  return lireOuEchouer(ctx, id);
}

export function historiqueJeune(ctx: Contexte, { id }: EntreeValidee<'jeunes:historique'>): EntreeHistorique[] {
  ligneOuEchouer(ctx, id);
  const historique = historiqueDuJeune(ctx.db, id);
  if (peutVoirSensible(ctx, id)) return historique;
  const caches = idsSensibles(ctx, id);
  return historique.filter((h) => !caches.has(h.entiteId));
}
