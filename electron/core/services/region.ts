/** The Region package's use cases behind the DIRECTION channels (the core API is `region/`). */
import { ecrireParametre, lireParametre } from '../../../db/repositories/securite';
import type { EntreeValidee, Objectif } from '../contract';
import type { Contexte } from '../contexte';
import { erreurDeChamps, ErreurMetier } from '../erreurs';
import { controlerQualite, ErreurPaquet, produirePaquet, tableauDeBord, zipperPaquet } from '../region';
import { CATALOGUE } from '../region/indicateurs/catalogue';
import { journaliser } from './audit';
import { reauthentifier } from './session';

/** The year's check, each file to fix named for the director (the list stays on this computer). */
export function qualiteRegion(ctx: Contexte, { annee }: EntreeValidee<'region:qualite'>) {
  const qualite = controlerQualite(ctx.db.$client, annee);
  const noms = new Map(
    (
      ctx.db.$client
        .prepare(
          `SELECT id, prenom || ' ' || coalesce(nom_usage, nom) AS nom FROM jeunes
           WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify([...new Set(qualite.dossiers.map((d) => d.jeuneId))])) as { id: string; nom: string }[]
    ).map((j) => [j.id, j.nom]),
  );
  return {
    comptes: qualite.comptes,
    dossiers: qualite.dossiers.map((d) => ({ ...d, nom: noms.get(d.jeuneId) ?? '' })),
  };
}

export function tableauDeBordRegion(ctx: Contexte, { annee }: EntreeValidee<'region:tableauDeBord'>) {
  return tableauDeBord(ctx.db.$client, annee);
}

/** The package, after the director typed the password again; one audit entry (the year, no figure). */
export async function paquetRegion(ctx: Contexte, { annee, motDePasse }: EntreeValidee<'region:paquet'>) {
  await reauthentifier(ctx, motDePasse);
  try {
    const paquet = await produirePaquet(ctx.db, { annee, maintenant: ctx.maintenant() });
    const base64 = (octets: Uint8Array) => Buffer.from(octets).toString('base64');
    const resultat = {
      nom: paquet.nom,
      fichiers: paquet.fichiers.map((f) => ({ nom: f.nom, base64: base64(f.contenu) })),
      zipBase64: base64(zipperPaquet(paquet)),
      qualite: paquet.qualite.comptes,
    };
    ctx.db.transaction(() =>
      journaliser(ctx.db, ctx.maintenant().getTime(), {
        action: 'EXPORT',
        utilisateurId: ctx.auteurId,
        objet: `PAQUET_REGION ${annee}`,
      }),
    );
    return resultat;
  } catch (e) {
    if (e instanceof ErreurPaquet) throw new ErreurMetier('NON_INITIALISE', e.message);
    throw e;
  }
}

const cleObjectifs = (annee: number) => `objectifs.${annee}`;

export function lireObjectifs(ctx: Contexte, { annee }: EntreeValidee<'objectifs:lire'>) {
  const texte = lireParametre(ctx.db, cleObjectifs(annee));
  return { annee, objectifs: texte ? (JSON.parse(texte) as Objectif[]) : [] };
}

/** The variants each indicator of the package has (`tous` alone for counts of records). */
function variantesDe(code: string): readonly string[] | undefined {
  const i = CATALOGUE.find((x) => x.code === code);
  if (!i) return undefined;
  return i.nature === 'jeunes' ? Object.keys(i.populations) : ['tous'];
}

/** Replaces the year's targets: known indicators and variants only, one target each. */
export function enregistrerObjectifs(ctx: Contexte, { annee, objectifs }: EntreeValidee<'objectifs:enregistrer'>) {
  const champs: Record<string, string> = {};
  const vus = new Set<string>();
  objectifs.forEach((o, i) => {
    const variantes = variantesDe(o.code);
    const cle = `${o.code} ${o.variante}`;
    if (!variantes) champs[`objectifs.${i}.code`] = `indicateur inconnu (${o.code}).`;
    else if (!variantes.includes(o.variante)) champs[`objectifs.${i}.variante`] = `${o.code} n’a pas cette variante.`;
    else if (vus.has(cle)) champs[`objectifs.${i}.code`] = `${o.code} a déjà un objectif.`;
    vus.add(cle);
  });
  if (Object.keys(champs).length > 0) throw erreurDeChamps(champs);
  ecrireParametre(ctx.db, cleObjectifs(annee), JSON.stringify(objectifs));
  return { annee, objectifs };
}
