/** Queries of screenings (repérages), the follow-up queue, and partners' screening resources. */
import { and, asc, desc, eq, inArray, isNull, lt, or } from 'drizzle-orm';
import type { BaseTremplin } from '../client';
import { nomConseillerJoint } from './jeunes';
import { conseillers, jeunes, partenaires, propositions, reperages, ressourcesPartenaires } from '../schema';

export type LigneReperage = typeof reperages.$inferSelect;

/** A screening with the orientation made after it, as a youth's page shows it. */
export type LigneReperageDetail = LigneReperage & {
  propositionEtat: (typeof propositions.$inferSelect)['etat'] | null;
  propositionType: (typeof propositions.$inferSelect)['type'] | null;
  propositionPartenaireNom: string | null;
};

/** The screening and its orientation's state, type and partner (joined by the queries below). */
const colonnesDetail = {
  reperage: reperages,
  propositionEtat: propositions.etat,
  propositionType: propositions.type,
  propositionPartenaireNom: partenaires.raisonSociale,
};

function requeteDetail(db: BaseTremplin) {
  return db
    .select(colonnesDetail)
    .from(reperages)
    .leftJoin(propositions, eq(propositions.id, reperages.propositionId))
    .leftJoin(partenaires, eq(partenaires.id, propositions.partenaireId))
    .$dynamic();
}

type Jointe = Awaited<ReturnType<ReturnType<typeof requeteDetail>['all']>>[number];

function aplatir({ reperage, ...autour }: Jointe): LigneReperageDetail {
  return { ...reperage, ...autour };
}

export function reperageDetail(db: BaseTremplin, id: string): LigneReperageDetail | undefined {
  const l = requeteDetail(db).where(eq(reperages.id, id)).get();
  return l && aplatir(l);
}

/** A youth's screenings, most recent first. */
export function reperagesDuJeune(db: BaseTremplin, jeuneId: string): LigneReperageDetail[] {
  return requeteDetail(db)
    .where(eq(reperages.jeuneId, jeuneId))
    .orderBy(desc(reperages.date), desc(reperages.creeLe))
    .all()
    .map(aplatir);
}

export type LigneASuivre = LigneReperageDetail & {
  jeuneNom: string;
  jeunePrenom: string;
  referentId: string | null;
  referentNom: string | null;
};

/**
 * Candidates for the follow-up queue of active files: positive results with no orientation or one
 * that came to nothing, and planned follow-ups already passed. The service classifies them.
 */
export function candidatsASuivre(
  db: BaseTremplin,
  criteres: {
    resultatsPositifs: readonly string[];
    etatsSansSuite: readonly string[];
    aujourdhui: string;
    referentId: string | null;
  },
): LigneASuivre[] {
  return db
    .select({
      ...colonnesDetail,
      jeuneNom: jeunes.nom,
      jeunePrenom: jeunes.prenom,
      referentId: jeunes.referentId,
      referentNom: nomConseillerJoint,
    })
    .from(reperages)
    .innerJoin(jeunes, eq(jeunes.id, reperages.jeuneId))
    .leftJoin(conseillers, eq(conseillers.id, jeunes.referentId))
    .leftJoin(propositions, eq(propositions.id, reperages.propositionId))
    .leftJoin(partenaires, eq(partenaires.id, propositions.partenaireId))
    .where(
      and(
        eq(jeunes.statut, 'ACTIF'),
        criteres.referentId ? eq(jeunes.referentId, criteres.referentId) : undefined,
        or(
          and(
            inArray(reperages.resultat, [...criteres.resultatsPositifs]),
            or(isNull(reperages.propositionId), inArray(propositions.etat, [...criteres.etatsSansSuite] as never[])),
          ),
          lt(reperages.dateSuivi, criteres.aujourdhui),
        ),
      ),
    )
    .all()
    .map(({ reperage, jeuneNom, jeunePrenom, referentId, referentNom, ...autour }) => ({
      ...reperage,
      ...autour,
      jeuneNom,
      jeunePrenom,
      referentId,
      referentNom,
    }));
}

// ——— Partners' screening resources ———

export function ressourcesDuPartenaire(db: BaseTremplin, partenaireId: string): LigneRessource['ressource'][] {
  return db
    .select({ ressource: ressourcesPartenaires.ressource })
    .from(ressourcesPartenaires)
    .where(eq(ressourcesPartenaires.partenaireId, partenaireId))
    .orderBy(asc(ressourcesPartenaires.ressource))
    .all()
    .map((r) => r.ressource);
}

type LigneRessource = typeof ressourcesPartenaires.$inferSelect;

export function remplacerRessources(
  db: BaseTremplin,
  partenaireId: string,
  ressources: readonly LigneRessource['ressource'][],
): void {
  db.delete(ressourcesPartenaires).where(eq(ressourcesPartenaires.partenaireId, partenaireId)).run();
  if (ressources.length > 0) {
    db.insert(ressourcesPartenaires)
      .values(ressources.map((ressource) => ({ partenaireId, ressource })))
      .onConflictDoNothing()
      .run();
  }
}

/** Partners offering any of these resources, with the ones they offer. */
export function partenairesOffrant(db: BaseTremplin, ressources: readonly LigneRessource['ressource'][]) {
  if (ressources.length === 0) return [];
  return db
    .select({
      id: partenaires.id,
      raisonSociale: partenaires.raisonSociale,
      type: partenaires.type,
      commune: partenaires.commune,
      ressource: ressourcesPartenaires.ressource,
    })
    .from(ressourcesPartenaires)
    .innerJoin(partenaires, eq(partenaires.id, ressourcesPartenaires.partenaireId))
    .where(inArray(ressourcesPartenaires.ressource, [...ressources]))
    .orderBy(asc(partenaires.nomRecherche))
    .all();
}
