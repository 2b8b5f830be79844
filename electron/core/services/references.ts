import { partenaireParId } from '../../../db/repositories/partenaires';
import { conseillerParId, siteParId } from '../../../db/repositories/structure';
import type { Contexte } from '../contexte';
import { erreurDeChamps } from '../erreurs';

/** The site, adviser and partner a record names exist (the schema only knows their shape). */
export function verifierReferences(
  ctx: Contexte,
  saisie: { conseillerId?: string | null; siteId?: string | null; partenaireId?: string | null },
): void {
  const champs: Record<string, string> = {};
  if (saisie.siteId && !siteParId(ctx.db, saisie.siteId)) champs.siteId = 'site inconnu.';
  if (saisie.conseillerId && !conseillerParId(ctx.db, saisie.conseillerId))
    champs.conseillerId = 'conseiller·ère inconnu·e.';
  if (saisie.partenaireId && !partenaireParId(ctx.db, saisie.partenaireId)) champs.partenaireId = 'partenaire inconnu.';
  if (Object.keys(champs).length > 0) throw erreurDeChamps(champs);
}
