/**
 * A small deterministic random data set for the Region figures (invariants and benchmark): rows
 * written straight in SQL, every CHECK of the schema met, same graine ⇒ same data. Facts are spread
 * from 2021 to mid-2026, so 2024 and 2025 are full years with N-1. To be replaced by the `seed`
 * command once it exists.
 */
import type Database from 'better-sqlite3';
import {
  DOMAINES_REPERAGE,
  ETATS_PROPOSITION,
  FINANCEURS,
  METHODES_PAR_DOMAINE,
  NIVEAUX_FORMATION,
  RESULTATS_PAR_DOMAINE,
  SOUS_TYPES_PAR_CATEGORIE,
  STATUTS_FREIN,
  THEMES_FREIN,
  TYPES_AIDE,
  TYPES_DISPOSITIF,
  TYPES_EVENEMENT,
  TYPES_PARTENAIRE,
  TYPES_PROPOSITION,
  CATEGORIES_SITUATION,
} from '../../electron/core/domain/codes';
import { ajouterJours, ajouterMois } from '../../electron/core/domain/dates';
import { aleatoire } from '../../electron/core/seed/hasard';

const ORIGINE = '2021-01-01';
const JOURS = 2000; // up to mid-2026

export function genererDonneesRegion(client: Database.Database, jeunes: number, graine = 7): void {
  const r = aleatoire(graine);
  const entier = (n: number) => Math.floor(r() * n);
  const parmi = <T>(liste: readonly T[]): T => liste[entier(liste.length)]!;
  const jour = (min = 0) => ajouterJours(ORIGINE, min + entier(Math.max(1, JOURS - min)));
  const apres = (date: string, maxJours: number) => ajouterJours(date, entier(maxJours + 1));
  const ecart = (date: string) => Math.round((Date.parse(date) - Date.parse(ORIGINE)) / 86_400_000);
  let n = 0;
  const id = (p: string) => `${p}${(n += 1)}`;
  const ins = (sql: string) => client.prepare(sql);
  const q = {
    partenaire: ins(
      `INSERT INTO partenaires (id, type, raison_sociale, nom_recherche, cree_le, modifie_le) VALUES (?, ?, ?, ?, 0, 0)`,
    ),
    jeune: ins(`INSERT INTO jeunes (id, nom, prenom, sexe, date_naissance, date_premier_accueil, niveau_formation,
      qpv, zrr, statut, nom_tri, cree_le, modifie_le) VALUES (?, 'X', 'Y', ?, ?, ?, ?, ?, ?, 'ACTIF', 'x y', 0, 0)`),
    evenement: ins(`INSERT INTO evenements (id, jeune_id, date, type, cree_le, modifie_le) VALUES (?, ?, ?, ?, 0, 0)`),
    proposition: ins(`INSERT INTO propositions (id, jeune_id, date, type, etat, date_etat, partenaire_id, cree_le,
      modifie_le) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)`),
    situation: ins(`INSERT INTO situations (id, jeune_id, categorie, sous_type, date_debut, date_fin_prevue,
      partenaire_id, proposition_id, financeur, cree_le, modifie_le) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)`),
    reperage: ins(`INSERT INTO reperages (id, jeune_id, domaine, date, methode, resultat, proposition_id, cree_le,
      modifie_le) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)`),
    frein: ins(`INSERT INTO freins (id, jeune_id, theme, date_identification, statut, date_statut, cree_le,
      modifie_le) VALUES (?, ?, ?, ?, ?, ?, 0, 0)`),
    aide: ins(`INSERT INTO aides (id, jeune_id, type, montant_centimes, date_decision, cree_le, modifie_le)
      VALUES (?, ?, ?, ?, ?, 0, 0)`),
    dispositif: ins(`INSERT INTO dispositifs (id, jeune_id, type, date_entree, cree_le, modifie_le)
      VALUES (?, ?, ?, ?, 0, 0)`),
  };
  client.transaction(() => {
    const partenaires = Array.from({ length: Math.max(5, Math.ceil(jeunes / 40)) }, () => {
      const p = id('pa');
      q.partenaire.run(p, parmi(TYPES_PARTENAIRE.codes), p, p);
      return p;
    });
    for (let k = 0; k < jeunes; k += 1) {
      const j = id('j');
      const accueil = jour();
      const naissance = ajouterJours(ajouterMois(accueil, -12 * (15 + entier(12))), -entier(365));
      q.jeune.run(
        j,
        parmi(['F', 'M']),
        naissance,
        accueil,
        r() < 0.15 ? null : parmi(NIVEAUX_FORMATION.codes),
        r() < 0.2 ? 1 : 0,
        r() < 0.1 ? 1 : 0,
      );
      const debut = ecart(accueil);
      for (let e = entier(10); e > 0; e -= 1) q.evenement.run(id('e'), j, jour(debut), parmi(TYPES_EVENEMENT.codes));
      const propositions: [string, string][] = [];
      for (let p = entier(3); p > 0; p -= 1) {
        const date = jour(debut);
        const pid = id('pr');
        q.proposition.run(
          pid,
          j,
          date,
          parmi(TYPES_PROPOSITION.codes),
          parmi(ETATS_PROPOSITION.codes),
          apres(date, 60),
          r() < 0.6 ? parmi(partenaires) : null,
        );
        propositions.push([pid, date]);
      }
      for (let s = entier(4); s > 0; s -= 1) {
        const categorie = parmi(CATEGORIES_SITUATION.codes);
        const sousTypes = SOUS_TYPES_PAR_CATEGORIE[categorie];
        const date = jour(debut);
        const finPrevue = r() < 0.3 ? null : apres(date, 400);
        // About half of the entries come from a proposition, sometimes dated after the start.
        const lien = r() < 0.5 ? propositions.pop() : undefined;
        q.situation.run(
          id('s'),
          j,
          categorie,
          sousTypes.length ? parmi(sousTypes) : null,
          date,
          finPrevue,
          r() < 0.5 ? parmi(partenaires) : null,
          lien?.[0] ?? null,
          categorie === 'FOR' ? parmi(FINANCEURS.codes) : null,
        );
      }
      for (let x = entier(3); x > 0; x -= 1) {
        const domaine = parmi(DOMAINES_REPERAGE.codes);
        const lien = r() < 0.5 ? parmi(propositions.concat([['', '']]))[0] || null : null;
        q.reperage.run(
          id('r'),
          j,
          domaine,
          jour(debut),
          parmi(METHODES_PAR_DOMAINE[domaine]),
          parmi(RESULTATS_PAR_DOMAINE[domaine]),
          lien,
        );
      }
      for (let f = entier(3); f > 0; f -= 1) {
        const date = jour(debut);
        const statut = parmi(STATUTS_FREIN.codes);
        const avecDate = statut === 'LEVE' || statut === 'NON_LEVE' || r() < 0.5;
        q.frein.run(id('f'), j, parmi(THEMES_FREIN.codes), date, statut, avecDate ? apres(date, 400) : null);
      }
      for (let a = entier(3); a > 0; a -= 1)
        q.aide.run(id('a'), j, parmi(TYPES_AIDE.codes), entier(100_000), jour(debut));
      if (r() < 0.4) q.dispositif.run(id('d'), j, parmi(TYPES_DISPOSITIF.codes), jour(debut));
    }
  })();
}
