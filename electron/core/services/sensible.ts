/** Reading a youth's sensitive details: allowed per the access rule, and every read is audited. */
import type { EntreeValidee } from '../contract';
import { reperagesDuJeune } from '../../../db/repositories/reperages';
import { freinsDuJeune } from '../../../db/repositories/suivi';
import { domaineSensible } from '../domain/reperage';
import type { Contexte } from '../contexte';
import { journaliser } from './audit';
import { exigerAccesSensible } from './comptes';

/** Barriers whose theme is itself health information. */
const THEMES_SENSIBLES: readonly string[] = ['SANTE'];

export function estSensible(theme: string): boolean {
  return THEMES_SENSIBLES.includes(theme);
}

/** Ids of a youth's sensitive records, to keep their history from those who may not see them. */
export function idsSensibles(ctx: Contexte, jeuneId: string): Set<string> {
  return new Set([
    ...freinsDuJeune(ctx.db, jeuneId)
      .filter((f) => estSensible(f.theme))
      .map((f) => f.id),
    ...reperagesDuJeune(ctx.db, jeuneId)
      .filter((r) => domaineSensible(r.domaine))
      .map((r) => r.id),
  ]);
}

export function lireDetailsSensibles(ctx: Contexte, { jeuneId }: EntreeValidee<'sensible:lire'>) {
  exigerAccesSensible(ctx, jeuneId);
  journaliser(ctx.db, ctx.maintenant().getTime(), {
    action: 'LECTURE_SENSIBLE',
    utilisateurId: ctx.auteurId,
    jeuneId,
    objet: 'SANTE',
  });
  const freinsSante = freinsDuJeune(ctx.db, jeuneId)
    .filter((f) => estSensible(f.theme))
    .map(({ creeLe: _c, modifieLe: _m, ...f }) => f);
  return { freinsSante };
}
