/**
 * The API contract: for every channel, the zod schema of its input and of its output.
 * The dispatcher validates with it, the renderer derives its types from it, forms reuse its schemas.
 */
import { z } from 'zod';
import type { Canal } from './canaux';
import { importSchema, rapportImportSchema } from './echange';
import {
  changerStatutSchema,
  creerJeuneSchema,
  doublonsSchema,
  entreeHistoriqueSchema,
  idJeuneSchema,
  jeuneLigneSchema,
  jeuneSchema,
  modifierJeuneSchema,
  rechercheJeunesSchema,
  resultatRechercheSchema,
} from './jeunes';
import {
  cleSecoursSchema,
  dossierSauvegardesSchema,
  etatCleSecoursSchema,
  etatIntegriteSchema,
  etatSauvegardesSchema,
  restaurationSchema,
  restaurerSchema,
  revelerCleSecoursSchema,
  sauvegardeSchema,
} from './sauvegardes';
import {
  accesSchema,
  autorisationSchema,
  changerMotDePasseSchema,
  compteSchema,
  delaiVerrouillageSchema,
  definirMotDePasseSchema,
  detailsSensiblesSchema,
  deverrouillerSchema,
  entreeAuditSchema,
  etatSessionSchema,
  idCompteSchema,
  initialiserComptesSchema,
  ouvrirSessionSchema,
  verificationAuditSchema,
} from './comptes';
import {
  creerSousElementSchema,
  fusionPartenairesSchema,
  offreSaisieSchema,
  offreSchema,
  partenaireLigneSchema,
  partenaireSaisieSchema,
  partenaireSchema,
  recherchePartenairesSchema,
  sessionSaisieSchema,
  sessionSchema,
} from './partenaires';
import {
  changerEtatSchema,
  ficheLiaisonSchema,
  propositionEnAttenteSchema,
  propositionSaisieSchema,
  propositionSchema,
  propositionsEnAttenteSchema,
} from './propositions';
import {
  aSuivreSchema,
  conseilReperageSchema,
  fileASuivreSchema,
  guideReperageSchema,
  modifierGuideSchema,
  orienterReperageSchema,
  reperageSaisieSchema,
  reperageSchema,
  reperagesDuJeuneSchema,
} from './reperages';
import {
  anneeRegionSchema,
  objectifsAnneeSchema,
  paquetRegionSchema,
  produirePaquetSchema,
  qualiteRegionSchema,
  tableauDeBordSchema,
} from './region';
import {
  anonymiserSchema,
  archiverSchema,
  donneesJeuneSchema,
  effacerJeuneSchema,
  ligneConservationSchema,
} from './conservation';
import { identifiant } from './schemas-communs';
import {
  aideSaisieSchema,
  aideSchema,
  dispositifSaisieSchema,
  dispositifSchema,
  enregistrerEntreeSchema,
  evenementRecentSchema,
  evenementSaisieSchema,
  evenementSchema,
  evenementsRecentsSchema,
  freinSaisieSchema,
  freinSchema,
  idElementSchema,
  idJeuneSuiviSchema,
  schemasEcriture,
  situationSaisieSchema,
  situationSchema,
  suiviSchema,
} from './suivi';
import {
  conseillerSchema,
  creerConseillerSchema,
  creerSiteSchema,
  etatStructureSchema,
  initialiserStructureSchema,
  siteSchema,
} from './structure';

const rien = z.object({}).strict();
const suppression = z.object({ id: identifiant });

const evenements = schemasEcriture(evenementSaisieSchema);
const situations = schemasEcriture(situationSaisieSchema);
const dispositifs = schemasEcriture(dispositifSaisieSchema);
const freins = schemasEcriture(freinSaisieSchema);
const aides = schemasEcriture(aideSaisieSchema);
const propositions = schemasEcriture(propositionSaisieSchema);
const reperages = schemasEcriture(reperageSaisieSchema);

