import type { ErreurApi } from '../../../../electron/core/contract';

/**
 * The core's summary of a refusal names the fields of the session and account channels by their
 * path (« administrateur.motDePasse : … », « nouveau : … »): until it labels them itself, the
 * screens put the French labels back.
 */
export function nommerChamps(erreur: ErreurApi, libelles: Readonly<Record<string, string>>): ErreurApi {
  const message = Object.keys(erreur.champs ?? {}).reduce((texte, chemin) => {
    const libelle = libelles[chemin];
    return libelle ? texte.replaceAll(`${chemin} :`, `${libelle} :`) : texte;
  }, erreur.message);
  return { ...erreur, message };
}
