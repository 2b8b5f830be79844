/**
 * The Region package's core API, for the CLI today and the direction's wizard and dashboard later:
 * - `controlerQualite(client, annee)`: counts and the local list of files to fix (by youth id);
 * - `produirePaquet(base, { annee, maintenant })`: every file in memory, with the manifest;
 * - `ecrirePaquet(paquet, dossier, { zip, force })` / `zipperPaquet(paquet)`: writing them out;
 * - `tableauDeBord(client, annee)`: key figures with monthly evolution, and N-1;
 * - `calculerIndicateurs(client, annee)`: the lines of `indicateurs.csv`.
 */
export { calculerIndicateurs } from './indicateurs/moteur';
export { PARAMETRES_REGION, type LigneIndicateur, type ParametresRegion } from './indicateurs/types';
export { ecrirePaquet, ErreurPaquet, produirePaquet, zipperPaquet, type PaquetRegion } from './paquet';
export { CONTROLES_QUALITE, controlerQualite, listeQualiteCsv, type DossierACorriger, type Qualite } from './qualite';
export { tableauDeBord, type ChiffreCle, type TableauDeBord } from './tableau-de-bord';
