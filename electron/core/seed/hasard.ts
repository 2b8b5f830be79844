/**
 * Deterministic randomness for demo and synthetic data: the same graine gives the same sequence on
 * every machine (mulberry32: 32-bit state, fast, good enough for plausible data, not for secrets).
 */

/** A tiny deterministic generator (mulberry32): numbers in [0, 1). */
export function aleatoire(graine: number): () => number {
  let a = graine | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text graine (`--graine demo`) as a 32-bit number (FNV-1a), so any word is a valid graine. */
export function graineNumerique(graine: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < graine.length; i++) {
    h ^= graine.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Weighted choices prepared once: drawing is a scan of cumulated weights. */
export interface Pondere<T> {
  valeurs: readonly T[];
  cumuls: Float64Array;
}

export function pondere<T>(poids: readonly (readonly [T, number])[]): Pondere<T> {
  const total = poids.reduce((s, [, p]) => s + p, 0);
  const cumuls = new Float64Array(poids.length);
  let somme = 0;
  poids.forEach(([, p], i) => {
    somme += p / total;
    cumuls[i] = somme;
  });
  return { valeurs: poids.map(([v]) => v), cumuls };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The helpers a generator needs, on one seeded sequence. */
export class Hasard {
  readonly suivant: () => number;

  constructor(graine: number) {
    this.suivant = aleatoire(graine);
  }

  /** An integer in [min, max]. */
  entier(min: number, max: number): number {
    return min + Math.floor(this.suivant() * (max - min + 1));
  }

  oui(probabilite: number): boolean {
    return this.suivant() < probabilite;
  }

  choisir<T>(liste: readonly T[]): T {
    return liste[Math.floor(this.suivant() * liste.length)]!;
  }

  tirer<T>(p: Pondere<T>): T {
    const u = this.suivant();
    const { cumuls, valeurs } = p;
    for (let i = 0; i < cumuls.length - 1; i++) if (u < cumuls[i]!) return valeurs[i]!;
    return valeurs[valeurs.length - 1]!;
  }

  /** Exponentially distributed (mean `moyenne`): durations and counts with a long tail. */
  exponentielle(moyenne: number): number {
    return -Math.log(1 - this.suivant()) * moyenne;
  }

  /**
   * A UUID v7 like the app's ids (time-ordered by `instant`), whose random bits come from this
   * sequence: the same graine gives byte-identical ids.
   */
  uuid7(instant: number): string {
    const t = Math.max(0, Math.floor(instant));
    const haut = Math.floor(t / 0x10000);
    const bas = t % 0x10000;
    const octet = () => HEX[Math.floor(this.suivant() * 256)]!;
    const h = haut.toString(16).padStart(8, '0');
    const b = bas.toString(16).padStart(4, '0');
    const variante = HEX[0x80 | Math.floor(this.suivant() * 64)]!;
    return (
      `${h}-${b}-7${octet().slice(1)}${octet()}-${variante}${octet()}-` +
      `${octet()}${octet()}${octet()}${octet()}${octet()}${octet()}`
    );
  }
}
