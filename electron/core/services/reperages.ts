/**
 * Use cases of screenings (repérages): record them, read them per the access rule (sensitive reads
 * audited), orient after a positive result, and the follow-up queue of advisers and DIRECTION.
 */
import type { EntreeValidee, Reperage } from '../contract';
import { jeuneParId } from '../../../db/repositories/jeunes';
import { propositionDetail } from '../../../db/repositories/propositions';
import {
  candidatsASuivre,
  partenairesOffrant,
  reperageDetail,
  reperagesDuJeune,
  type LigneReperageDetail,
} from '../../../db/repositories/reperages';
import { TABLES_SUIVI } from '../../../db/repositories/suivi';
import type { Contexte } from '../contexte';
import {
  DOMAINES_REPERAGE,
  RESULTATS_POSITIFS,
  RESULTATS_REPERAGE,
  type DomaineReperage,
  type RessourceReperage,
} from '../domain/codes';
import { dateLocale, formaterDate } from '../domain/dates';
import {
  conseilOrientation,
  domaineSensible,
  erreursDatesFutures,
  estPositif,
  etatRqthA,
  ETATS_SANS_SUITE,
  raisonsASuivre,
} from '../domain/reperage';
import { erreurDeChamps, ErreurMetier } from '../erreurs';
import { journaliser } from './audit';
import { exigerAccesSensible, peutVoirSensible } from './comptes';
import { creer, introuvable, ligneOuEchouer, modifier, supprimer, type Sorte } from './elements-jeune';
import { PROPOSITION } from './propositions';

type SaisieReperage = EntreeValidee<'reperages:creer'>['saisie'];

function versReperage(l: LigneReperageDetail, aujourdhui: string, voitSensible: boolean): Reperage {
  const { creeLe: _c, modifieLe: _m, propositionEtat, propositionType, propositionPartenaireNom, ...r } = l;
  return {
    ...r,
    note: voitSensible ? r.note : null,
    noteReservee: !voitSensible && r.note !== null,
    positif: estPositif(r.domaine, r.resultat),
    orientation:
      r.propositionId !== null && propositionEtat !== null && propositionType !== null
        ? { id: r.propositionId, etat: propositionEtat, type: propositionType, partenaireNom: propositionPartenaireNom }
        : null,
    raisons: raisonsASuivre(r, propositionEtat, aujourdhui),
  } as Reperage;
}

/** The stored screening as a saisie (to change one field through the common life cycle). */
function saisieDe(l: LigneReperageDetail): SaisieReperage {
  const { domaine, date, methode, resultat, dateInformation, dateSuivi, dateFinRqth, note, propositionId } = l;
  return {
    domaine,
    date,
    methode,
    resultat,
    dateInformation,
    dateSuivi,
    dateFinRqth,
    note,
    propositionId,
  } as SaisieReperage;
}

function lireOuEchouer(ctx: Contexte, id: string): LigneReperageDetail {
  const l = reperageDetail(ctx.db, id);
  if (!l) throw introuvable('Ce repérage');
  return l;
}

/** A handicap screening is health information: only those allowed may record, change or delete one. */
function exigerAccesSiSensible(ctx: Contexte, jeuneId: string, ...domaines: DomaineReperage[]): void {
  if (domaines.some(domaineSensible)) exigerAccesSensible(ctx, jeuneId);
}

