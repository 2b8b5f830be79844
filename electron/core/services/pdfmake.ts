/**
 * pdfmake set up once for every document the core prints (liaison sheet, Region synthesis): the
 * embedded Roboto fonts, and no access to any URL or file other than those fonts.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';

const dossierPolices = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'build',
  'fonts',
  'Roboto',
);
pdfmake.setFonts({
  Roboto: {
    normal: join(dossierPolices, 'Roboto-Regular.ttf'),
    bold: join(dossierPolices, 'Roboto-Medium.ttf'),
    italics: join(dossierPolices, 'Roboto-Italic.ttf'),
    bolditalics: join(dossierPolices, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((chemin) => chemin.startsWith(dossierPolices));

export { pdfmake };

/** The blue of Tremplin's printed documents. */
export const BLEU = '#1d3b6f';
