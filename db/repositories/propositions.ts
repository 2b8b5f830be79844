/** Queries of orientations (propositions) with what a view needs around them. */
import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import type { BaseTremplin } from '../client';
import { nomConseillerJoint } from './jeunes';
import { conseillers, jeunes, offres, partenaires, propositions, sessionsFormation, situations } from '../schema';

export type LigneProposition = typeof propositions.$inferSelect & {
  partenaireNom: string | null;
  sessionIntitule: string | null;
  offreIntitule: string | null;
  conseillerNom: string | null;
  situationId: string | null;
  jeuneNom: string;
  jeunePrenom: string;
};

function requete(db: BaseTremplin) {
  return db
    .select({
      proposition: propositions,
      partenaireNom: partenaires.raisonSociale,
      sessionIntitule: sessionsFormation.intitule,
      offreIntitule: offres.intitule,
      conseillerNom: nomConseillerJoint,
      situationId: situations.id,
      jeuneNom: jeunes.nom,
      jeunePrenom: jeunes.prenom,
    })
    .from(propositions)
    .innerJoin(jeunes, eq(jeunes.id, propositions.jeuneId))
    .leftJoin(partenaires, eq(partenaires.id, propositions.partenaireId))
    .leftJoin(sessionsFormation, eq(sessionsFormation.id, propositions.sessionId))
    .leftJoin(offres, eq(offres.id, propositions.offreId))
    .leftJoin(conseillers, eq(conseillers.id, propositions.conseillerId))
    .leftJoin(situations, eq(situations.propositionId, propositions.id))
    .$dynamic();
}

type Jointe = Awaited<ReturnType<ReturnType<typeof requete>['all']>>[number];

function aplatir(l: Jointe): LigneProposition {
  const { proposition, ...autour } = l;
  return { ...proposition, ...autour };
}

export function propositionDetail(db: BaseTremplin, id: string): LigneProposition | undefined {
  const l = requete(db).where(eq(propositions.id, id)).get();
  return l && aplatir(l);
}

export function propositionsDuJeune(db: BaseTremplin, jeuneId: string): LigneProposition[] {
  return requete(db)
    .where(eq(propositions.jeuneId, jeuneId))
    .orderBy(desc(propositions.date), desc(propositions.creeLe))
    .all()
    .map(aplatir);
}

/** Open propositions whose state has not moved since `avant` (oldest first). */
export function propositionsSansNouvelles(
  db: BaseTremplin,
  etats: readonly (typeof propositions.$inferSelect)['etat'][],
  avant: string,
  conseillerId: string | null,
): LigneProposition[] {
  return requete(db)
    .where(
      and(
        inArray(propositions.etat, [...etats]),
        lte(propositions.dateEtat, avant),
        conseillerId ? eq(propositions.conseillerId, conseillerId) : undefined,
      ),
    )
    .orderBy(propositions.dateEtat)
    .all()
    .map(aplatir);
}

export function situationDeProposition(db: BaseTremplin, propositionId: string) {
  return db.select().from(situations).where(eq(situations.propositionId, propositionId)).get();
}
