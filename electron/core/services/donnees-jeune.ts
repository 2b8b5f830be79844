/**
 * The young person's right of access (RGPD art. 15): everything the Mission Locale holds on them, as
 * JSON (complete, machine-readable) and as a readable PDF. Only DIRECTION produces it; it is audited.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EntreeValidee } from '../contract';
import { auditDuJeune } from '../../../db/repositories/securite';
import { historiqueDuJeune } from '../../../db/repositories/jeunes';
import { reperagesDuJeune } from '../../../db/repositories/reperages';
import { freinsDuJeune } from '../../../db/repositories/suivi';
import { lireStructure } from '../../../db/repositories/structure';
import type { Contexte } from '../contexte';
import {
  CATEGORIES_SITUATION,
  DOMAINES_REPERAGE,
  ETATS_PROPOSITION,
  libelle,
  METHODES_REPERAGE,
  NIVEAUX_FORMATION,
  RESULTATS_REPERAGE,
  SEXES,
  SOUS_TYPES_SITUATION,
  STATUTS_DOSSIER,
  STATUTS_FREIN,
  THEMES_FREIN,
  TYPES_AIDE,
  TYPES_DISPOSITIF,
  TYPES_EVENEMENT,
  TYPES_PROPOSITION,
} from '../domain/codes';
import { dateLocale, formaterDate } from '../domain/dates';
import { formaterMontant } from '../domain/montant';
import { cleNom } from '../domain/texte';
import { journaliser } from './audit';
import { lireJeune } from './jeunes';
import { BLEU, pdfmake } from './pdfmake';
import { lireSuivi } from './suivi';

const date = (d: string | null) => (d ? formaterDate(d) : '');
const texte = (t: string | null | undefined) => t ?? '';

function section(titre: string, entetes: readonly string[], lignes: readonly (readonly string[])[]): Content[] {
  return [
    { text: `${titre} (${lignes.length})`, style: 'section' },
    lignes.length === 0
      ? { text: 'Aucun.', italics: true, color: '#555555' }
      : {
          table: {
            headerRows: 1,
            widths: entetes.map(() => '*'),
            body: [entetes.map((e) => ({ text: e, bold: true })), ...lignes.map((l) => [...l])],
          },
          layout: 'lightHorizontalLines',
          fontSize: 8,
        },
  ];
}

function donnees(ctx: Contexte, id: string) {
  const jeune = lireJeune(ctx, { id });
  const suivi = lireSuivi(ctx, { jeuneId: id });
  return {
    format: 'tremplin-donnees-jeune',
    version: 1,
    genereLe: ctx.maintenant().toISOString(),
    structure: lireStructure(ctx.db)?.nom ?? null,
    jeune,
    evenements: suivi.evenements,
    situations: suivi.situations,
    dispositifs: suivi.dispositifs,
    // Every barrier, health included: the right of access covers what is confidential to others.
    freins: freinsDuJeune(ctx.db, id).map(({ creeLe: _c, modifieLe: _m, ...f }) => f),
    aides: suivi.aides,
    orientations: suivi.propositions,
    reperages: reperagesDuJeune(ctx.db, id).map(({ creeLe: _c, modifieLe: _m, ...r }) => r),
    historique: historiqueDuJeune(ctx.db, id),
    consultations: auditDuJeune(ctx.db, id),
  };
}

type Donnees = ReturnType<typeof donnees>;

function document(d: Donnees): TDocumentDefinitions {
  const j = d.jeune;
  const identite: [string, string][] = [
    ['Nom de naissance', j.nom],
    ["Nom d'usage", texte(j.nomUsage)],
    ['Prénom(s)', j.prenom],
    ['Sexe', libelle(SEXES, j.sexe)],
    ['Date de naissance', date(j.dateNaissance)],
    ['Date de premier accueil', date(j.datePremierAccueil)],
    ['Niveau de formation', libelle(NIVEAUX_FORMATION, j.niveauFormation) || 'Non renseigné'],
    ['Résidence en QPV / ZRR', `${j.qpv ? 'oui' : 'non'} / ${j.zrr ? 'oui' : 'non'}`],
    ['Téléphone, e-mail', [j.telephone, j.email].filter(Boolean).join(', ')],
    ['Adresse', [j.adresse, j.codePostal, j.commune].filter(Boolean).join(' ')],
    ['Site, référent·e', [j.siteLibelle, j.referentNom].filter(Boolean).join(', ')],
    ['Statut du dossier', libelle(STATUTS_DOSSIER, j.statut)],
    ['Notice d’information remise le', date(j.dateInformationRgpd)],
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: { title: `Données de ${j.prenom} ${j.nom}`, author: d.structure ?? 'Mission Locale', creator: 'Tremplin' },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      titre: { fontSize: 16, bold: true, color: BLEU },
      section: { fontSize: 11, bold: true, color: BLEU, margin: [0, 12, 0, 4] },
    },
    content: [
      { text: d.structure ?? 'Mission Locale', bold: true },
      { text: `Données personnelles de ${j.prenom} ${j.nom}`, style: 'titre', margin: [0, 8, 0, 2] },
      {
        text: `Tout ce que la Mission Locale enregistre dans Tremplin, au ${formaterDate(dateLocale(new Date(d.genereLe)))}.`,
      },
      { text: 'Identité et coordonnées', style: 'section' },
      {
        table: { widths: [180, '*'], body: identite.map(([l, v]) => [{ text: l, color: '#444444' }, v]) },
        layout: 'noBorders',
      },
      ...section(
        'Contacts',
        ['Date', 'Type', 'Conseiller·ère', 'Commentaire'],
        d.evenements.map((e) => [
          date(e.date),
          libelle(TYPES_EVENEMENT, e.type),
          texte(e.conseillerNom),
          texte(e.commentaire),
        ]),
      ),
      ...section(
        'Situations',
        ['Catégorie', 'Sous-type', 'Début', 'Fin prévue', 'Fin', 'Intitulé, employeur'],
        d.situations.map((s) => [
          libelle(CATEGORIES_SITUATION, s.categorie),
          libelle(SOUS_TYPES_SITUATION, s.sousType),
          date(s.dateDebut),
          date(s.dateFinPrevue),
          date(s.dateFin),
          [s.intitule, s.partenaireNom ?? s.partenaire].filter(Boolean).join(', '),
        ]),
      ),
      ...section(
        'Dispositifs',
        ['Dispositif', 'Entrée', 'Sortie'],
        d.dispositifs.map((x) => [libelle(TYPES_DISPOSITIF, x.type), date(x.dateEntree), date(x.dateSortie)]),
      ),
      ...section(
        'Freins',
        ['Thème', 'Identifié le', 'Statut', 'Date du statut', 'Actions'],
        d.freins.map((f) => [
          libelle(THEMES_FREIN, f.theme),
          date(f.dateIdentification),
          libelle(STATUTS_FREIN, f.statut),
          date(f.dateStatut),
          texte(f.actions),
        ]),
      ),
      ...section(
        'Aides financières',
        ['Aide', 'Montant', 'Décision'],
        d.aides.map((a) => [libelle(TYPES_AIDE, a.type), formaterMontant(a.montantCentimes), date(a.dateDecision)]),
      ),
      ...section(
        'Orientations',
        ['Date', 'Type', 'Partenaire', 'État', 'Motif'],
        d.orientations.map((p) => [
          date(p.date),
          libelle(TYPES_PROPOSITION, p.type),
          texte(p.partenaireNom),
          `${libelle(ETATS_PROPOSITION, p.etat)} (${date(p.dateEtat)})`,
          texte(p.motif),
        ]),
      ),
      ...section(
        'Repérages',
        ['Domaine', 'Date', 'Méthode', 'Résultat', 'Note'],
        d.reperages.map((r) => [
          libelle(DOMAINES_REPERAGE, r.domaine),
          date(r.date),
          libelle(METHODES_REPERAGE, r.methode),
          libelle(RESULTATS_REPERAGE, r.resultat),
          texte(r.note),
        ]),
      ),
      ...section(
        'Qui a consulté ou modifié le dossier',
        ['Date', 'Personne', 'Action'],
        d.consultations.map((c) => [new Date(c.horodatage).toLocaleString('fr-FR'), texte(c.utilisateurNom), c.action]),
      ),
    ],
    footer: (page, pages) => ({
      text: `Document personnel et confidentiel — page ${page} / ${pages}`,
      alignment: 'center',
      fontSize: 8,
      color: '#555555',
    }),
  };
}

export async function exporterDonneesJeune(ctx: Contexte, { id }: EntreeValidee<'jeunes:exporterDonnees'>) {
  const d = donnees(ctx, id);
  journaliser(ctx.db, ctx.maintenant().getTime(), {
    action: 'EXPORT',
    utilisateurId: ctx.auteurId,
    jeuneId: id,
    objet: 'DONNEES_JEUNE',
  });
  const pdf = await pdfmake.createPdf(document(d)).getBuffer();
  return {
    nomFichier: `donnees-${cleNom(d.jeune.nom)}-${dateLocale(ctx.maintenant())}`,
    json: JSON.stringify(d, null, 2),
    pdfBase64: Buffer.from(pdf).toString('base64'),
  };
}
