/** Use cases of the Mission Locale's identity, sites and advisers. */
import type { EntreeValidee, EtatStructure, Sortie } from '../contract';
import {
  conseillerParLogin,
  enregistrerStructure,
  insererConseiller,
  insererSite,
  listerConseillers,
  listerSites,
  lireStructure,
  siteParCode,
} from '../../../db/repositories/structure';
import type { Contexte } from '../contexte';
import { normaliser } from '../domain/texte';
import { ErreurMetier } from '../erreurs';
import { journaliser } from './audit';
import { motDePasseValide } from './session';

export function lireEtatStructure({ db }: Contexte): EtatStructure {
  const ligne = lireStructure(db);
  return {
    structure: ligne ? { code: ligne.code, nom: ligne.nom, siret: ligne.siret } : null,
    sites: listerSites(db),
    // Explicit fields: the password hash and the failure counters never leave the core.
    conseillers: listerConseillers(db).map(({ id, login, nom, prenom, role, actif }) => ({
      id,
      login,
      nom,
      prenom,
      role,
      actif,
    })),
  };
}

/**
 * Sets the structure's identity (first run, or `init` again). A database belongs to one Mission
 * Locale: another code is refused, the same code may update the name and SIRET.
 */
export function initialiserStructure(ctx: Contexte, entree: EntreeValidee<'structure:initialiser'>): EtatStructure {
  ctx.db.transaction(() => {
    const existante = lireStructure(ctx.db);
    if (existante && existante.code !== entree.code) {
      throw new ErreurMetier(
        'CONFLIT',
        `Cette base appartient déjà à la structure ${existante.code} (${existante.nom}) : elle ne peut pas devenir ${entree.code}.`,
        { code: `Base déjà attribuée à ${existante.code}.` },
      );
    }
    enregistrerStructure(ctx.db, {
      code: entree.code,
      nom: entree.nom,
      siret: entree.siret,
      creeLe: existante?.creeLe ?? ctx.maintenant().getTime(),
    });
    if (listerSites(ctx.db).length === 0) {
      insererSite(ctx.db, {
        id: ctx.nouvelId(),
        code: codeLibre(ctx, entree.siteSiege),
        libelle: entree.siteSiege,
        type: 'SIEGE',
      });
    }
  });
  return lireEtatStructure(ctx);
}

/** A site code derived from its name (SIEGE-BORDEAUX…), made unique with a number if needed. */
function codeLibre(ctx: Contexte, libelle: string): string {
  const base = normaliser(libelle).toUpperCase().replace(/ /g, '-').slice(0, 30) || 'SITE';
  let code = base;
  for (let n = 2; siteParCode(ctx.db, code); n++) code = `${base}-${n}`;
  return code;
}

export function creerSite(ctx: Contexte, entree: EntreeValidee<'sites:creer'>): Sortie<'sites:creer'> {
  const site = {
    id: ctx.nouvelId(),
    code: codeLibre(ctx, entree.libelle),
    libelle: entree.libelle,
    type: entree.type,
    actif: true,
  };
  insererSite(ctx.db, site);
  return site;
}

/** A staff account (ADMIN); with a password it can log in at once. */
export async function creerConseiller(
  ctx: Contexte,
  { motDePasse, ...entree }: EntreeValidee<'conseillers:creer'>,
): Promise<Sortie<'conseillers:creer'>> {
  if (conseillerParLogin(ctx.db, entree.login)) {
    throw new ErreurMetier('CONFLIT', `Identifiant : « ${entree.login} » est déjà utilisé.`, {
      login: 'Déjà utilisé.',
    });
  }
  const empreinte = motDePasse === null ? null : await motDePasseValide(ctx, motDePasse, entree.login, 'motDePasse');
  const conseiller = { id: ctx.nouvelId(), ...entree, actif: true };
  ctx.db.transaction(() => {
    insererConseiller(ctx.db, { ...conseiller, motDePasse: empreinte });
    journaliser(ctx.db, ctx.maintenant().getTime(), {
      action: 'DROITS',
      utilisateurId: ctx.auteurId,
      objet: `COMPTE ${entree.login} ${entree.role}`,
    });
  });
  return conseiller;
}
