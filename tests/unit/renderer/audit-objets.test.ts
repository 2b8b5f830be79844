/**
 * Every code the core writes as the object of an audited action has a French label: the codes are
 * read from the core's sources (`objet: 'CODE…'` and the audit helpers' arguments), so a new code
 * without a label fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITES_HISTORIQUE } from '../../../electron/core/domain/historique';
import { CODES_OBJET, libelleObjet } from '../../../renderer/src/features/audit/libelleObjet';

const CORE = join(__dirname, '../../../electron/core');

function sources(dossier: string): string[] {
  return readdirSync(dossier, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dossier, e.name)) : e.name.endsWith('.ts') ? [join(dossier, e.name)] : [],
  );
}

/** `objet: 'X'`, `objet: \`X …\``, and the object argument of `auditerLecture`, `auditerDroits`, `auditer`. */
const ECRITURES = [
  /objet:\s*['`]([A-Z][A-Z_]*)\b/g,
  /auditerLecture\(ctx,\s*\w+,\s*['`]([A-Z][A-Z_]*)\b/g,
  /auditerDroits\(ctx,\s*['`]([A-Z][A-Z_]*)\b/g,
  /auditer\(ctx,\s*'[A-Z_]+',\s*[\w.]+,\s*['`]([A-Z][A-Z_]*)\b/g,
];

const codesEcrits = [
  ...new Set(
    sources(CORE).flatMap((f) => {
      const texte = readFileSync(f, 'utf8');
      return ECRITURES.flatMap((re) => [...texte.matchAll(re)].map((m) => m[1]!));
    }),
  ),
].sort();

describe('objets du journal d’audit', () => {
  it('les codes écrits par le cœur sont trouvés (dont ceux de l’issue 8)', () => {
    expect(codesEcrits).toEqual(
      expect.arrayContaining(['DONNEES_JEUNE', 'REPERAGES', 'REPERAGES_A_SUIVRE', 'PAQUET_REGION', 'SANTE', 'COMPTE']),
    );
  });

  it.each(codesEcrits)('%s a un libellé français', (code) => {
    const connu =
      (CODES_OBJET as readonly string[]).includes(code) || (ENTITES_HISTORIQUE as readonly string[]).includes(code);
    expect(connu, `${code} : ajoutez son libellé à audit.objets`).toBe(true);
    expect(libelleObjet(code)).not.toBe(code);
  });

  it('le code est traduit, ce qui le suit est gardé', () => {
    expect(libelleObjet('DONNEES_JEUNE')).toBe('Données du jeune (remise RGPD)');
    expect(libelleObjet('REPERAGES')).toBe('Repérages du dossier');
    expect(libelleObjet('REPERAGES_A_SUIVRE')).toBe('Repérages à suivre');
    expect(libelleObjet('PAQUET_REGION 2025')).toBe('Paquet Région 2025');
    expect(libelleObjet('inactivité')).toBe('inactivité');
  });
});
