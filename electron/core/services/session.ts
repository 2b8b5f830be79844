/**
 * The session of the person at the keyboard: login with throttling and lock-out, idle lock,
 * unlock, logout, first accounts. One session per running core (one window, or one preview).
 */
import type { EntreeValidee, EtatSession, Utilisateur } from '../contract';
import { conseillerParId, conseillerParLogin, insererConseiller } from '../../../db/repositories/structure';
import {
  compterComptesActifs,
  ecrireParametre,
  lireParametre,
  mettreAJourCompte,
} from '../../../db/repositories/securite';
import type { Contexte } from '../contexte';
import type { Role } from '../domain/codes';
import { ECHECS_AVANT_BLOCAGE, etatApresEchecs, estInactif, VERROUILLAGE_DEFAUT_MIN } from '../domain/connexion';
import { erreurDeChamps, ErreurMetier } from '../erreurs';
import { doitRehacher, hacherMotDePasse, problemesMotDePasse, verifierMotDePasse } from '../securite/mots-de-passe';
import { journaliser } from './audit';

/** What the core remembers of who is logged in. */
export interface Session {
  utilisateur: Utilisateur | null;
  verrouillee: boolean;
  derniereActivite: number;
}

export function nouvelleSession(): Session {
  return { utilisateur: null, verrouillee: false, derniereActivite: 0 };
}

const CLE_DELAI = 'session.verrouillage_minutes';

export function delaiVerrouillage(ctx: Contexte): number {
  return Number(lireParametre(ctx.db, CLE_DELAI) ?? VERROUILLAGE_DEFAUT_MIN);
}

export function etatSession(ctx: Contexte): EtatSession {
  return {
    utilisateur: ctx.session.utilisateur,
    verrouillee: ctx.session.verrouillee,
    comptesACreer: compterComptesActifs(ctx.db) === 0,
    delaiVerrouillageMinutes: delaiVerrouillage(ctx),
  };
}

function auditer(
  ctx: Contexte,
  action: Parameters<typeof journaliser>[2]['action'],
  utilisateurId: string | null,
  objet?: string,
): void {
  journaliser(ctx.db, ctx.maintenant().getTime(), { action, utilisateurId, objet: objet ?? null });
}

/** Locks an idle session (checked at each call); true when it is (now) locked. */
export function verrouillerSiInactive(ctx: Contexte): boolean {
  const s = ctx.session;
  if (
    s.utilisateur &&
    !s.verrouillee &&
    estInactif(s.derniereActivite, ctx.maintenant().getTime(), delaiVerrouillage(ctx))
  ) {
    s.verrouillee = true;
    auditer(ctx, 'VERROUILLAGE', s.utilisateur.id, 'inactivité');
  }
  return s.verrouillee;
}

export function noterActivite(ctx: Contexte): void {
  ctx.session.derniereActivite = ctx.maintenant().getTime();
}

function refusConnexion(): ErreurMetier {
  // Same answer for an unknown login and a wrong password: nothing tells which accounts exist.
  return new ErreurMetier('INTERDIT', 'Identifiant ou mot de passe incorrect.', {
    motDePasse: 'Identifiant ou mot de passe incorrect.',
  });
}

/** Checks a password against an account, counting failures (delay from the 3rd, block at the 10th). */
async function controlerMotDePasse(
  ctx: Contexte,
  compteId: string,
  motDePasse: string,
  refus: () => ErreurMetier = refusConnexion,
): Promise<void> {
  const compte = conseillerParId(ctx.db, compteId)!;
  const maintenant = ctx.maintenant().getTime();
  const etat = compte.bloque
    ? ({ bloque: true } as const)
    : etatApresEchecs(compte.echecs, compte.dernierEchec, maintenant);
  if (etat.bloque) {
    throw new ErreurMetier(
      'INTERDIT',
      'Ce compte est bloqué après trop d’échecs : demandez à la direction ou à l’administration de le débloquer.',
    );
  }
  if (etat.attenteMs > 0) {
    throw new ErreurMetier(
      'INTERDIT',
      `Trop d’essais : patientez ${Math.ceil(etat.attenteMs / 1000)} seconde(s) avant de réessayer.`,
    );
  }
  if (await verifierMotDePasse(motDePasse, compte.motDePasse ?? '')) {
    const rehache = doitRehacher(compte.motDePasse!, ctx.parametresScrypt)
      ? await hacherMotDePasse(motDePasse, ctx.parametresScrypt)
      : null;
    mettreAJourCompte(ctx.db, compteId, { echecs: 0, dernierEchec: null, ...(rehache ? { motDePasse: rehache } : {}) });
    return;
  }
  const echecs = compte.echecs + 1;
  // The wait runs from the refusal, not from the attempt: the password check itself (scrypt) takes
  // time, which must not be deducted from the wait.
  const refuseLe = ctx.maintenant().getTime();
  ctx.db.transaction(() => {
    mettreAJourCompte(ctx.db, compteId, { echecs, dernierEchec: refuseLe, bloque: echecs >= ECHECS_AVANT_BLOCAGE });
    auditer(ctx, 'ECHEC_CONNEXION', compteId, `COMPTE ${compte.login}`);
  });
  throw refus();
}

function versUtilisateur(c: { id: string; login: string; nom: string; prenom: string; role: Role }): Utilisateur {
  return { id: c.id, login: c.login, nom: c.nom, prenom: c.prenom, role: c.role };
}

