/**
 * Passwords: the policy (12 characters at least, not a common French password) and scrypt hashing
 * at OWASP's parameters, stored with the hash so that they can be raised later (rehash at login).
 */
import { randomBytes, scrypt as scryptRappel, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { normaliser } from '../domain/texte';

export const LONGUEUR_MIN_MOT_DE_PASSE = 12;

/** OWASP (2023) for scrypt: N = 2^17, r = 8, p = 1 — about 128 MiB and a second per hash here. */
export const PARAMETRES_SCRYPT = { N: 2 ** 17, r: 8, p: 1 } as const;
export type ParametresScrypt = { N: number; r: number; p: number };

const LONGUEUR_CLE = 64;

/**
 * Frequent French passwords and keyboard walks of 12 characters or more (shorter ones are refused by
 * length). Compared without accents, case or separators.
 */
const COURANTS = [
  'azertyuiop12',
  'azertyuiop123',
  'azertyuiopqs',
  'azertyuiopqsdf',
  'azertyuiopqsdfghjklm',
  'qsdfghjklmwx',
  '123456789012',
  '1234567890123',
  '12345678901234',
  '123456789azerty',
  'azerty123456',
  'azerty1234567',
  'motdepasse123',
  'motdepasse1234',
  'motdepasse2024',
  'motdepasse2025',
  'motdepasse2026',
  'monmotdepasse',
  'jetaimejetaime',
  'jetaime123456',
  'soleil123456',
  'bonjour123456',
  'doudou123456',
  'chouchou1234',
  'marseille1313',
  'allezlom1899',
  'paris1234567',
  'bordeaux33000',
  'missionlocale',
  'missionlocale1',
  'missionlocale2026',
  'tremplin2026',
  'tremplin12345',
  'administrateur',
  'administrateur1',
  'utilisateur1',
  'conseiller123',
  'conseillere123',
  'bienvenue1234',
  'bienvenue2026',
  'changeme1234',
  'password1234',
  'motdepasseoublie',
  'nepasoublier1',
  'aaaaaaaaaaaa',
  '000000000000',
  '111111111111',
  'qwertyuiop12',
];
const INTERDITS = new Set(COURANTS.map((m) => normaliser(m).replace(/ /g, '')));

/** French reasons a password is refused (none: accepted). */
export function problemesMotDePasse(motDePasse: string, identifiant?: string): string[] {
  const problemes: string[] = [];
  if ([...motDePasse].length < LONGUEUR_MIN_MOT_DE_PASSE) {
    problemes.push(`${LONGUEUR_MIN_MOT_DE_PASSE} caractères au moins (une phrase de passe est bienvenue).`);
  }
  const compact = normaliser(motDePasse).replace(/ /g, '');
  if (INTERDITS.has(compact) || /^(.)\1+$/.test(compact)) {
    problemes.push('trop courant : il figure parmi les mots de passe les plus utilisés.');
  }
  if (identifiant && compact.includes(normaliser(identifiant).replace(/ /g, ''))) {
    problemes.push("ne doit pas contenir l'identifiant.");
  }
  return problemes;
}

function deriver(motDePasse: string, sel: Buffer, p: ParametresScrypt): Promise<Buffer> {
  // Node refuses more than 32 MiB unless told: N·r·128 bytes, with room to spare.
  const options: ScryptOptions = { N: p.N, r: p.r, p: p.p, maxmem: 2 * 128 * p.N * p.r };
  return new Promise((ok, ko) =>
    scryptRappel(motDePasse.normalize('NFC'), sel, LONGUEUR_CLE, options, (e, cle) => (e ? ko(e) : ok(cle))),
  );
}

/** `scrypt$N$r$p$sel$empreinte` (base64): the parameters travel with the hash. */
export async function hacherMotDePasse(motDePasse: string, p: ParametresScrypt = PARAMETRES_SCRYPT): Promise<string> {
  const sel = randomBytes(16);
  const cle = await deriver(motDePasse, sel, p);
  return ['scrypt', p.N, p.r, p.p, sel.toString('base64'), cle.toString('base64')].join('$');
}

export function lireParametres(empreinte: string): ParametresScrypt | null {
  const [algo, N, r, p] = empreinte.split('$');
  return algo === 'scrypt' ? { N: Number(N), r: Number(r), p: Number(p) } : null;
}

export async function verifierMotDePasse(motDePasse: string, empreinte: string): Promise<boolean> {
  const [, , , , sel, attendu] = empreinte.split('$');
  const p = lireParametres(empreinte);
  if (!p || !sel || !attendu) return false;
  const cle = await deriver(motDePasse, Buffer.from(sel, 'base64'), p);
  const attenduOctets = Buffer.from(attendu, 'base64');
  return cle.length === attenduOctets.length && timingSafeEqual(cle, attenduOctets);
}

/** A hash made with weaker parameters than today's is redone at the next successful login. */
export function doitRehacher(empreinte: string, p: ParametresScrypt = PARAMETRES_SCRYPT): boolean {
  const actuels = lireParametres(empreinte);
  return !actuels || actuels.N < p.N || actuels.r < p.r || actuels.p < p.p;
}
