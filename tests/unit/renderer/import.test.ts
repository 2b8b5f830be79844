import { describe, expect, it } from 'vitest';
import { fichiersDuDossier, lireFichiers } from '../../../renderer/src/features/import/fichiers';
import { fr } from '../../../renderer/src/i18n/fr';
import { frComptes } from '../../../renderer/src/i18n/fr-comptes';
import { frImport } from '../../../renderer/src/i18n/fr-import';
import { frOrientations } from '../../../renderer/src/i18n/fr-orientations';

const fichier = (chemin: string) => ({ name: chemin.split('/').pop(), webkitRelativePath: chemin }) as File;

describe('assistant d’import : lecture des fichiers choisis', () => {
  it('garde les fichiers du dossier choisi, pas ceux de ses sous-dossiers', () => {
    const choisis = [fichier('export/jeunes.csv'), fichier('export/ancien/jeunes.csv'), fichier('export/aides.csv')];
    expect(fichiersDuDossier(choisis).map((f) => f.webkitRelativePath)).toEqual([
      'export/jeunes.csv',
      'export/aides.csv',
    ]);
  });

  it('envoie les octets exacts en base64 et rend compte de la part lue', async () => {
    const octets = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const parts: number[] = [];
    const [lu] = await lireFichiers([new File([octets], 'jeunes.csv'), new File([octets], 'aides.csv')], (p) =>
      parts.push(p),
    );
    expect(lu!.nom).toBe('jeunes.csv');
    expect(new Uint8Array(Buffer.from(lu!.contenu, 'base64'))).toEqual(octets);
    expect(parts).toEqual([0.5, 1]);
  });
});

it('les textes de l’import ont leurs propres clés', () => {
  const autres = { ...fr, ...frOrientations, ...frComptes };
  expect(Object.keys(frImport).filter((cle) => Object.hasOwn(autres, cle))).toEqual([]);
});
