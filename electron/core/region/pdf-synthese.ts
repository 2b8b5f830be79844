/**
 * `synthese.pdf`: the 2–4 page summary the director signs — key figures against N-1, charts, the
 * detail of entries, screening and support, data quality, and a signature block.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOMAINES_REPERAGE } from '../domain/codes';
import { formaterDate } from '../domain/dates';
import { formaterMontant } from '../domain/montant';
import { BLEU, pdfmake } from '../services/pdfmake';
import { barresComparees, histogrammeMensuel } from './graphiques';
import { DIMENSIONS_JEUNE } from './indicateurs/dimensions';
import type { LigneIndicateur } from './indicateurs/types';
import { CONTROLES_QUALITE, type ControleQualite } from './qualite';
import type { TableauDeBord } from './tableau-de-bord';

export interface DonneesSynthese {
  structure: { nom: string; code: string; siret: string | null };
  annee: number;
  genereLe: Date;
  lignes: readonly LigneIndicateur[];
  tableau: TableauDeBord;
  qualite: Record<ControleQualite, number>;
}

/** The embedded Roboto has no narrow no-break space (U+202F, Intl's French grouping): use U+00A0. */
const imprimable = (t: string) => t.replace(/\u202f/g, '\u00a0');
const nombre = (n: number) => imprimable(new Intl.NumberFormat('fr-FR').format(n));

function evolution(n: number, precedente: number): string {
  if (precedente === 0) return n === 0 ? '=' : 'n.s.';
  const pct = ((n - precedente) / precedente) * 100;
  return imprimable(
    `${pct > 0 ? '+' : ''}${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(pct)}\u00a0%`,
  );
}

function table(entetes: string[], lignes: TableCell[][], largeurs: (string | number)[]): Content {
  return {
    table: {
      headerRows: 1,
      widths: largeurs,
      body: [
        entetes.map((e, k) => ({ text: e, bold: true, color: 'white', alignment: k === 0 ? 'left' : 'right' })),
        ...lignes,
      ],
    },
    layout: {
      fillColor: (r: number) => (r === 0 ? BLEU : r % 2 === 0 ? '#f2f5fa' : null),
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 4, 0, 10],
  };
}

const droite = (t: string): TableCell => ({ text: t, alignment: 'right' });

