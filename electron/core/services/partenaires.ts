/** Use cases of the partner directory: partners and contacts, sessions, offers, merge, outcomes. */
import type { EntreeValidee, Offre, Partenaire, SessionFormation } from '../contract';
import {
  contactsDuPartenaire,
  deplacerLiens,
  insererOffre,
  insererPartenaire,
  insererSession,
  liensPartenaire,
  mettreAJourOffre,
  mettreAJourPartenaire,
  mettreAJourSession,
  offreParId,
  offresDuPartenaire,
  orientationsVers,
  orientationsDuPartenaire,
  partenaireParId,
  partenaireParSiret,
  rechercherPartenaires as chercher,
  recordsLiesAuPartenaire,
  remplacerContacts,
  sessionParId,
  sessionsDuPartenaire,
  supprimerOffre,
  supprimerPartenaire,
  supprimerSession,
  type LignePartenaire,
} from '../../../db/repositories/partenaires';
import { ajouterHistorique } from '../../../db/repositories/jeunes';
import { remplacerRessources, ressourcesDuPartenaire } from '../../../db/repositories/reperages';
import type { Contexte } from '../contexte';
import { TYPES_PARTENAIRE } from '../domain/codes';
import { proposeDesSessions } from '../domain/orientation';
import { normaliser } from '../domain/texte';
import { erreurDeChamps, ErreurMetier } from '../erreurs';

type SaisiePartenaire = EntreeValidee<'partenaires:creer'>['saisie'];

function introuvable(): ErreurMetier {
  return new ErreurMetier('INTROUVABLE', "Ce partenaire n'existe pas (ou plus).");
}

function ligneOuEchouer(ctx: Contexte, id: string): LignePartenaire {
  const l = partenaireParId(ctx.db, id);
  if (!l) throw introuvable();
  return l;
}

/** A SIRET identifies one partner: a second one with the same number is a duplicate. */
function verifierSiretLibre(ctx: Contexte, siret: string | null, sauf: string | null): void {
  if (siret === null) return;
  const existant = partenaireParSiret(ctx.db, siret);
  if (existant && existant.id !== sauf) {
    throw new ErreurMetier(
      'CONFLIT',
      `SIRET : déjà celui de « ${existant.raisonSociale} ». Ouvrez ce partenaire, ou fusionnez les deux fiches.`,
      { siret: `Déjà utilisé par « ${existant.raisonSociale} ».` },
    );
  }
}

export function lirePartenaire(ctx: Contexte, id: string): Partenaire {
  const l = ligneOuEchouer(ctx, id);
  const orientations = orientationsDuPartenaire(ctx.db, id);
  const realisees = orientations.filter((o) => o.etat === 'REALISEE').length;
  return {
    id: l.id,
    type: l.type,
    raisonSociale: l.raisonSociale,
    siret: l.siret,
    adresse: l.adresse,
    codePostal: l.codePostal,
    commune: l.commune,
    telephone: l.telephone,
    email: l.email,
    notes: l.notes,
    ressources: ressourcesDuPartenaire(ctx.db, id),
    contacts: contactsDuPartenaire(ctx.db, id).map(({ nom, fonction, telephone, email }) => ({
      nom,
      fonction,
      telephone,
      email,
    })),
    sessions: sessionsDuPartenaire(ctx.db, id),
    offres: offresDuPartenaire(ctx.db, id),
    orientations,
    tauxTransformation: orientations.length === 0 ? null : realisees / orientations.length,
  };
}

function colonnes(saisie: SaisiePartenaire) {
  const { contacts: _c, ressources: _r, ...champs } = saisie;
  return { ...champs, nomRecherche: normaliser(saisie.raisonSociale) };
}

/** The partner's lists that its form replaces as a whole: contacts and screening resources. */
function enregistrerListes(ctx: Contexte, id: string, saisie: SaisiePartenaire): void {
  remplacerContacts(
    ctx.db,
    id,
    saisie.contacts.map((c) => ({ id: ctx.nouvelId(), ...c })),
  );
  remplacerRessources(ctx.db, id, saisie.ressources);
}

