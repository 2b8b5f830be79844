/** Small SVG charts for the synthesis PDF (drawn here: no chart library in the core). */

const MOIS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const GRIS = '#9aa7bd';
const BLEU = '#1d3b6f';
const echapper = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A "nice" upper bound for an axis (1, 2, 5 × 10^k) and its step. */
function echelle(max: number): { haut: number; pas: number } {
  if (max <= 0) return { haut: 5, pas: 1 };
  const brut = max / 5;
  const puissance = 10 ** Math.floor(Math.log10(brut));
  const pas = [1, 2, 5, 10].map((m) => m * puissance).find((p) => p >= brut)!;
  return { haut: Math.ceil(max / pas) * pas, pas };
}

function legende(x: number, y: number, elements: [string, string][]): string {
  return elements
    .map(
      ([couleur, texte], k) =>
        `<rect x="${x + k * 110}" y="${y - 8}" width="10" height="10" fill="${couleur}"/>` +
        `<text x="${x + k * 110 + 14}" y="${y}" font-size="9">${echapper(texte)}</text>`,
    )
    .join('');
}

/** Grouped monthly bars: the year (blue) against the year before (grey). */
export function histogrammeMensuel(courant: number[], precedent: number[], annee: number): string {
  const [l, h, g, b] = [515, 210, 36, 26];
  const { haut, pas } = echelle(Math.max(...courant, ...precedent));
  const largeurMois = (l - g) / 12;
  const y = (v: number) => h - b - (v / haut) * (h - b - 20);
  const grille = Array.from({ length: haut / pas + 1 }, (_, k) => k * pas)
    .map(
      (v) =>
        `<line x1="${g}" x2="${l}" y1="${y(v)}" y2="${y(v)}" stroke="#e0e0e0"/>` +
        `<text x="${g - 4}" y="${y(v) + 3}" font-size="8" text-anchor="end">${v}</text>`,
    )
    .join('');
  const barres = MOIS.map((m, k) => {
    const x = g + k * largeurMois + 4;
    const w = (largeurMois - 8) / 2;
    return (
      `<rect x="${x}" y="${y(precedent[k]!)}" width="${w}" height="${h - b - y(precedent[k]!)}" fill="${GRIS}"/>` +
      `<rect x="${x + w}" y="${y(courant[k]!)}" width="${w}" height="${h - b - y(courant[k]!)}" fill="${BLEU}"/>` +
      `<text x="${x + w}" y="${h - b + 12}" font-size="8" text-anchor="middle">${echapper(m)}</text>`
    );
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${l}" height="${h}" viewBox="0 0 ${l} ${h}">${grille}${barres}${legende(
    g,
    10,
    [
      [GRIS, String(annee - 1)],
      [BLEU, String(annee)],
    ],
  )}</svg>`;
}

/** Horizontal bars by category: "all" (grey) and "accompanied" (blue) for each. */
export function barresComparees(categories: { libelle: string; tous: number; accompagnes: number }[]): string {
  const [l, g, ligne] = [515, 130, 34];
  const h = 24 + categories.length * ligne;
  const { haut } = echelle(Math.max(...categories.map((c) => c.tous)));
  const x = (v: number) => (v / haut) * (l - g - 40);
  const barres = categories
    .map((c, k) => {
      const y = 22 + k * ligne;
      return (
        `<text x="${g - 6}" y="${y + 14}" font-size="9" text-anchor="end">${echapper(c.libelle)}</text>` +
        `<rect x="${g}" y="${y}" width="${x(c.tous)}" height="11" fill="${GRIS}"/>` +
        `<text x="${g + x(c.tous) + 4}" y="${y + 9}" font-size="8">${c.tous}</text>` +
        `<rect x="${g}" y="${y + 13}" width="${x(c.accompagnes)}" height="11" fill="${BLEU}"/>` +
        `<text x="${g + x(c.accompagnes) + 4}" y="${y + 22}" font-size="8">${c.accompagnes}</text>`
      );
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${l}" height="${h}" viewBox="0 0 ${l} ${h}">${legende(g, 10, [
    [GRIS, 'Tous'],
    [BLEU, 'Accompagnés'],
  ])}${barres}</svg>`;
}
