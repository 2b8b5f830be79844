import { describe, expect, it } from 'vitest';
import {
  estExpediteurAutorise,
  estUrlAutorisee,
  ORIGINE_APP,
  politiqueContenu,
} from '../../../electron/shell/securite';

describe('estUrlAutorisee', () => {
  it.each([
    'app://tremplin/index.html',
    'app://tremplin/',
    'app://tremplin/jeunes/42?onglet=historique#haut',
    `${ORIGINE_APP}/assets/index-abc123.js`,
  ])('accepte la page de l’application %s', (url) => {
    expect(estUrlAutorisee(url)).toBe(true);
  });

  it.each([
    ['un hôte qui commence pareil', 'app://tremplin.evil/index.html'],
    ['un sous-domaine', 'app://evil.tremplin/index.html'],
    ['un identifiant avant @', 'app://tremplin@evil/index.html'],
    ['un identifiant sur le bon hôte', 'app://evil@tremplin/index.html'],
    ['un mot de passe', 'app://a:b@tremplin/index.html'],
    ['un port', 'app://tremplin:8080/index.html'],
    ['file://', 'file:///work/main/out/renderer/index.html'],
    ['https://', 'https://tremplin/index.html'],
    ['le serveur de développement', 'http://localhost:5173/'],
    ['un autre schéma privilégié', 'tremplin://app/index.html'],
    ['blob:', 'blob:app://tremplin/5f0c6a0e'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['javascript:', 'javascript:alert(1)'],
    ['about:blank', 'about:blank'],
    ['sans barres', 'app:tremplin/index.html'],
    ['une chaîne vide', ''],
    ['une URL invalide', 'app://tremplin:port/'],
  ])('refuse %s', (_cas, url) => {
    expect(estUrlAutorisee(url)).toBe(false);
  });
});

describe('estExpediteurAutorise', () => {
  it('accepte le cadre principal de la page de l’application', () => {
    expect(estExpediteurAutorise({ url: 'app://tremplin/index.html', estCadrePrincipal: true })).toBe(true);
  });

  it('refuse un sous-cadre, même de la bonne origine', () => {
    expect(estExpediteurAutorise({ url: 'app://tremplin/index.html', estCadrePrincipal: false })).toBe(false);
  });

  it('refuse une autre origine et un cadre disparu', () => {
    expect(estExpediteurAutorise({ url: 'https://evil.example/', estCadrePrincipal: true })).toBe(false);
    expect(estExpediteurAutorise(null)).toBe(false);
  });
});

describe('politiqueContenu', () => {
  const directives = new Map(
    politiqueContenu()
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([nom, ...valeurs]) => [nom, valeurs] as const),
  );

  it('n’autorise que les scripts de l’application, sans eval ni script en ligne', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(politiqueContenu()).not.toContain('unsafe-eval');
    expect(politiqueContenu()).not.toContain('wasm-unsafe-eval');
  });

  it('ferme tout le reste par défaut', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('ne laisse « unsafe-inline » qu’aux styles (Emotion)', () => {
    for (const [nom, valeurs] of directives) {
      if (nom !== 'style-src') expect(valeurs).not.toContain("'unsafe-inline'");
    }
  });
});