export function creerPartenaire(ctx: Contexte, { saisie }: EntreeValidee<'partenaires:creer'>): Partenaire {
  verifierSiretLibre(ctx, saisie.siret, null);
  const id = ctx.nouvelId();
  const instant = ctx.maintenant().getTime();
  ctx.db.transaction(() => {
    insererPartenaire(ctx.db, { id, ...colonnes(saisie), creeLe: instant, modifieLe: instant });
    enregistrerListes(ctx, id, saisie);
  });
  return lirePartenaire(ctx, id);
}

export function modifierPartenaire(ctx: Contexte, { id, saisie }: EntreeValidee<'partenaires:modifier'>): Partenaire {
  const avant = ligneOuEchouer(ctx, id);
  verifierSiretLibre(ctx, saisie.siret, id);
  if (!proposeDesSessions(saisie.type) && sessionsDuPartenaire(ctx.db, id).length > 0) {
    throw erreurDeChamps({
      type: `« ${TYPES_PARTENAIRE.libelles[avant.type]} » a des sessions de formation : supprimez-les avant de changer de type.`,
    });
  }
  ctx.db.transaction(() => {
    mettreAJourPartenaire(ctx.db, id, { ...colonnes(saisie), modifieLe: ctx.maintenant().getTime() });
    enregistrerListes(ctx, id, saisie);
  });
  return lirePartenaire(ctx, id);
}

/** Deleting is for mistakes only: a partner with sessions, offers or orientations is kept (or merged). */
export function supprimerUnPartenaire(ctx: Contexte, { id }: EntreeValidee<'partenaires:supprimer'>): { id: string } {
  const p = ligneOuEchouer(ctx, id);
  const liens = liensPartenaire(ctx.db, id);
  const details = [
    [liens.sessions, 'session(s)'],
    [liens.offres, 'offre(s)'],
    [liens.propositions, 'orientation(s)'],
    [liens.situations, 'situation(s) de jeunes'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, quoi]) => `${n} ${quoi}`);
  if (details.length > 0) {
    throw new ErreurMetier(
      'CONFLIT',
      `« ${p.raisonSociale} » ne peut pas être supprimé : il est lié à ${details.join(', ')}. S'il fait doublon, fusionnez-le avec l'autre fiche.`,
    );
  }
  ctx.db.transaction(() => supprimerPartenaire(ctx.db, id));
  return { id };
}

/**
 * Merges a duplicate into the partner kept: every contact, resource, session, offer, orientation and situation
 * moves to it (each youth file's history says so), blank fields are completed, the duplicate goes.
 */
export function fusionnerPartenaires(
  ctx: Contexte,
  { conserveId, doublonId }: EntreeValidee<'partenaires:fusionner'>,
): Partenaire {
  const conserve = ligneOuEchouer(ctx, conserveId);
  const doublon = ligneOuEchouer(ctx, doublonId);
  const instant = ctx.maintenant().getTime();
  ctx.db.transaction(() => {
    const lies = recordsLiesAuPartenaire(ctx.db, doublonId);
    remplacerRessources(ctx.db, conserveId, [
      ...new Set([...ressourcesDuPartenaire(ctx.db, conserveId), ...ressourcesDuPartenaire(ctx.db, doublonId)]),
    ]);
    deplacerLiens(ctx.db, doublonId, conserveId);
    ajouterHistorique(
      ctx.db,
      [
        ...lies.propositions.map((r) => ({ ...r, entite: 'PROPOSITION' as const })),
        ...lies.situations.map((r) => ({ ...r, entite: 'SITUATION' as const })),
      ].map((r) => ({
        id: ctx.nouvelId(),
        jeuneId: r.jeuneId,
        horodatage: instant,
        auteurId: ctx.auteurId,
        entite: r.entite,
        entiteId: r.id,
        action: 'MODIFICATION' as const,
        champ: 'partenaireId',
        ancienneValeur: doublonId,
        nouvelleValeur: conserveId,
      })),
    );
    supprimerPartenaire(ctx.db, doublonId);
    const complements = Object.fromEntries(
      (['siret', 'adresse', 'codePostal', 'commune', 'telephone', 'email', 'notes'] as const)
        .filter((champ) => conserve[champ] === null && doublon[champ] !== null)
        .map((champ) => [champ, doublon[champ]]),
    );
    mettreAJourPartenaire(ctx.db, conserveId, { ...complements, modifieLe: instant });
  });
  return lirePartenaire(ctx, conserveId);
}

