/**
 * `seed`: fills a database that holds a structure (with its sites and advisers) but no youth file
 * and no partner yet, with N synthetic files spread over the A years ending today. Everything comes
 * from one seeded sequence and from `aujourdhui`: the same graine on the same day gives the same
 * bytes (ids included). One transaction: a refusal or a crash leaves the database as it was.
 */
import type { BaseTremplin } from '../../../db/client';
import { ecrireEnMasse } from '../../../db/repositories/activites';
import { EVENEMENTS_ACCOMPAGNEMENT } from '../domain/codes';
import type { DateIso } from '../domain/dates';
import { journaliser } from '../services/audit';
import { genererAnnuaire } from './annuaire';
import { creerEcrivain, type Comptes } from './ecriture';
import { genererDossier, type Bureau } from './generateur';
import { Hasard, pondere } from './hasard';
import { instantDuJour, jourDe } from './jours';

export interface OptionsSeed {
  jeunes: number;
  graine: number;
  /** Years covered, ending with the year of `aujourdhui` (1 to 10). */
  annees: number;
  aujourdhui: DateIso;
}

export class ErreurSeed extends Error {}

export const ANNEES_MAX = 10;

/** Page cache during the bulk write, in KiB. */
const TAILLE_CACHE_KIO = 256 * 1024;

/** Files of a site: the head office receives more than an antenna, an antenna more than a permanence. */
const POIDS_SITE = { SIEGE: 3, ANTENNE: 2, PERMANENCE: 1 } as const;

export function semer(base: BaseTremplin, options: OptionsSeed): Comptes {
  const client = base.$client;
  const compter = (table: string) => (client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const sites = client.prepare('SELECT id, type FROM sites WHERE actif = 1 ORDER BY code').all() as {
    id: string;
    type: keyof typeof POIDS_SITE;
  }[];
  if (sites.length === 0) throw new ErreurSeed('La base n’a pas de site : initialisez d’abord la structure (init).');
  if (compter('jeunes') > 0 || compter('partenaires') > 0) {
    throw new ErreurSeed(
      'La base contient déjà des dossiers ou des partenaires : seed ne remplit qu’une base sans données.',
    );
  }
  const referents = (
    client.prepare("SELECT id FROM conseillers WHERE role = 'CONSEILLER' AND actif = 1 ORDER BY login").all() as {
      id: string;
    }[]
  ).map((c) => c.id);

  const aujourdhui = jourDe(options.aujourdhui);
  const annee = Number(options.aujourdhui.slice(0, 4));
  const debut = jourDe(`${annee - options.annees + 1}-01-01`);
  const h = new Hasard(options.graine);
  const annuaire = genererAnnuaire(h, options.jeunes, debut, aujourdhui);
  const bureau: Bureau = {
    sites: pondere(sites.map((s) => [s.id, POIDS_SITE[s.type]] as const)),
    referents,
    annuaire,
    debut,
    aujourdhui,
  };
  // Files in the order of their first reception, as an office creates them: ids (UUID v7) then grow,
  // and every index keyed by youth is filled at its end instead of at random places.
  const accueils = Array.from({ length: options.jeunes }, () => h.entier(debut, aujourdhui)).sort((a, b) => a - b);
  const ecrivain = creerEcrivain(client);
  // Random dates make index inserts land anywhere in the B-trees: a large page cache for the bulk
  // write turns most of them into memory writes (SQLite's default is 2 MB).
  const cacheAvant = client.pragma('cache_size', { simple: true }) as number;
  client.pragma(`cache_size = ${-TAILLE_CACHE_KIO}`);
  // Every reference is built from rows written just before (checked by the tests with `verifier`):
  // checking each of them again would cost a third of the write.
  client.pragma('foreign_keys = OFF');
  try {
    client.transaction(() => {
      ecrivain.ecrireAnnuaire(annuaire);
      // A million events: `activites_annuelles` is rebuilt once at the end, not once per event.
      ecrireEnMasse(client, EVENEMENTS_ACCOMPAGNEMENT, () => {
        for (const accueil of accueils) ecrivain.ecrireDossier(genererDossier(h, bureau, accueil));
      });
      // One audit entry for the whole data set: who did it (the system) and what, never a value.
      journaliser(base, instantDuJour(aujourdhui, 0), {
        action: 'CREATION',
        utilisateurId: null,
        objet: `SEED ${options.jeunes} jeunes, graine ${options.graine}`,
      });
    })();
  } finally {
    client.pragma(`cache_size = ${cacheAvant}`);
    client.pragma('foreign_keys = ON');
  }
  return ecrivain.comptes;
}
