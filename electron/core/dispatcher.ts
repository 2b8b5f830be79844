/**
 * The trust boundary: every call, from IPC or HTTP, goes through `dispatch`, which validates the
 * input against the contract, runs the handler and always answers an envelope — never a throw.
 */
import type { z } from 'zod';
import { CANAUX, CONTRAT } from './contract';
import type { Canal, EntreeValidee, ErreurApi, Reponse, Sortie } from './contract';
import { ErreurMetier, libellesDuCanal, messagesDeChamps, resumerChamps } from './erreurs';

export type Gestionnaires = { [C in Canal]: (entree: EntreeValidee<C>) => Sortie<C> | Promise<Sortie<C>> };

/** Where technical failures are reported: a channel name and an error, never the input's values. */
export type Journal = (message: string, erreur?: unknown) => void;

/** The record being edited travels as `saisie` (or `situation` for an entry): paths are relative to it. */
const ENVELOPPES_SAISIE: readonly PropertyKey[] = ['saisie', 'situation'];

function cheminChamp(chemin: readonly PropertyKey[]): string {
  const parties = ENVELOPPES_SAISIE.includes(chemin[0] ?? '') ? chemin.slice(1) : chemin;
  return parties.map(String).join('.');
}

function erreurValidation(canal: string, issues: readonly z.core.$ZodIssue[]): ErreurApi {
  const champs: Record<string, string> = {};
  for (const issue of issues) champs[cheminChamp(issue.path)] ??= issue.message;
  return {
    code: 'VALIDATION',
    message: resumerChamps(champs, libellesDuCanal(canal)),
    champs: messagesDeChamps(champs),
  };
}

function estCanal(canal: string): canal is Canal {
  return (CANAUX as readonly string[]).includes(canal);
}

/** Validates a channel's input as `dispatch` would, without running anything. */
export function validerEntree<C extends Canal>(canal: C, entree: unknown): Reponse<EntreeValidee<C>> {
  const valide = CONTRAT[canal].entree.safeParse(entree ?? {});
  return valide.success
    ? { ok: true, valeur: valide.data as EntreeValidee<C> }
    : { ok: false, erreur: erreurValidation(canal, valide.error.issues) };
}

export interface Dispatcher {
  dispatch(canal: string, entree: unknown): Promise<Reponse<unknown>>;
}

/** Refuses a call before its handler runs (no session, locked, role); null lets it through. */
export type Garde = (canal: Canal) => ErreurApi | null;

export function creerDispatcher(gestionnaires: Gestionnaires, journal: Journal, garde: Garde = () => null): Dispatcher {
  async function dispatch(canal: string, entree: unknown): Promise<Reponse<unknown>> {
    if (!estCanal(canal)) {
      return { ok: false, erreur: { code: 'CANAL_INCONNU', message: `Opération inconnue : ${canal.slice(0, 60)}.` } };
    }
    const refus = garde(canal);
    if (refus) return { ok: false, erreur: refus };
    const valide = validerEntree(canal, entree);
    if (!valide.ok) return valide;
    try {
      const gestionnaire = gestionnaires[canal] as (e: unknown) => unknown;
      const valeur = await gestionnaire(valide.valeur);
      return { ok: true, valeur: CONTRAT[canal].sortie.parse(valeur) };
    } catch (e) {
      if (e instanceof ErreurMetier) {
        const message =
          e.code === 'VALIDATION' && e.champs ? resumerChamps(e.champs, libellesDuCanal(canal)) : e.message;
        return {
          ok: false,
          erreur: { code: e.code, message, ...(e.champs ? { champs: messagesDeChamps(e.champs) } : {}) },
        };
      }
      journal(`Échec de l'opération ${canal}`, e);
      return {
        ok: false,
        erreur: {
          code: 'INTERNE',
          message: "L'opération a échoué à cause d'une erreur interne ; rien n'a été enregistré.",
        },
      };
    }
  }
  return { dispatch };
}
