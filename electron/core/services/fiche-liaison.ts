/**
 * The liaison sheet (fiche de liaison): one printable page the partner receives with an orientation —
 * the youth's contact details (given with their consent), the adviser, the session or offer, the
 * reason. Never the internal comments, nor any screening detail.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { EntreeValidee } from '../contract';
import { jeuneParId } from '../../../db/repositories/jeunes';
import { offreParId, partenaireParId, sessionParId, contactsDuPartenaire } from '../../../db/repositories/partenaires';
import { propositionDetail } from '../../../db/repositories/propositions';
import { lireStructure } from '../../../db/repositories/structure';
import type { Contexte } from '../contexte';
import { FINANCEURS, SEXES, TYPES_OFFRE, TYPES_PROPOSITION } from '../domain/codes';
import { ageRevolu, dateLocale, formaterDate } from '../domain/dates';
import { cleNom } from '../domain/texte';
import { ErreurMetier } from '../erreurs';
import { BLEU, pdfmake } from './pdfmake';

function telephone(chiffres: string | null): string {
  return chiffres ? chiffres.replace(/(\d{2})(?=\d)/g, '$1 ') : '—';
}

function ligne(libelle: string, valeur: string | null | undefined): Content {
  return {
    columns: [
      { text: libelle, width: 150, color: '#444444' },
      { text: valeur ?? '—', width: '*' },
    ],
    margin: [0, 2, 0, 2],
  };
}

function section(titre: string, lignes: Content[]): Content[] {
  return [
    { text: titre, style: 'section' },
    { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineColor: BLEU }] },
    ...lignes,
  ];
}

export async function ficheLiaison(ctx: Contexte, { id }: EntreeValidee<'propositions:ficheLiaison'>) {
  const p = propositionDetail(ctx.db, id);
  if (!p) throw new ErreurMetier('INTROUVABLE', "Cette orientation n'existe pas (ou plus).");
  const jeune = jeuneParId(ctx.db, p.jeuneId)!;
  const structure = lireStructure(ctx.db);
  const partenaire = p.partenaireId ? partenaireParId(ctx.db, p.partenaireId) : undefined;
  const contact = p.partenaireId ? contactsDuPartenaire(ctx.db, p.partenaireId)[0] : undefined;
  const session = p.sessionId ? sessionParId(ctx.db, p.sessionId) : undefined;
  const offre = p.offreId ? offreParId(ctx.db, p.offreId) : undefined;
  const aujourdhui = dateLocale(ctx.maintenant());

  const cible: Content[] = session
    ? [
        ligne('Session', session.intitule),
        ligne(
          'Dates',
          `du ${formaterDate(session.dateDebut)}${session.dateFin ? ` au ${formaterDate(session.dateFin)}` : ''}`,
        ),
        ligne('Financement', session.financeur ? FINANCEURS.libelles[session.financeur] : null),
      ]
    : offre
      ? [
          ligne('Offre', `${offre.intitule} (${TYPES_OFFRE.libelles[offre.type].toLowerCase()})`),
          ligne('Code ROME', offre.codeRome),
        ]
      : [ligne('Objet', p.intitule)];

  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 50],
    info: {
      title: `Fiche de liaison — ${jeune.prenom} ${jeune.nom}`,
      author: structure?.nom ?? 'Mission Locale',
      creator: 'Tremplin',
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      titre: { fontSize: 18, bold: true, color: BLEU },
      section: { fontSize: 12, bold: true, color: BLEU, margin: [0, 14, 0, 4] },
      petit: { fontSize: 8, color: '#555555' },
    },
    content: [
      {
        columns: [
          { text: structure?.nom ?? 'Mission Locale', bold: true },
          { text: `Le ${formaterDate(aujourdhui)}`, alignment: 'right' },
        ],
      },
      { text: 'Fiche de liaison', style: 'titre', margin: [0, 12, 0, 2] },
      {
        text: `Orientation ${TYPES_PROPOSITION.libelles[p.type].toLowerCase()} proposée le ${formaterDate(p.date)}`,
        margin: [0, 0, 0, 6],
      },
      ...section('Destinataire', [
        ligne('Partenaire', partenaire?.raisonSociale),
        ligne(
          'Adresse',
          partenaire
            ? [partenaire.adresse, [partenaire.codePostal, partenaire.commune].filter(Boolean).join(' ')]
                .filter(Boolean)
                .join(', ') || null
            : null,
        ),
        ligne('Contact', contact ? [contact.nom, contact.fonction].filter(Boolean).join(', ') : null),
      ]),
      ...section('Jeune orienté·e', [
        ligne('Nom et prénom', `${jeune.nom.toUpperCase()} ${jeune.prenom}`),
        ligne('Sexe', SEXES.libelles[jeune.sexe]),
        ligne(
          'Date de naissance',
          `${formaterDate(jeune.dateNaissance)} (${ageRevolu(jeune.dateNaissance, aujourdhui)} ans)`,
        ),
        ligne('Téléphone', telephone(jeune.telephone)),
        ligne('E-mail', jeune.email),
        ligne('Commune', [jeune.codePostal, jeune.commune].filter(Boolean).join(' ') || null),
      ]),
      ...section('Objet de l’orientation', [...cible, ligne('Motif', p.motif)]),
      ...section('Conseiller·ère Mission Locale', [
        ligne('Suivi par', p.conseillerNom),
        ligne('Structure', structure?.nom),
      ]),
      ...section('Retour du partenaire', [
        // Plain text: the embedded font has no check-box glyph.
        { text: 'Candidature :   retenue   /   non retenue   (entourer)', margin: [0, 6, 0, 2] },
        { text: 'Date d’entrée prévue : ____ / ____ / ________', margin: [0, 4, 0, 6] },
        { text: 'Observations :', margin: [0, 4, 0, 40] },
        { columns: [{ text: 'Signature du partenaire' }, { text: 'Signature du jeune', alignment: 'right' }] },
      ]),
    ],
    footer: {
      text: 'Coordonnées transmises avec l’accord du jeune, pour cette seule orientation. Document à ne pas diffuser.',
      style: 'petit',
      alignment: 'center',
      margin: [40, 10, 40, 0],
    },
  };
  const contenu = await pdfmake.createPdf(definition).getBuffer();
  return {
    nomFichier: `fiche-liaison-${cleNom(jeune.nom)}-${p.date}.pdf`,
    pdfBase64: Buffer.from(contenu).toString('base64'),
  };
}