export function rechercherPartenaires(ctx: Contexte, e: EntreeValidee<'partenaires:rechercher'>) {
  const chiffres = e.texte.replace(/\s/g, '');
  return chercher(ctx.db, {
    texteNormalise: normaliser(e.texte),
    siret: /^\d{3,14}$/.test(chiffres) ? chiffres : null,
    type: e.type,
    decalage: e.page * e.taillePage,
    limite: e.taillePage,
  });
}

// ——— Sessions and offers ———

export function creerSession(
  ctx: Contexte,
  { partenaireId, saisie }: EntreeValidee<'sessions:creer'>,
): SessionFormation {
  const p = ligneOuEchouer(ctx, partenaireId);
  if (!proposeDesSessions(p.type)) {
    throw new ErreurMetier(
      'CONFLIT',
      `Les sessions de formation se rattachent à un organisme de formation ou à un CFA, pas à « ${TYPES_PARTENAIRE.libelles[p.type]} ».`,
    );
  }
  const id = ctx.nouvelId();
  insererSession(ctx.db, { id, partenaireId, ...saisie });
  return sessionParId(ctx.db, id)!;
}

export function modifierSession(ctx: Contexte, { id, saisie }: EntreeValidee<'sessions:modifier'>): SessionFormation {
  if (!sessionParId(ctx.db, id)) throw new ErreurMetier('INTROUVABLE', "Cette session n'existe pas (ou plus).");
  mettreAJourSession(ctx.db, id, saisie);
  return sessionParId(ctx.db, id)!;
}

export function supprimerUneSession(ctx: Contexte, { id }: EntreeValidee<'sessions:supprimer'>): { id: string } {
  if (!sessionParId(ctx.db, id)) throw new ErreurMetier('INTROUVABLE', "Cette session n'existe pas (ou plus).");
  const n = orientationsVers(ctx.db, 'sessionId', id);
  if (n > 0)
    throw new ErreurMetier('CONFLIT', `Cette session ne peut pas être supprimée : ${n} orientation(s) y mènent.`);
  supprimerSession(ctx.db, id);
  return { id };
}

export function creerOffre(ctx: Contexte, { partenaireId, saisie }: EntreeValidee<'offres:creer'>): Offre {
  ligneOuEchouer(ctx, partenaireId);
  const id = ctx.nouvelId();
  insererOffre(ctx.db, { id, partenaireId, ...saisie });
  return offreParId(ctx.db, id)!;
}

export function modifierOffre(ctx: Contexte, { id, saisie }: EntreeValidee<'offres:modifier'>): Offre {
  if (!offreParId(ctx.db, id)) throw new ErreurMetier('INTROUVABLE', "Cette offre n'existe pas (ou plus).");
  mettreAJourOffre(ctx.db, id, saisie);
  return offreParId(ctx.db, id)!;
}

export function supprimerUneOffre(ctx: Contexte, { id }: EntreeValidee<'offres:supprimer'>): { id: string } {
  if (!offreParId(ctx.db, id)) throw new ErreurMetier('INTROUVABLE', "Cette offre n'existe pas (ou plus).");
  const n = orientationsVers(ctx.db, 'offreId', id);
  if (n > 0)
    throw new ErreurMetier('CONFLIT', `Cette offre ne peut pas être supprimée : ${n} orientation(s) y mènent.`);
  supprimerOffre(ctx.db, id);
  return { id };
}
