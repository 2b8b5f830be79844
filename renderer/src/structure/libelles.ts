import type { EtatStructure } from '../../../electron/core/contract';
import { nomConseiller } from '../format';

/** Names of the sites and advisers the API refers to by id (history, selects). */
export function libelleSite(etat: EtatStructure, id: string): string | undefined {
  return etat.sites.find((s) => s.id === id)?.libelle;
}

export function libelleConseiller(etat: EtatStructure, id: string): string | undefined {
  const conseiller = etat.conseillers.find((c) => c.id === id);
  return conseiller && nomConseiller(conseiller);
}

/** Active sites, and the one a record already names even if it has closed since. */
export function optionsSites(etat: EtatStructure, garder?: string) {
  return etat.sites.filter((s) => s.actif || s.id === garder).map((s) => ({ valeur: s.id, libelle: s.libelle }));
}

/** Active advisers, and the one a record already names even if they have left since. */
export function optionsConseillers(etat: EtatStructure, garder?: string) {
  return etat.conseillers
    .filter((c) => c.actif || c.id === garder)
    .map((c) => ({ valeur: c.id, libelle: nomConseiller(c) }));
}
