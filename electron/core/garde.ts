/** The access check the dispatcher runs before any handler: session, idle lock, role. */
import type { Canal, ErreurApi } from './contract';
import type { Contexte } from './contexte';
import { ROLES } from './domain/codes';
import { CANAUX_SESSION_VERROUILLEE, PERMISSIONS } from './permissions';
import { noterActivite, verrouillerSiInactive } from './services/session';

/** Channels that do not count as the user's activity (the UI polls the session state). */
const SANS_ACTIVITE: readonly Canal[] = ['session:etat'];

export function controlerAcces(ctx: Contexte, canal: Canal): ErreurApi | null {
  const regle = PERMISSIONS[canal];
  if (ctx.systeme || regle === 'PUBLIC') return null;
  const utilisateur = ctx.session.utilisateur;
  if (!utilisateur) return { code: 'NON_CONNECTE', message: 'Connectez-vous pour continuer.' };
  if (verrouillerSiInactive(ctx) && !CANAUX_SESSION_VERROUILLEE.includes(canal)) {
    return {
      code: 'VERROUILLE',
      message: 'Session verrouillée après inactivité : saisissez à nouveau votre mot de passe.',
    };
  }
  if (regle !== 'CONNECTE' && !regle.includes(utilisateur.role)) {
    return {
      code: 'INTERDIT',
      message: `Votre rôle (${ROLES.libelles[utilisateur.role]}) ne permet pas cette opération.`,
    };
  }
  if (!SANS_ACTIVITE.includes(canal)) noterActivite(ctx);
  return null;
}
