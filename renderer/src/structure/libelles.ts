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

export function optionsSites(etat: EtatStructure) {
  return etat.sites.filter((s) => s.actif).map((s) => ({ valeur: s.id, libelle: s.libelle }));
}

export function optionsConseillers(etat: EtatStructure) {
  return etat.conseillers.filter((c) => c.actif).map((c) => ({ valeur: c.id, libelle: nomConseiller(c) }));
}
