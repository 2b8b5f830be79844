/**
 * The audit trail is hash-chained: each entry's hash covers its content and the previous hash, so
 * editing, deleting or reordering an entry breaks the chain from that point on.
 */
import { createHash } from 'node:crypto';

export interface EntreeAudit {
  numero: number;
  horodatage: number;
  utilisateurId: string | null;
  action: string;
  jeuneId: string | null;
  objet: string | null;
}

export const HASH_ORIGINE = '0'.repeat(64);

export function hashEntree(precedent: string, e: EntreeAudit): string {
  const contenu = JSON.stringify([e.numero, e.horodatage, e.utilisateurId, e.action, e.jeuneId, e.objet]);
  return createHash('sha256').update(precedent).update('\n').update(contenu).digest('hex');
}

/** The first entry (in number order) whose stored hash does not follow from the chain, or null. */
export function premiereRupture(
  entrees: readonly (EntreeAudit & { hashPrecedent: string; hash: string })[],
): number | null {
  let precedent = HASH_ORIGINE;
  let numeroAttendu = entrees[0]?.numero ?? 1;
  for (const e of entrees) {
    if (e.numero !== numeroAttendu || e.hashPrecedent !== precedent || e.hash !== hashEntree(precedent, e))
      return e.numero;
    precedent = e.hash;
    numeroAttendu++;
  }
  return null;
}