const REPERAGE: Sorte<typeof TABLES_SUIVI.reperages, SaisieReperage, Reperage> = {
  entite: 'REPERAGE',
  table: TABLES_SUIVI.reperages,
  designation: 'Ce repérage',
  champs: [
    'domaine',
    'date',
    'methode',
    'resultat',
    'dateInformation',
    'dateSuivi',
    'dateFinRqth',
    'note',
    'propositionId',
  ],
  champsConfidentiels: ['note'],
  versColonnes: (s) => s,
  verifier: (ctx, jeuneId, saisie, id) => {
    const avant = id ? ligneOuEchouer(ctx, REPERAGE, id) : null;
    exigerAccesSiSensible(ctx, jeuneId, saisie.domaine, ...(avant ? [avant.domaine] : []));
    const erreurs = erreursDatesFutures(saisie, dateLocale(ctx.maintenant()));
    if (saisie.propositionId !== null) {
      const p = propositionDetail(ctx.db, saisie.propositionId);
      if (!p || p.jeuneId !== jeuneId) erreurs.propositionId = "n'est pas une orientation de ce jeune.";
    }
    if (Object.keys(erreurs).length > 0) throw erreurDeChamps(erreurs);
  },
  avantSuppression: (ctx, l) => exigerAccesSiSensible(ctx, l.jeuneId, l.domaine),
  // The history is read by every adviser of the file: a handicap screening is not described there.
  resumer: (l) =>
    domaineSensible(l.domaine)
      ? `Repérage confidentiel du ${formaterDate(l.date)}`
      : `Repérage ${DOMAINES_REPERAGE.libelles[l.domaine].toLowerCase()} du ${formaterDate(l.date)} : ${RESULTATS_REPERAGE.libelles[l.resultat as keyof typeof RESULTATS_REPERAGE.libelles].toLowerCase()}`,
  lire: (ctx, id) => {
    const l = lireOuEchouer(ctx, id);
    return versReperage(l, dateLocale(ctx.maintenant()), peutVoirSensible(ctx, l.jeuneId));
  },
};

export function creerReperage(ctx: Contexte, { jeuneId, saisie }: EntreeValidee<'reperages:creer'>): Reperage {
  return creer(ctx, REPERAGE, jeuneId, saisie);
}

export function modifierReperage(ctx: Contexte, { id, saisie }: EntreeValidee<'reperages:modifier'>): Reperage {
  const avant = ligneOuEchouer(ctx, REPERAGE, id);
  // Whoever may not read the note cannot have sent it back: it stays as stored.
  const note = peutVoirSensible(ctx, avant.jeuneId) ? saisie.note : avant.note;
  return modifier(ctx, REPERAGE, id, { ...saisie, note });
}

export function supprimerReperage(ctx: Contexte, { id }: EntreeValidee<'reperages:supprimer'>) {
  return supprimer(ctx, REPERAGE as Sorte<typeof TABLES_SUIVI.reperages, unknown, unknown>, id);
}

/** Audits one sensitive read of a youth's screenings (no value: what and whose). */
function auditerLecture(ctx: Contexte, jeuneId: string, objet: string): void {
  journaliser(ctx.db, ctx.maintenant().getTime(), {
    action: 'LECTURE_SENSIBLE',
    utilisateurId: ctx.auteurId,
    jeuneId,
    objet,
  });
}

/**
 * A youth's screenings. Those allowed read everything (audited when it holds a handicap screening or a
 * note); other advisers read illiteracy screenings without their notes.
 */
export function listerReperages(ctx: Contexte, { jeuneId }: EntreeValidee<'reperages:lister'>) {
  if (!jeuneParId(ctx.db, jeuneId)) throw new ErreurMetier('INTROUVABLE', "Ce dossier n'existe pas (ou plus).");
  const voit = peutVoirSensible(ctx, jeuneId);
  const aujourdhui = dateLocale(ctx.maintenant());
  const tous = reperagesDuJeune(ctx.db, jeuneId);
  const lisibles = voit ? tous : tous.filter((r) => !domaineSensible(r.domaine));
  if (voit && tous.some((r) => domaineSensible(r.domaine) || r.note !== null))
    auditerLecture(ctx, jeuneId, 'REPERAGES');
  return {
    reperages: lisibles.map((r) => versReperage(r, aujourdhui, voit)),
    detailsReserves: !voit,
    rqth: voit ? etatRqthA(tous, aujourdhui) : null,
  };
}

function reperageAOrienter(ctx: Contexte, id: string): LigneReperageDetail {
  const r = lireOuEchouer(ctx, id);
  exigerAccesSiSensible(ctx, r.jeuneId, r.domaine);
  if (!estPositif(r.domaine, r.resultat)) {
    throw new ErreurMetier(
      'CONFLIT',
      "Ce résultat n'appelle pas d'orientation : seul un résultat positif en appelle une.",
    );
  }
  return r;
}

