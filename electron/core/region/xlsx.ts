/**
 * `indicateurs.xlsx`: the same figures as the CSV, one sheet per section, French labels, laid out to
 * be read and printed (A4 portrait, one page wide, repeated title).
 */
import ExcelJS from 'exceljs';
import { CATALOGUE } from './indicateurs/catalogue';
import { SECTIONS, type LigneIndicateur, type Section } from './indicateurs/types';
import { libelleDimension, libelleModalite } from './libelles';

export interface EnTete {
  structure: string;
  annee: number;
  genereLe: Date;
}

const BLEU = 'FF1D3B6F';
const FOND_TITRE = 'FFE3E9F4';
const FORMAT_EUROS = '#,##0.00 "€"';

function feuille(classeur: ExcelJS.Workbook, section: Section, lignes: readonly LigneIndicateur[], entete: EnTete) {
  const f = classeur.addWorksheet(SECTIONS[section], {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&L${entete.structure}&RIndicateurs ${entete.annee}`,
      oddFooter: `&L${SECTIONS[section]}&RPage &P / &N`,
    },
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  f.columns = [{ width: 26 }, { width: 44 }, { width: 14 }, { width: 14 }];
  const titre = f.addRow([`${SECTIONS[section]} — année ${entete.annee}`]);
  titre.font = { bold: true, size: 14, color: { argb: BLEU } };
  f.addRow([entete.structure]).font = { italic: true, color: { argb: 'FF555555' } };
  f.pageSetup.printTitlesRow = '1:2';

  for (const i of CATALOGUE.filter((x) => x.section === section)) {
    const siennes = lignes.filter((l) => l.code === i.code);
    const avecAccompagnes = siennes.some((l) => l.variante === 'accompagnes');
    f.addRow([]);
    const nom = f.addRow([i.libelle, '', '', i.code]);
    nom.font = { bold: true, color: { argb: BLEU } };
    nom.getCell(4).font = { size: 8, color: { argb: 'FF888888' } };
    nom.getCell(4).alignment = { horizontal: 'right' };
    for (const c of [1, 2, 3, 4])
      nom.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FOND_TITRE } };
    const colonnes = f.addRow(['Répartition', 'Modalité', 'Tous', avecAccompagnes ? 'Accompagnés' : '']);
    colonnes.font = { bold: true, size: 9 };
    colonnes.border = { bottom: { style: 'thin' } };
    let dimensionPrecedente = '';
    for (const l of siennes.filter((x) => x.variante === 'tous')) {
      const accompagnes = siennes.find(
        (x) => x.variante === 'accompagnes' && x.dimension === l.dimension && x.modalite === l.modalite,
      );
      const valeur = (x: LigneIndicateur | undefined) =>
        x === undefined ? null : x.montant ? x.valeur / 100 : x.valeur;
      const r = f.addRow([
        l.dimension === dimensionPrecedente ? '' : libelleDimension(i, l.dimension),
        libelleModalite(i, l.dimension, l.modalite),
        valeur(l),
        valeur(accompagnes),
      ]);
      dimensionPrecedente = l.dimension;
      if (l.dimension === 'total') r.font = { bold: true };
      if (l.montant) for (const c of [3, 4]) r.getCell(c).numFmt = FORMAT_EUROS;
    }
  }
}

export async function ecrireXlsx(lignes: readonly LigneIndicateur[], entete: EnTete): Promise<Uint8Array> {
  const classeur = new ExcelJS.Workbook();
  classeur.creator = 'Tremplin';
  classeur.created = entete.genereLe;
  classeur.modified = entete.genereLe;
  for (const section of Object.keys(SECTIONS) as Section[]) feuille(classeur, section, lignes, entete);
  return new Uint8Array(await classeur.xlsx.writeBuffer());
}
