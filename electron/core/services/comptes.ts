/** Accounts administration (ADMIN, DIRECTION) and sensitive-access grants (DIRECTION). */
import type { Compte, EntreeValidee } from '../contract';
import { conseillerParId, listerConseillers, type LigneConseiller } from '../../../db/repositories/structure';
import {
  accorderAutorisation,
  autorisationExiste,
  autorisationsDuJeune,
  mettreAJourCompte,
  retirerAutorisation,
} from '../../../db/repositories/securite';
import { jeuneParId } from '../../../db/repositories/jeunes';
import type { Contexte } from '../contexte';
import { ErreurMetier } from '../erreurs';
import { journaliser } from './audit';
import { motDePasseValide } from './session';

function versCompte(c: LigneConseiller): Compte {
  return {
    id: c.id,
    login: c.login,
    nom: c.nom,
    prenom: c.prenom,
    role: c.role,
    actif: c.actif,
    bloque: c.bloque,
    aMotDePasse: c.motDePasse !== null,
  };
}

function compteOuEchouer(ctx: Contexte, id: string): LigneConseiller {
  const c = conseillerParId(ctx.db, id);
  if (!c) throw new ErreurMetier('INTROUVABLE', "Ce compte n'existe pas (ou plus).");
  return c;
}

function auditerDroits(ctx: Contexte, objet: string, jeuneId: string | null = null): void {
  journaliser(ctx.db, ctx.maintenant().getTime(), { action: 'DROITS', utilisateurId: ctx.auteurId, jeuneId, objet });
}

export function listerComptes(ctx: Contexte): Compte[] {
  return listerConseillers(ctx.db).map(versCompte);
}

export function debloquerCompte(ctx: Contexte, { id }: EntreeValidee<'comptes:debloquer'>): Compte {
  const c = compteOuEchouer(ctx, id);
  ctx.db.transaction(() => {
    mettreAJourCompte(ctx.db, id, { bloque: false, echecs: 0, dernierEchec: null });
    auditerDroits(ctx, `COMPTE ${c.login} débloqué`);
  });
  return versCompte(compteOuEchouer(ctx, id));
}

export async function definirMotDePasse(
  ctx: Contexte,
  { id, motDePasse }: EntreeValidee<'comptes:definirMotDePasse'>,
): Promise<Compte> {
  const c = compteOuEchouer(ctx, id);
  const empreinte = await motDePasseValide(ctx, motDePasse, c.login, 'motDePasse');
  ctx.db.transaction(() => {
    mettreAJourCompte(ctx.db, id, { motDePasse: empreinte, bloque: false, echecs: 0, dernierEchec: null });
    auditerDroits(ctx, `COMPTE ${c.login} mot de passe défini`);
  });
  return versCompte(compteOuEchouer(ctx, id));
}

/**
 * Sensitive details (health, handicap, screening): DIRECTION always; a CONSEILLER for the youths they
 * follow or were granted; ACCUEIL and ADMIN never.
 */
export function peutVoirSensible(ctx: Contexte, jeuneId: string): boolean {
  const u = ctx.session.utilisateur;
  if (ctx.systeme || u?.role === 'DIRECTION') return true;
  if (u?.role !== 'CONSEILLER') return false;
  return jeuneParId(ctx.db, jeuneId)?.referentId === u.id || autorisationExiste(ctx.db, u.id, jeuneId);
}

export function exigerAccesSensible(ctx: Contexte, jeuneId: string): void {
  if (!peutVoirSensible(ctx, jeuneId)) {
    throw new ErreurMetier(
      'INTERDIT',
      'Les informations sensibles de ce dossier sont réservées à son ou sa référent·e et à la direction (qui peut vous en donner l’accès).',
    );
  }
}

export function accorderAcces(ctx: Contexte, { conseillerId, jeuneId }: EntreeValidee<'acces:accorder'>) {
  const c = compteOuEchouer(ctx, conseillerId);
  if (c.role !== 'CONSEILLER')
    throw new ErreurMetier('CONFLIT', 'Seul un conseiller ou une conseillère reçoit un accès à un dossier.');
  if (!jeuneParId(ctx.db, jeuneId)) throw new ErreurMetier('INTROUVABLE', "Ce dossier n'existe pas (ou plus).");
  ctx.db.transaction(() => {
    accorderAutorisation(ctx.db, {
      id: ctx.nouvelId(),
      conseillerId,
      jeuneId,
      accordeePar: ctx.auteurId,
      accordeeLe: ctx.maintenant().getTime(),
    });
    auditerDroits(ctx, `ACCES_SENSIBLE accordé à ${c.login}`, jeuneId);
  });
  return listerAcces(ctx, { jeuneId });
}

export function retirerAcces(ctx: Contexte, { conseillerId, jeuneId }: EntreeValidee<'acces:retirer'>) {
  const c = compteOuEchouer(ctx, conseillerId);
  ctx.db.transaction(() => {
    retirerAutorisation(ctx.db, conseillerId, jeuneId);
    auditerDroits(ctx, `ACCES_SENSIBLE retiré à ${c.login}`, jeuneId);
  });
  return listerAcces(ctx, { jeuneId });
}

export function listerAcces(ctx: Contexte, { jeuneId }: EntreeValidee<'acces:lister'>) {
  return autorisationsDuJeune(ctx.db, jeuneId).map(({ accordeePar, ...a }) => {
    const par = accordeePar ? conseillerParId(ctx.db, accordeePar) : undefined;
    return { ...a, accordeeParNom: par ? `${par.prenom} ${par.nom}` : null };
  });
}
