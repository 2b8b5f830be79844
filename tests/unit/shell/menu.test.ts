import { describe, expect, it, vi } from 'vitest';
import { modeleMenu, type OptionsMenu } from '../../../electron/shell/menu';

type Element = ReturnType<typeof modeleMenu>[number];

function aplatir(elements: readonly Element[]): Element[] {
  return elements.flatMap((e) => [e, ...(Array.isArray(e.submenu) ? aplatir(e.submenu) : [])]);
}

const options = (outilsDeveloppement: boolean): OptionsMenu => ({ outilsDeveloppement, surAPropos: vi.fn() });

describe('modeleMenu', () => {
  it('donne un libellé français à chaque entrée', () => {
    const elements = aplatir(modeleMenu(options(true))).filter((e) => e.type !== 'separator');
    expect(elements.map((e) => e.label)).not.toContain(undefined);
    expect(modeleMenu(options(false)).map((e) => e.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
  });

  it('n’offre les outils de développement qu’hors de l’application empaquetée', () => {
    const roles = (dev: boolean) => aplatir(modeleMenu(options(dev))).map((e) => e.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('« À propos » appelle la fonction fournie', () => {
    const opts = options(false);
    const aPropos = aplatir(modeleMenu(opts)).find((e) => e.label === 'À propos de Tremplin');
    (aPropos!.click as () => void)();
    expect(opts.surAPropos).toHaveBeenCalledOnce();
  });
});