export const CONTRAT = {
  'structure:lire': { entree: rien, sortie: etatStructureSchema },
  'structure:initialiser': { entree: initialiserStructureSchema, sortie: etatStructureSchema },
  'sites:creer': { entree: creerSiteSchema, sortie: siteSchema },
  'conseillers:creer': { entree: creerConseillerSchema, sortie: conseillerSchema },
  'jeunes:creer': { entree: creerJeuneSchema, sortie: jeuneSchema },
  'jeunes:modifier': { entree: modifierJeuneSchema, sortie: jeuneSchema },
  'jeunes:changerStatut': { entree: changerStatutSchema, sortie: jeuneSchema },
  'jeunes:lire': { entree: idJeuneSchema, sortie: jeuneSchema },
  'jeunes:rechercher': { entree: rechercheJeunesSchema, sortie: resultatRechercheSchema },
  'jeunes:doublons': { entree: doublonsSchema, sortie: z.array(jeuneLigneSchema) },
  'jeunes:historique': { entree: idJeuneSchema, sortie: z.array(entreeHistoriqueSchema) },
  'suivi:lire': { entree: idJeuneSuiviSchema, sortie: suiviSchema },
  'evenements:creer': { entree: evenements.creer, sortie: evenementSchema },
  'evenements:modifier': { entree: evenements.modifier, sortie: evenementSchema },
  'evenements:supprimer': { entree: idElementSchema, sortie: suppression },
  'evenements:recents': { entree: evenementsRecentsSchema, sortie: z.array(evenementRecentSchema) },
  'situations:creer': { entree: situations.creer, sortie: situationSchema },
  'situations:modifier': { entree: situations.modifier, sortie: situationSchema },
  'situations:supprimer': { entree: idElementSchema, sortie: suppression },
  'dispositifs:creer': { entree: dispositifs.creer, sortie: dispositifSchema },
  'dispositifs:modifier': { entree: dispositifs.modifier, sortie: dispositifSchema },
  'dispositifs:supprimer': { entree: idElementSchema, sortie: suppression },
  'freins:creer': { entree: freins.creer, sortie: freinSchema },
  'freins:modifier': { entree: freins.modifier, sortie: freinSchema },
  'freins:supprimer': { entree: idElementSchema, sortie: suppression },
  'aides:creer': { entree: aides.creer, sortie: aideSchema },
  'aides:modifier': { entree: aides.modifier, sortie: aideSchema },
  'aides:supprimer': { entree: idElementSchema, sortie: suppression },
  'partenaires:rechercher': {
    entree: recherchePartenairesSchema,
    sortie: z.object({ lignes: z.array(partenaireLigneSchema), total: z.int() }),
  },
  'partenaires:lire': { entree: idElementSchema, sortie: partenaireSchema },
  'partenaires:creer': { entree: z.object({ saisie: partenaireSaisieSchema }), sortie: partenaireSchema },
  'partenaires:modifier': {
    entree: z.object({ id: identifiant, saisie: partenaireSaisieSchema }),
    sortie: partenaireSchema,
  },
  'partenaires:supprimer': { entree: idElementSchema, sortie: suppression },
  'partenaires:fusionner': { entree: fusionPartenairesSchema, sortie: partenaireSchema },
  'sessions:creer': { entree: creerSousElementSchema(sessionSaisieSchema), sortie: sessionSchema },
  'sessions:modifier': { entree: z.object({ id: identifiant, saisie: sessionSaisieSchema }), sortie: sessionSchema },
  'sessions:supprimer': { entree: idElementSchema, sortie: suppression },
  'offres:creer': { entree: creerSousElementSchema(offreSaisieSchema), sortie: offreSchema },
  'offres:modifier': { entree: z.object({ id: identifiant, saisie: offreSaisieSchema }), sortie: offreSchema },
  'offres:supprimer': { entree: idElementSchema, sortie: suppression },
  'propositions:creer': { entree: propositions.creer, sortie: propositionSchema },
  'propositions:modifier': { entree: propositions.modifier, sortie: propositionSchema },
  'propositions:changerEtat': { entree: changerEtatSchema, sortie: propositionSchema },
  'propositions:enregistrerEntree': { entree: enregistrerEntreeSchema, sortie: propositionSchema },
  'propositions:ficheLiaison': { entree: idElementSchema, sortie: ficheLiaisonSchema },
  'propositions:enAttente': { entree: propositionsEnAttenteSchema, sortie: z.array(propositionEnAttenteSchema) },
  'session:etat': { entree: rien, sortie: etatSessionSchema },
  'session:ouvrir': { entree: ouvrirSessionSchema, sortie: etatSessionSchema },
  'session:fermer': { entree: rien, sortie: etatSessionSchema },
  'session:verrouiller': { entree: rien, sortie: etatSessionSchema },
  'session:deverrouiller': { entree: deverrouillerSchema, sortie: etatSessionSchema },
  'session:activite': { entree: rien, sortie: etatSessionSchema },
  'session:changerMotDePasse': { entree: changerMotDePasseSchema, sortie: etatSessionSchema },
  'comptes:initialiser': { entree: initialiserComptesSchema, sortie: etatSessionSchema },
  'comptes:lister': { entree: rien, sortie: z.array(compteSchema) },
  'comptes:debloquer': { entree: idCompteSchema, sortie: compteSchema },
  'comptes:definirMotDePasse': { entree: definirMotDePasseSchema, sortie: compteSchema },
  'parametres:verrouillage': { entree: delaiVerrouillageSchema, sortie: etatSessionSchema },
  'acces:accorder': { entree: accesSchema, sortie: z.array(autorisationSchema) },
  'acces:retirer': { entree: accesSchema, sortie: z.array(autorisationSchema) },
  'acces:lister': { entree: idJeuneSuiviSchema, sortie: z.array(autorisationSchema) },
  'audit:consultations': { entree: idJeuneSuiviSchema, sortie: z.array(entreeAuditSchema) },
  'audit:verifier': { entree: rien, sortie: verificationAuditSchema },
  'sensible:lire': { entree: idJeuneSuiviSchema, sortie: detailsSensiblesSchema },
  'reperages:lister': { entree: idJeuneSuiviSchema, sortie: reperagesDuJeuneSchema },
  'reperages:creer': { entree: reperages.creer, sortie: reperageSchema },
  'reperages:modifier': { entree: reperages.modifier, sortie: reperageSchema },
  'reperages:supprimer': { entree: idElementSchema, sortie: suppression },
  'reperages:conseil': { entree: idElementSchema, sortie: conseilReperageSchema },
  'reperages:orienter': { entree: orienterReperageSchema, sortie: reperageSchema },
  'reperages:aSuivre': { entree: aSuivreSchema, sortie: fileASuivreSchema },
  'reperages:guides': { entree: rien, sortie: z.array(guideReperageSchema) },
  'reperages:modifierGuide': { entree: modifierGuideSchema, sortie: guideReperageSchema },
  'import:analyser': { entree: importSchema, sortie: rapportImportSchema },
  'import:executer': { entree: importSchema, sortie: rapportImportSchema },
  'region:qualite': { entree: anneeRegionSchema, sortie: qualiteRegionSchema },
  'region:tableauDeBord': { entree: anneeRegionSchema, sortie: tableauDeBordSchema },
  'region:paquet': { entree: produirePaquetSchema, sortie: paquetRegionSchema },
  'conservation:aRevoir': { entree: rien, sortie: z.array(ligneConservationSchema) },
  'conservation:archiver': { entree: archiverSchema, sortie: z.object({ archives: z.int() }) },
  'conservation:anonymiser': { entree: anonymiserSchema, sortie: z.object({ anonymises: z.int() }) },
  'jeunes:effacer': { entree: effacerJeuneSchema, sortie: suppression },
  'jeunes:exporterDonnees': { entree: idElementSchema, sortie: donneesJeuneSchema },
  'sauvegardes:lister': { entree: rien, sortie: etatSauvegardesSchema },
  'sauvegardes:creer': { entree: rien, sortie: sauvegardeSchema },
  'sauvegardes:restaurer': { entree: restaurerSchema, sortie: restaurationSchema },
  'sauvegardes:dossier': { entree: dossierSauvegardesSchema, sortie: etatSauvegardesSchema },
  'integrite:verifier': { entree: rien, sortie: etatIntegriteSchema },
  'chiffrement:etat': { entree: rien, sortie: etatCleSecoursSchema },
  'chiffrement:cleSecours': { entree: revelerCleSecoursSchema, sortie: cleSecoursSchema },
  'objectifs:lire': { entree: anneeRegionSchema, sortie: objectifsAnneeSchema },
  'objectifs:enregistrer': { entree: objectifsAnneeSchema, sortie: objectifsAnneeSchema },
} as const satisfies Record<Canal, { entree: z.ZodType; sortie: z.ZodType }>;

/** What a caller passes (before defaults and trimming). */
export type Entree<C extends Canal> = z.input<(typeof CONTRAT)[C]['entree']>;
/** What the handler receives (after validation). */
export type EntreeValidee<C extends Canal> = z.output<(typeof CONTRAT)[C]['entree']>;
export type Sortie<C extends Canal> = z.output<(typeof CONTRAT)[C]['sortie']>;