export async function ouvrirSession(
  ctx: Contexte,
  { login, motDePasse }: EntreeValidee<'session:ouvrir'>,
): Promise<EtatSession> {
  const compte = conseillerParLogin(ctx.db, login.toLowerCase());
  if (!compte || !compte.actif || compte.motDePasse === null) {
    auditer(ctx, 'ECHEC_CONNEXION', null, 'identifiant inconnu');
    throw refusConnexion();
  }
  await controlerMotDePasse(ctx, compte.id, motDePasse);
  Object.assign(ctx.session, { utilisateur: versUtilisateur(compte), verrouillee: false });
  noterActivite(ctx);
  auditer(ctx, 'CONNEXION', compte.id);
  return etatSession(ctx);
}

export function fermerSession(ctx: Contexte): EtatSession {
  if (ctx.session.utilisateur) auditer(ctx, 'DECONNEXION', ctx.session.utilisateur.id);
  Object.assign(ctx.session, nouvelleSession());
  return etatSession(ctx);
}

export function verrouillerSession(ctx: Contexte): EtatSession {
  if (ctx.session.utilisateur && !ctx.session.verrouillee) {
    ctx.session.verrouillee = true;
    auditer(ctx, 'VERROUILLAGE', ctx.session.utilisateur.id, 'à la demande');
  }
  return etatSession(ctx);
}

export async function deverrouillerSession(
  ctx: Contexte,
  { motDePasse }: EntreeValidee<'session:deverrouiller'>,
): Promise<EtatSession> {
  const utilisateur = ctx.session.utilisateur!;
  // The person is known here: only the password can be wrong.
  await controlerMotDePasse(
    ctx,
    utilisateur.id,
    motDePasse,
    () => new ErreurMetier('INTERDIT', 'Mot de passe incorrect.', { motDePasse: 'Mot de passe incorrect.' }),
  );
  ctx.session.verrouillee = false;
  noterActivite(ctx);
  auditer(ctx, 'DEVERROUILLAGE', utilisateur.id);
  return etatSession(ctx);
}

/** Re-authentication before an export or an erasure: the password again, counted like a login. */
/** The logged-in user types their password again before a sensitive action (failures count as at login). */
export async function reauthentifier(ctx: Contexte, motDePasse: string): Promise<void> {
  await controlerMotDePasse(
    ctx,
    ctx.session.utilisateur!.id,
    motDePasse,
    () => new ErreurMetier('INTERDIT', 'Mot de passe incorrect.', { motDePasse: 'Mot de passe incorrect.' }),
  );
}

export async function motDePasseValide(
  ctx: Contexte,
  motDePasse: string,
  login: string,
  champ: string,
): Promise<string> {
  const problemes = problemesMotDePasse(motDePasse, login);
  if (problemes.length > 0) throw erreurDeChamps({ [champ]: problemes.join(' ') });
  return hacherMotDePasse(motDePasse, ctx.parametresScrypt);
}

export async function changerMotDePasse(
  ctx: Contexte,
  { ancien, nouveau }: EntreeValidee<'session:changerMotDePasse'>,
): Promise<EtatSession> {
  const utilisateur = ctx.session.utilisateur!;
  await controlerMotDePasse(
    ctx,
    utilisateur.id,
    ancien,
    () => new ErreurMetier('INTERDIT', 'Mot de passe actuel incorrect.', { ancien: 'Mot de passe actuel incorrect.' }),
  );
  const empreinte = await motDePasseValide(ctx, nouveau, utilisateur.login, 'nouveau');
  mettreAJourCompte(ctx.db, utilisateur.id, { motDePasse: empreinte });
  return etatSession(ctx);
}

/** First run: the first ADMIN and DIRECTION accounts, only while no account can log in. */
export async function initialiserComptes(ctx: Contexte, e: EntreeValidee<'comptes:initialiser'>): Promise<EtatSession> {
  if (compterComptesActifs(ctx.db) > 0) {
    throw new ErreurMetier(
      'INTERDIT',
      'Les premiers comptes existent déjà : les suivants sont créés par l’administration.',
    );
  }
  if (e.administrateur.login === e.direction.login)
    throw erreurDeChamps({ 'direction.login': 'doit différer de celui de l’administration.' });
  const comptes = [
    { ...e.administrateur, role: 'ADMIN' as const, cle: 'administrateur' },
    { ...e.direction, role: 'DIRECTION' as const, cle: 'direction' },
  ];
  const empreintes: string[] = [];
  for (const c of comptes) empreintes.push(await motDePasseValide(ctx, c.motDePasse, c.login, `${c.cle}.motDePasse`));
  ctx.db.transaction(() => {
    comptes.forEach((c, i) => {
      if (conseillerParLogin(ctx.db, c.login)) throw erreurDeChamps({ [`${c.cle}.login`]: 'déjà utilisé.' });
      const id = ctx.nouvelId();
      insererConseiller(ctx.db, {
        id,
        login: c.login,
        nom: c.nom,
        prenom: c.prenom,
        role: c.role,
        motDePasse: empreintes[i]!,
      });
      journaliser(ctx.db, ctx.maintenant().getTime(), {
        action: 'DROITS',
        utilisateurId: null,
        objet: `COMPTE ${c.login} ${c.role}`,
      });
    });
  });
  return etatSession(ctx);
}

export function definirDelaiVerrouillage(
  ctx: Contexte,
  { minutes }: EntreeValidee<'parametres:verrouillage'>,
): EtatSession {
  ecrireParametre(ctx.db, CLE_DELAI, String(minutes));
  return etatSession(ctx);
}