export async function ecrirePdfSynthese(d: DonneesSynthese): Promise<Uint8Array> {
  const v = (code: string, variante = 'tous', dimension = 'total', modalite = 'total') =>
    d.lignes.find(
      (l) => l.code === code && l.variante === variante && l.dimension === dimension && l.modalite === modalite,
    )?.valeur ?? 0;
  const titre = (t: string, sautDePage = false): Content => ({
    text: t,
    style: 'section',
    ...(sautDePage ? { pageBreak: 'before' as const } : {}),
  });

  const chiffresCles = table(
    ['Indicateur', String(d.annee - 1), String(d.annee), 'Évolution'],
    d.tableau.chiffres.map((c) => [
      c.libelle,
      droite(nombre(c.precedente)),
      droite(nombre(c.valeur)),
      droite(evolution(c.valeur, c.precedente)),
    ]),
    ['*', 60, 60, 60],
  );

  const accompagnes = d.tableau.chiffres.find((c) => c.code === 'JEUNES_ACCOMPAGNES')!;
  const entrees = [
    ['JEUNES_ENTRES_FORMATION', 'Formation'],
    ['JEUNES_ENTRES_ALTERNANCE', 'Alternance'],
    ['JEUNES_ENTRES_EMPLOI', 'Emploi'],
    ['JEUNES_ENTRES_EMPLOI_DURABLE', 'Emploi durable'],
    ['JEUNES_ENTRES_SOLUTION', 'Solution (total)'],
  ].map(([code, libelle]) => ({ libelle: libelle!, tous: v(code!), accompagnes: v(code!, 'accompagnes') }));

  const profil = (['sexe', 'tranche_age', 'niveau', 'qpv', 'zrr', 'rqth'] as const).flatMap((dim) =>
    DIMENSIONS_JEUNE[dim].liste.codes.map((m, k): TableCell[] => {
      const n = v('JEUNES_ACCOMPAGNES', 'tous', dim, m);
      const total = v('JEUNES_ACCOMPAGNES');
      return [
        k === 0 ? { text: DIMENSIONS_JEUNE[dim].libelle, bold: true } : '',
        (DIMENSIONS_JEUNE[dim].liste.libelles as Record<string, string>)[m]!,
        droite(nombre(n)),
        droite(
          total === 0
            ? '—'
            : `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format((n / total) * 100)} %`,
        ),
      ];
    }),
  );

  const reperages = (['HANDICAP', 'ILLETTRISME', 'ILLECTRONISME'] as const).map((dom) => [
    DOMAINES_REPERAGE.libelles[dom],
    droite(nombre(v(`JEUNES_REPERES_${dom}`))),
    droite(nombre(v(`JEUNES_REPERES_POSITIFS_${dom}`))),
    droite(nombre(v(`JEUNES_REPERES_ORIENTES_${dom}`))),
  ]);

  const autres: TableCell[][] = [
    ['Premiers accueils entrés en solution dans les 6 mois', droite(nombre(v('PREMIERS_ACCUEILS_SOLUTION_6M')))],
    ['Jeunes entrés en immersion (PMSMP, immersion)', droite(nombre(v('JEUNES_ENTRES_IMMERSION')))],
    ['Jeunes entrés en service civique', droite(nombre(v('JEUNES_ENTRES_SERVICE_CIVIQUE')))],
    ['Entrées en dispositif', droite(nombre(v('ENTREES_DISPOSITIF')))],
    ['Jeunes avec un frein identifié', droite(nombre(v('JEUNES_FREINS_IDENTIFIES')))],
    ['… dont frein levé dans l’année', droite(nombre(v('JEUNES_FREINS_LEVES')))],
    ['Aides financières accordées', droite(nombre(v('AIDES_NOMBRE')))],
    ['Montant des aides', droite(imprimable(formaterMontant(v('AIDES_MONTANT'))))],
    ['Propositions (orientations)', droite(nombre(v('PROPOSITIONS')))],
    ['Entreprises mobilisées', droite(nombre(v('ENTREPRISES_MOBILISEES')))],
  ];

  const qualite = (Object.keys(CONTROLES_QUALITE) as ControleQualite[]).map((c) => [
    CONTROLES_QUALITE[c],
    droite(nombre(d.qualite[c])),
  ]);

  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    info: { title: `Indicateurs ${d.annee} — ${d.structure.nom}`, author: d.structure.nom, creator: 'Tremplin' },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      titre: { fontSize: 18, bold: true, color: BLEU },
      section: { fontSize: 12, bold: true, color: BLEU, margin: [0, 12, 0, 2] },
      note: { fontSize: 8, color: '#555555' },
    },
    header: (page: number) => ({
      columns: [
        { text: d.structure.nom, style: 'note' },
        { text: `Indicateurs ${d.annee} — page ${page}`, style: 'note', alignment: 'right' },
      ],
      margin: [40, 20, 40, 0],
    }),
    content: [
      { text: `Indicateurs annuels ${d.annee}`, style: 'titre' },
      {
        text: [
          `${d.structure.nom} (${d.structure.code}${d.structure.siret ? `, SIRET ${d.structure.siret}` : ''})`,
          `\nPériode du ${formaterDate(`${d.annee}-01-01`)} au ${formaterDate(`${d.annee}-12-31`)} — `,
          `paquet généré le ${d.genereLe.toLocaleDateString('fr-FR')} à ${d.genereLe.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`,
        ],
        margin: [0, 2, 0, 6],
      },
      titre('Chiffres clés'),
      chiffresCles,
      {
        text:
          '« Accompagnés » : entrée prescrite par la Mission Locale, ou précédée d’un entretien, atelier, information ' +
          'collective ou médiation dans les 6 mois. Emploi durable : CDI, fonction publique, création, ou au moins 6 mois prévus.',
        style: 'note',
      },
      titre('Nouveaux jeunes accompagnés, par mois'),
      { svg: histogrammeMensuel(accompagnes.mensuel, accompagnes.mensuelPrecedent, d.annee), width: 515 },
      { text: 'Un jeune compte le mois de son premier accompagnement de l’année.', style: 'note' },
      titre('Entrées en situation', true),
      { svg: barresComparees(entrees), width: 515 },
      table(
        ['Jeunes entrés', 'Tous', 'Accompagnés'],
        entrees.map((e) => [e.libelle, droite(nombre(e.tous)), droite(nombre(e.accompagnes))]),
        ['*', 80, 80],
      ),
      titre('Profil des jeunes accompagnés'),
      table(['Répartition', 'Modalité', 'Jeunes', 'Part'], profil, [110, '*', 60, 60]),
      titre('Repérages', true),
      table(['Domaine', 'Jeunes repérés', 'Positifs', 'Orientés'], reperages, ['*', 80, 80, 80]),
      titre('Autres indicateurs'),
      table(['Indicateur', 'Valeur'], autres, ['*', 100]),
      titre('Qualité des données'),
      table(['Contrôle', 'Nombre'], qualite, ['*', 100]),
      {
        text: 'La liste des dossiers à corriger reste à la Mission Locale : elle ne fait pas partie du paquet.',
        style: 'note',
      },
      {
        margin: [0, 24, 0, 0],
        unbreakable: true,
        stack: [
          { text: 'Certifié exact,', margin: [0, 0, 0, 6] },
          { text: 'Fait à ____________________, le ____ / ____ / ________' },
          { text: 'La directrice / le directeur (nom, signature et cachet) :', margin: [0, 10, 0, 60] },
        ],
      },
    ],
    footer: {
      text: 'Chiffres agrégés : aucun nom, aucun identifiant de jeune. Détail complet dans indicateurs.csv / indicateurs.xlsx.',
      style: 'note',
      alignment: 'center',
      margin: [40, 10, 40, 0],
    },
  };
  return new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}
