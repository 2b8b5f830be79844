/** A structure with real accounts for the access-controlled tests: direction, advisers, logins. */
import type { CoreTest } from './core-test';
import { STRUCTURE_TEST } from './fabriques';

export const MDP_TEST = 'une phrase de passe assez longue';

/**
 * Initialises the structure, `admin.ml` (ADMIN), `direction.ml` (DIRECTION, Anne Petit) and the given
 * CONSEILLER logins (named Test <Nom>); leaves DIRECTION logged in. Returns the advisers' ids by login.
 */
export async function preparerComptes(t: CoreTest, conseillers: readonly [login: string, nom: string][] = []) {
  await t.reussir('structure:initialiser', STRUCTURE_TEST);
  await t.reussir('comptes:initialiser', {
    administrateur: { login: 'admin.ml', nom: 'Admin', prenom: 'Alex', motDePasse: MDP_TEST },
    direction: { login: 'direction.ml', nom: 'Petit', prenom: 'Anne', motDePasse: MDP_TEST },
  });
  await connecter(t, 'admin.ml');
  const ids: Record<string, string> = {};
  for (const [login, nom] of conseillers) {
    ids[login] = (
      await t.reussir('conseillers:creer', { login, nom, prenom: 'Test', role: 'CONSEILLER', motDePasse: MDP_TEST })
    ).id;
  }
  await connecter(t, 'direction.ml');
  return ids;
}

export function connecter(t: CoreTest, login: string) {
  return t.reussir('session:ouvrir', { login, motDePasse: MDP_TEST });
}
