import { describe, expect, it, vi } from 'vitest';
import { durcirSession, protegerContenus } from '../../../electron/shell/garde-fous';

type Ecouteur = (evenement: { url: string; preventDefault: () => void }) => void;

function fauxContenus() {
  const ecouteurs = new Map<string, Ecouteur>();
  let ouverture: ((details: { url: string }) => unknown) | undefined;
  const contenus = {
    on: (nom: string, ecouteur: Ecouteur) => ecouteurs.set(nom, ecouteur),
    setWindowOpenHandler: (gestionnaire: typeof ouverture) => {
      ouverture = gestionnaire;
    },
  };
  protegerContenus(contenus as unknown as Parameters<typeof protegerContenus>[0]);
  const naviguer = (nom: string, url: string) => {
    const evenement = { url, preventDefault: vi.fn() };
    ecouteurs.get(nom)!(evenement);
    return evenement.preventDefault.mock.calls.length > 0;
  };
  return { naviguer, ouvrir: (url: string) => ouverture!({ url }) };
}

describe('protegerContenus', () => {
  it.each(['will-navigate', 'will-redirect'])('%s : bloque tout ce qui n’est pas l’application', (nom) => {
    const { naviguer } = fauxContenus();
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://tremplin.evil/',
      'app://tremplin@evil/',
      'javascript:alert(1)',
    ]) {
      expect(naviguer(nom, url)).toBe(true);
    }
    expect(naviguer(nom, 'app://tremplin/index.html')).toBe(false);
  });

  it('refuse toute nouvelle fenêtre, même de l’application', () => {
    const { ouvrir } = fauxContenus();
    expect(ouvrir('https://www.service-public.fr/')).toEqual({ action: 'deny' });
    expect(ouvrir('app://tremplin/index.html')).toEqual({ action: 'deny' });
  });
});

describe('durcirSession', () => {
  it('refuse toutes les demandes et vérifications de permission', () => {
    let demande: ((contenus: unknown, permission: string, repondre: (accord: boolean) => void) => void) | undefined;
    let verification: ((...args: unknown[]) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (g: typeof demande) => (demande = g),
      setPermissionCheckHandler: (g: typeof verification) => (verification = g),
    };
    durcirSession(session as unknown as Parameters<typeof durcirSession>[0]);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const repondre = vi.fn();
      demande!(null, permission, repondre);
      expect(repondre).toHaveBeenCalledWith(false);
      expect(verification!(null, permission, 'app://tremplin', {})).toBe(false);
    }
  });
});