/** Partners offering the resources a result calls for, best resource first, then by name. */
export function conseilReperage(ctx: Contexte, { id }: EntreeValidee<'reperages:conseil'>) {
  const r = reperageAOrienter(ctx, id);
  const conseil = conseilOrientation(r.domaine, r.resultat as keyof typeof RESULTATS_REPERAGE.libelles)!;
  const rang = (ressource: RessourceReperage) => conseil.ressources.indexOf(ressource);
  const parPartenaire = new Map<
    string,
    ReturnType<typeof partenairesOffrant>[number] & { ressources: RessourceReperage[] }
  >();
  for (const l of partenairesOffrant(ctx.db, conseil.ressources)) {
    const p = parPartenaire.get(l.id) ?? { ...l, ressources: [] };
    p.ressources.push(l.ressource);
    parPartenaire.set(l.id, p);
  }
  const partenaires = [...parPartenaire.values()]
    .map(({ ressource: _r, ...p }) => ({ ...p, ressources: p.ressources.sort((a, b) => rang(a) - rang(b)) }))
    .sort((a, b) => rang(a.ressources[0]!) - rang(b.ressources[0]!));
  return { typeProposition: conseil.typeProposition, ressources: [...conseil.ressources], partenaires };
}

/**
 * « Orienter »: creates the orientation (the usual workflow follows) and links it to the screening,
 * in one transaction. A screening whose orientation came to nothing may be oriented again.
 */
export function orienterReperage(ctx: Contexte, { id, saisie }: EntreeValidee<'reperages:orienter'>): Reperage {
  const r = reperageAOrienter(ctx, id);
  if (r.propositionEtat !== null && !ETATS_SANS_SUITE.includes(r.propositionEtat)) {
    throw new ErreurMetier('CONFLIT', 'Ce repérage a déjà une orientation en cours ou réalisée.');
  }
  if (saisie.date < r.date) throw erreurDeChamps({ date: `antérieure au repérage (${formaterDate(r.date)}).` });
  if (saisie.date > dateLocale(ctx.maintenant())) throw erreurDeChamps({ date: 'ne peut pas être dans le futur.' });
  ctx.db.transaction(() => {
    const proposition = creer(ctx, PROPOSITION, r.jeuneId, saisie);
    modifier(ctx, REPERAGE, id, { ...saisieDe(r), propositionId: proposition.id });
  });
  return REPERAGE.lire(ctx, id);
}

/** Positive result codes of every domain (no code is positive in one domain and negative in another). */
const TOUS_POSITIFS = Object.values(RESULTATS_POSITIFS).flat();

/**
 * The follow-up queue: screenings of active files that wait for an orientation or whose planned
 * follow-up has passed, oldest first. A CONSEILLER gets the files they follow; DIRECTION every file,
 * or one adviser's. Showing handicap screenings is a sensitive read: audited per file.
 */
export function fileASuivre(ctx: Contexte, { conseillerId }: EntreeValidee<'reperages:aSuivre'>) {
  const utilisateur = ctx.session.utilisateur;
  const referentId = utilisateur?.role === 'CONSEILLER' ? utilisateur.id : conseillerId;
  const aujourdhui = dateLocale(ctx.maintenant());
  const lignes = candidatsASuivre(ctx.db, {
    resultatsPositifs: TOUS_POSITIFS,
    etatsSansSuite: ETATS_SANS_SUITE,
    aujourdhui,
    referentId,
  })
    .map((l) => {
      const { jeuneNom, jeunePrenom, referentId: _r, referentNom, ...r } = l;
      const reperage = versReperage(r, aujourdhui, false);
      // Waiting for an orientation since the screening, or for the follow-up since its planned date.
      const echeance = reperage.raisons.some((raison) => raison !== 'SUIVI_DEPASSE') ? l.date : l.dateSuivi!;
      return { ...reperage, jeuneNom, jeunePrenom, referentNom, echeance };
    })
    .filter((l) => l.raisons.length > 0)
    .sort((a, b) => a.echeance.localeCompare(b.echeance) || a.jeuneNom.localeCompare(b.jeuneNom, 'fr'));
  for (const jeuneId of new Set(lignes.filter((l) => domaineSensible(l.domaine)).map((l) => l.jeuneId))) {
    auditerLecture(ctx, jeuneId, 'REPERAGES_A_SUIVRE');
  }
  const parDomaine = Object.fromEntries(
    DOMAINES_REPERAGE.codes.map((d) => [d, lignes.filter((l) => l.domaine === d).length]),
  ) as Record<DomaineReperage, number>;
  return { lignes, parDomaine };
}
