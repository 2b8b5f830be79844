/**
 * The life cycle shared by every record of a youth file (events, situations, programmes, barriers,
 * aids, orientations): create, edit, delete, each recorded in the file's history. A kind of record
 * only describes what differs — its fields, its extra checks, its summary, its output.
 */
import { ajouterHistorique, jeuneParId } from '../../../db/repositories/jeunes';
import {
  elementParId,
  insererElement,
  mettreAJourElement,
  supprimerElement,
  type LigneSuivi,
  type TableSuivi,
} from '../../../db/repositories/suivi';
import type { Contexte } from '../contexte';
import { differences, type EntiteHistorique, type ValeurChamp } from '../domain/historique';
import { ErreurMetier } from '../erreurs';
import { auditerDossier } from './audit';

/** What differs between kinds of record. */
export interface Sorte<T extends TableSuivi, Saisie, Sortie> {
  entite: EntiteHistorique;
  table: T;
  /** « Ce contact », « Cette situation »… for messages. */
  designation: string;
  /** Stored fields, in the order the history lists them. */
  champs: readonly (keyof LigneSuivi<T> & string)[];
  /** Fields whose content the history never copies (it says that they changed, not to what). */
  champsConfidentiels?: readonly (keyof LigneSuivi<T> & string)[];
  versColonnes(saisie: Saisie): Partial<T['$inferInsert']>;
  /** Columns set at creation only (an orientation starts PROPOSEE). */
  valeursInitiales?(saisie: Saisie): Partial<T['$inferInsert']>;
  /** Checks that need the database (references, overlaps); `id` is set when editing. */
  verifier?(ctx: Contexte, jeuneId: string, saisie: Saisie, id: string | null): void;
  /** One French line for the history (never the internal comment). */
  resumer(ligne: LigneSuivi<T>): string;
  lire(ctx: Contexte, id: string): Sortie;
  /** Refuses a deletion that would break a link (throws an ErreurMetier). */
  avantSuppression?(ctx: Contexte, ligne: LigneSuivi<T>): void;
}

/** What the history shows in place of a confidential field's content. */
export const VALEUR_CONFIDENTIELLE = '(contenu confidentiel)';

export function introuvable(designation: string): ErreurMetier {
  return new ErreurMetier('INTROUVABLE', `${designation} n'existe pas (ou plus).`);
}

export function ligneOuEchouer<T extends TableSuivi>(
  ctx: Contexte,
  sorte: Sorte<T, unknown, unknown>,
  id: string,
): LigneSuivi<T> {
  const ligne = elementParId(ctx.db, sorte.table, id);
  if (!ligne) throw introuvable(sorte.designation);
  return ligne;
}

export function entreeHistorique(
  ctx: Contexte,
  jeuneId: string,
  entite: EntiteHistorique,
  entiteId: string,
  instant: number,
) {
  return { id: ctx.nouvelId(), jeuneId, horodatage: instant, auteurId: ctx.auteurId, entite, entiteId };
}

export function creer<T extends TableSuivi, S, O>(
  ctx: Contexte,
  sorte: Sorte<T, S, O>,
  jeuneId: string,
  saisie: S,
  /** Links set by the caller's use case (e.g. the orientation an entry records). */
  liens: Partial<T['$inferInsert']> = {},
): O {
  if (!jeuneParId(ctx.db, jeuneId)) throw new ErreurMetier('INTROUVABLE', "Ce dossier n'existe pas (ou plus).");
  sorte.verifier?.(ctx, jeuneId, saisie, null);
  const id = ctx.nouvelId();
  const instant = ctx.maintenant().getTime();
  ctx.db.transaction(() => {
    insererElement(ctx.db, sorte.table, {
      id,
      jeuneId,
      ...sorte.versColonnes(saisie),
      ...sorte.valeursInitiales?.(saisie),
      ...liens,
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
    auditerDossier(ctx.db, instant, ctx.auteurId, 'CREATION', jeuneId, `${sorte.entite} ${id}`);
  });
  return sorte.lire(ctx, id);
}

export function modifier<T extends TableSuivi, S, O>(ctx: Contexte, sorte: Sorte<T, S, O>, id: string, saisie: S): O {
  const avant = ligneOuEchouer(ctx, sorte, id);
  sorte.verifier?.(ctx, avant.jeuneId, saisie, id);
  const apres = { ...avant, ...sorte.versColonnes(saisie) } as LigneSuivi<T>;
  const masquer = (champ: string, valeur: string | null) =>
    valeur !== null && sorte.champsConfidentiels?.includes(champ as never) ? VALEUR_CONFIDENTIELLE : valeur;
  const changes = differences<string>(
    avant as unknown as Record<string, ValeurChamp>,
    apres as unknown as Record<string, ValeurChamp>,
    sorte.champs,
  ).map((d) => ({ ...d, ancienne: masquer(d.champ, d.ancienne), nouvelle: masquer(d.champ, d.nouvelle) }));
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
      auditerDossier(ctx.db, instant, ctx.auteurId, 'MODIFICATION', avant.jeuneId, `${sorte.entite} ${id}`);
    });
  }
  return sorte.lire(ctx, id);
}

export function supprimer<T extends TableSuivi>(
  ctx: Contexte,
  sorte: Sorte<T, unknown, unknown>,
  id: string,
): { id: string } {
  const avant = ligneOuEchouer(ctx, sorte, id);
  sorte.avantSuppression?.(ctx, avant);
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
    auditerDossier(ctx.db, instant, ctx.auteurId, 'SUPPRESSION', avant.jeuneId, `${sorte.entite} ${id}`);
  });
  return { id };
}

/** The channels' handlers of a kind of record, built from its description. */
export function operations<T extends TableSuivi, S, O>(ctx: Contexte, sorte: Sorte<T, S, O>) {
  return {
    creer: (e: { jeuneId: string; saisie: S }) => creer(ctx, sorte, e.jeuneId, e.saisie),
    modifier: (e: { id: string; saisie: S }) => modifier(ctx, sorte, e.id, e.saisie),
    supprimer: (e: { id: string }) => supprimer(ctx, sorte as Sorte<T, unknown, unknown>, e.id),
  };
}
