/**
 * Retention (docs/choix-domaine.md « Conservation ») and the young person's rights: DIRECTION reviews
 * the files due, archives or anonymises them, and erases a file on request. Anonymisation and erasure
 * ask for the director's password again; every action is audited (ids only).
 */
import type { EntreeValidee } from '../contract';
import { anonymiserJeune, candidatsConservation, effacerJeune } from '../../../db/repositories/conservation';
import { ajouterHistorique, jeuneParId, mettreAJourJeune } from '../../../db/repositories/jeunes';
import type { Contexte } from '../contexte';
import { AGE_LIMITE, JOURS_SANS_CONTACT, raisonsConservation } from '../domain/conservation';
import { ajouterJours, ajouterMois, dateLocale } from '../domain/dates';
import { cleTri } from '../domain/jeune';
import { ErreurMetier } from '../erreurs';
import { journaliser } from './audit';
import { reauthentifier } from './session';

/** What an anonymised file is called in lists, « Dossier anonymisé » (it keeps no name). */
export const NOM_ANONYMISE = { prenom: 'Dossier', nom: 'anonymisé' };

export function fileConservation(ctx: Contexte) {
  const aujourdhui = dateLocale(ctx.maintenant());
  // SQL narrows to candidates (the birth bound one day wide for 29 February); the domain rule decides.
  const candidats = candidatsConservation(ctx.db, {
    contactAvant: ajouterJours(aujourdhui, -JOURS_SANS_CONTACT),
    naissanceAvant: ajouterJours(ajouterMois(aujourdhui, -12 * AGE_LIMITE), 1),
  });
  return candidats
    .map((c) => ({ ...c, raisons: raisonsConservation(c, aujourdhui) }))
    .filter((c) => c.raisons.length > 0);
}

function jeunesOuEchouer(ctx: Contexte, ids: readonly string[]) {
  return ids.map((id) => {
    const j = jeuneParId(ctx.db, id);
    if (!j) throw new ErreurMetier('INTROUVABLE', "Un des dossiers choisis n'existe pas (ou plus).");
    return j;
  });
}

/** A status set by a retention action: one history line and one audit entry (ids only). */
function noterStatut(
  ctx: Contexte,
  jeuneId: string,
  avant: string | null,
  apres: 'ARCHIVE' | 'ANONYMISE',
  action: 'ARCHIVAGE' | 'ANONYMISATION',
  instant: number,
): void {
  ajouterHistorique(ctx.db, [
    {
      id: ctx.nouvelId(),
      jeuneId,
      horodatage: instant,
      auteurId: ctx.auteurId,
      entite: 'JEUNE',
      entiteId: jeuneId,
      action: 'MODIFICATION',
      champ: 'statut',
      ancienneValeur: avant,
      nouvelleValeur: apres,
    },
  ]);
  journaliser(ctx.db, instant, { action, utilisateurId: ctx.auteurId, jeuneId, objet: `JEUNE ${jeuneId}` });
}

export function archiverJeunes(ctx: Contexte, { ids }: EntreeValidee<'conservation:archiver'>) {
  const jeunes = jeunesOuEchouer(ctx, ids);
  const instant = ctx.maintenant().getTime();
  ctx.db.transaction(() => {
    for (const j of jeunes.filter((j) => j.statut !== 'ARCHIVE' && j.statut !== 'ANONYMISE')) {
      mettreAJourJeune(ctx.db, j.id, { statut: 'ARCHIVE', modifieLe: instant });
      noterStatut(ctx, j.id, j.statut, 'ARCHIVE', 'ARCHIVAGE', instant);
    }
  });
  return { archives: jeunes.length };
}

export async function anonymiserJeunes(ctx: Contexte, { ids, motDePasse }: EntreeValidee<'conservation:anonymiser'>) {
  await reauthentifier(ctx, motDePasse);
  const jeunes = jeunesOuEchouer(ctx, ids);
  const instant = ctx.maintenant().getTime();
  const nom = { ...NOM_ANONYMISE, tri: cleTri({ ...NOM_ANONYMISE, nomUsage: null }) };
  ctx.db.transaction(() => {
    for (const j of jeunes.filter((j) => j.statut !== 'ANONYMISE')) {
      anonymiserJeune(ctx.db, j.id, nom, instant);
      // The former status goes with the rest of the history: only the anonymisation remains.
      noterStatut(ctx, j.id, null, 'ANONYMISE', 'ANONYMISATION', instant);
    }
  });
  // Freed pages are zeroed (secure_delete); the checkpoint also clears the old values from the WAL.
  ctx.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  return { anonymises: jeunes.length };
}

/** Erasure on request (RGPD art. 17): the file and all its records; the audit keeps that it happened. */
export async function effacerUnJeune(ctx: Contexte, { id, motDePasse }: EntreeValidee<'jeunes:effacer'>) {
  await reauthentifier(ctx, motDePasse);
  jeunesOuEchouer(ctx, [id]);
  const instant = ctx.maintenant().getTime();
  ctx.db.transaction(() => {
    effacerJeune(ctx.db, id);
    journaliser(ctx.db, instant, {
      action: 'EFFACEMENT',
      utilisateurId: ctx.auteurId,
      jeuneId: id,
      objet: `JEUNE ${id}`,
    });
  });
  ctx.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  return { id };
}
