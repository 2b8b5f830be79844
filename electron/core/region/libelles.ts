/** French labels of the breakdowns and modalities, for the XLSX and the PDF (the CSV keeps codes). */
import type { Indicateur } from './indicateurs/definition';
import { DIMENSIONS_JEUNE, type DimensionJeune } from './indicateurs/dimensions';

function dimension(i: Indicateur, nom: string) {
  return i.nature === 'jeunes' ? DIMENSIONS_JEUNE[nom as DimensionJeune] : i.dimensions.find((d) => d.nom === nom);
}

export function libelleDimension(i: Indicateur, nom: string): string {
  return nom === 'total' ? 'Total' : (dimension(i, nom)?.libelle ?? nom);
}

export function libelleModalite(i: Indicateur, nom: string, modalite: string): string {
  if (nom === 'total') return 'Total';
  const libelles = dimension(i, nom)?.liste.libelles as Record<string, string> | undefined;
  return libelles?.[modalite] ?? modalite;
}
