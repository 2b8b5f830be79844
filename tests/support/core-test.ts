/** A core on a fresh SQLite file in a temp folder, with a fixed clock: what integration tests call. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOSSIER_MIGRATIONS_SOURCES } from '../../electron/core/chemins';
import type { Canal, Entree, Reponse, Sortie } from '../../electron/core/contract';
import { ouvrirCore, type Core } from '../../electron/core/core';
import type { AccesBase } from '../../db/chiffrement';
import { ACCES_TEST } from './cle-test';

/** 15 June 2026, 10:00 in Paris: tests do not depend on the day they run. */
export const MAINTENANT = new Date('2026-06-15T10:00:00+02:00');

/** A clock that starts at MAINTENANT and moves one second at each reading, so events are ordered. */
export function horlogeTest(depart: Date = MAINTENANT): () => Date {
  let instant = depart.getTime();
  return () => new Date((instant += 1000));
}

/** A clock the test moves by hand (days for follow-up dates, minutes for session locks). */
export function horlogeManuelle(depart: Date = MAINTENANT) {
  let instant = depart.getTime();
  return {
    maintenant: () => new Date(instant),
    avancer: (ms: number) => (instant += ms),
    avancerJours: (jours: number) => (instant += jours * 86_400_000),
  };
}

export interface CoreTest {
  core: Core;
  fichier: string;
  dossier: string;
  /** Typed call through the dispatcher, exactly as the renderer does. */
  appeler<C extends Canal>(canal: C, entree: Entree<C>): Promise<Reponse<Sortie<C>>>;
  /** Same, failing the test when the answer is a refusal. */
  reussir<C extends Canal>(canal: C, entree: Entree<C>): Promise<Sortie<C>>;
  /** Rows in a table: tests check that a refusal wrote nothing. */
  compter(table: string): number;
  fermer(): void;
}

export function dossierTemporaire(prefixe = 'tremplin-test-'): string {
  return mkdtempSync(join(tmpdir(), prefixe));
}

/** Cheap scrypt for tests (the OWASP cost is checked on its own in the password tests). */
export const SCRYPT_TEST = { N: 2 ** 10, r: 8, p: 1 };

/**
 * By default the core acts as the system (no login): business-rule tests call every channel.
 * `systeme: false` gives the real access control, for the session, permission and audit tests.
 */
export function creerCoreTest(
  options: {
    maintenant?: () => Date;
    dossier?: string;
    systeme?: boolean;
    parametresScrypt?: typeof SCRYPT_TEST;
    acces?: AccesBase;
  } = {},
): CoreTest {
  const dossier = options.dossier ?? dossierTemporaire();
  const fichier = join(dossier, 'tremplin.sqlite');
  const core = ouvrirCore({
    fichierBase: fichier,
    dossierMigrations: DOSSIER_MIGRATIONS_SOURCES,
    acces: options.acces ?? ACCES_TEST,
    maintenant: options.maintenant ?? horlogeTest(),
    journal: () => {},
    systeme: options.systeme ?? true,
    parametresScrypt: options.parametresScrypt ?? SCRYPT_TEST,
  });
  const appeler = <C extends Canal>(canal: C, entree: Entree<C>) =>
    core.dispatch(canal, entree) as Promise<Reponse<Sortie<C>>>;
  return {
    core,
    fichier,
    dossier,
    appeler,
    async reussir(canal, entree) {
      const r = await appeler(canal, entree);
      if (!r.ok) throw new Error(`${canal} refusé : ${r.erreur.message}`);
      return r.valeur;
    },
    compter(table) {
      return (core.base.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    },
    fermer() {
      core.fermer();
      rmSync(dossier, { recursive: true, force: true });
    },
  };
}
