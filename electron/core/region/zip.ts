/** The ZIP for sending: the package's folder, its files inside, dated at the generation time. */
import { zipSync, type Zippable } from 'fflate';
import type { FichierPaquet } from './manifest';

export function zipper(dossier: string, fichiers: readonly FichierPaquet[], date: Date): Uint8Array {
  const arbre: Zippable = {};
  for (const f of fichiers) arbre[`${dossier}/${f.nom}`] = [f.contenu, { mtime: date }];
  return zipSync(arbre, { level: 9 });
}
