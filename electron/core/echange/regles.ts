/**
 * The rules of import.md « Values that cannot be right », on a row as it will be stored (the file's
 * columns over the stored record). Each comes from the domain: nothing is re-implemented here.
 */
import type { CategorieSituation, DomaineReperage, StatutFrein } from '../domain/codes';
import { erreursDatesJeune } from '../domain/jeune';
import { methodeDuDomaine, resultatDuDomaine } from '../domain/reperage';
import { erreursSituation } from '../domain/situation';
import { erreursFrein, erreursPeriode } from '../domain/suivi';
import type { EntiteEchange } from '../domain/codes';
import type { Valeur } from './valeurs';

export interface ErreurRegle {
  /** Column of the table (the import names it by its header name). */
  champ: string;
  message: string;
}

type Ligne = Readonly<Record<string, Valeur>>;

const texte = (v: Valeur | undefined): string | null => (v === null || v === undefined ? null : String(v));

/** camelCase field of the domain → column of the table. */
const versColonne = (champ: string) => champ.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);

const REGLES: Partial<Record<EntiteEchange, (l: Ligne) => ErreurRegle[]>> = {
  JEUNE: (l) =>
    erreursDatesJeune({
      dateNaissance: texte(l.date_naissance)!,
      datePremierAccueil: texte(l.date_premier_accueil)!,
    }).map((e) => ({ champ: 'date_naissance', message: e.message })),
  SITUATION: (l) =>
    erreursSituation({
      categorie: l.categorie as CategorieSituation,
      sousType: texte(l.sous_type),
      dateDebut: texte(l.date_debut)!,
      dateFinPrevue: texte(l.date_fin_prevue),
      dateFin: texte(l.date_fin),
      financeur: texte(l.financeur),
    }).map((e) => ({ champ: versColonne(e.champ), message: e.message })),
  PROPOSITION: (l) =>
    l.date_etat !== null && l.date_etat !== undefined && String(l.date_etat) < String(l.date)
      ? [{ champ: 'date_etat', message: "antérieure à la date de l'orientation." }]
      : [],
  REPERAGE: (l) => {
    const domaine = l.domaine as DomaineReperage;
    const erreurs: ErreurRegle[] = [];
    if (!methodeDuDomaine(domaine, String(l.methode)))
      erreurs.push({ champ: 'methode', message: `« ${l.methode} » n'est pas une méthode du domaine ${domaine}.` });
    if (!resultatDuDomaine(domaine, String(l.resultat)))
      erreurs.push({ champ: 'resultat', message: `« ${l.resultat} » n'est pas un résultat du domaine ${domaine}.` });
    return erreurs;
  },
  FREIN: (l) =>
    erreursFrein({
      statut: l.statut as StatutFrein,
      dateIdentification: texte(l.date_identification)!,
      dateStatut: texte(l.date_statut),
    }).map((e) => ({ champ: 'date_statut', message: e.message })),
  DISPOSITIF: (l) =>
    erreursPeriode({ debut: texte(l.date_entree)!, fin: texte(l.date_sortie) }, 'date_sortie').map((e) => ({
      champ: e.champ,
      message: e.message,
    })),
};

export function erreursRegles(entite: EntiteEchange, ligne: Ligne): ErreurRegle[] {
  return REGLES[entite]?.(ligne) ?? [];
}
