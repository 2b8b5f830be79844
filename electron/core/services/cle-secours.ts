/**
 * The recovery key, shown to the direction with the password typed again: to print or save once,
 * kept away from the computer (without it, a backup cannot open elsewhere). Each showing is audited;
 * the first one is remembered so the director is reminded until it is done.
 */
import { ecrireParametre, lireParametre } from '../../../db/repositories/securite';
import type { EntreeValidee, EtatCleSecours } from '../contract';
import type { Contexte } from '../contexte';
import { ErreurMetier } from '../erreurs';
import { formaterCleSecours } from '../securite/cle-base';
import { journaliser } from './audit';
import { reauthentifier } from './session';

const CLE_REMISE = 'chiffrement.cle_secours_remise_le';

export function etatCleSecours(ctx: Contexte): EtatCleSecours {
  const remise = lireParametre(ctx.db, CLE_REMISE);
  return { chiffree: ctx.fichiers.acces.cle !== null, remiseLe: remise === undefined ? null : Number(remise) };
}

export async function revelerCleSecours(
  ctx: Contexte,
  { motDePasse }: EntreeValidee<'chiffrement:cleSecours'>,
): Promise<{ cle: string; remiseLe: number }> {
  await reauthentifier(ctx, motDePasse);
  const { cle } = ctx.fichiers.acces;
  if (cle === null)
    throw new ErreurMetier('CONFLIT', "Cette base n'est pas chiffrée : elle n'a pas de clé de secours.");
  const instant = ctx.maintenant().getTime();
  const remiseLe = etatCleSecours(ctx).remiseLe ?? instant;
  ctx.db.transaction(() => {
    ecrireParametre(ctx.db, CLE_REMISE, String(remiseLe));
    journaliser(ctx.db, instant, { action: 'CLE_SECOURS', utilisateurId: ctx.auteurId, objet: 'CLE_SECOURS' });
  });
  return { cle: formaterCleSecours(cle), remiseLe };
}
