/** The Region package's use cases behind the DIRECTION channels (the core API is `region/`). */
import type { EntreeValidee } from '../contract';
import type { Contexte } from '../contexte';
import { ErreurMetier } from '../erreurs';
import { controlerQualite, ErreurPaquet, produirePaquet, tableauDeBord, zipperPaquet } from '../region';

export function qualiteRegion(ctx: Contexte, { annee }: EntreeValidee<'region:qualite'>) {
  return controlerQualite(ctx.db.$client, annee);
}

export function tableauDeBordRegion(ctx: Contexte, { annee }: EntreeValidee<'region:tableauDeBord'>) {
  return tableauDeBord(ctx.db.$client, annee);
}

export async function paquetRegion(ctx: Contexte, { annee }: EntreeValidee<'region:paquet'>) {
  try {
    const paquet = await produirePaquet(ctx.db, { annee, maintenant: ctx.maintenant() });
    const base64 = (octets: Uint8Array) => Buffer.from(octets).toString('base64');
    return {
      nom: paquet.nom,
      fichiers: paquet.fichiers.map((f) => ({ nom: f.nom, base64: base64(f.contenu) })),
      zipBase64: base64(zipperPaquet(paquet)),
      qualite: paquet.qualite.comptes,
    };
  } catch (e) {
    if (e instanceof ErreurPaquet) throw new ErreurMetier('NON_INITIALISE', e.message);
    throw e;
  }
}
