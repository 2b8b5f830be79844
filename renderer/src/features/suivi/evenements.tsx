import Grid from '@mui/material/Grid';
import { useTranslation } from 'react-i18next';
import {
  evenementSaisieSchema,
  LIBELLES_CHAMPS_EVENEMENT as L,
  type Evenement,
} from '../../../../electron/core/contract';
import { libelle, TYPES_EVENEMENT } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { TexteLibre } from '../../composants/TexteLibre';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { optionsConseillers, optionsSites } from '../../structure/libelles';
import { useStructure } from '../../structure/StructureContexte';
import { enValeurs, type ContexteSaisie, type DefinitionSuivi, type PropsChamps, type Valeurs } from './definition';
import { resumeEvenement } from './libellesSuivi';

type Schema = typeof evenementSaisieSchema;
const CHAMPS = Object.keys(L) as (keyof typeof L)[];
const TYPES = optionsCodes(TYPES_EVENEMENT);

/** A new contact: today, by the youth's référent·e at the youth's site (when still active). */
export function nouveauContact({ jeune, etat, aujourdhui }: ContexteSaisie): Valeurs<Schema> {
  const actif = (id: string | null, liste: readonly { id: string; actif: boolean }[]) =>
    id !== null && liste.some((e) => e.id === id && e.actif) ? id : '';
  return {
    date: aujourdhui,
    type: '',
    conseillerId: actif(jeune.referentId, etat.conseillers),
    siteId: actif(jeune.siteId, etat.sites),
    commentaire: '',
  };
}

/** The contact's fields; `empiles`: one under the other (the narrow quick entry). */
export function ChampsEvenement({ form, empiles = false }: PropsChamps<Schema> & { empiles?: boolean }) {
  const { t } = useTranslation();
  const { etat } = useStructure();
  const { control, formState } = form;
  const largeur = empiles ? 12 : 6;
  return (
    <Grid container spacing={2.5}>
      <Case largeur={largeur}>
        <ChampDate control={control} name="date" label={L.date} required />
      </Case>
      <Case largeur={largeur}>
        <ChampSelect control={control} name="type" label={L.type} required options={TYPES} />
      </Case>
      <Case largeur={largeur}>
        <ChampSelect
          control={control}
          name="conseillerId"
          label={L.conseillerId}
          options={optionsConseillers(etat, formState.defaultValues?.conseillerId)}
        />
      </Case>
      <Case largeur={largeur}>
        <ChampSelect
          control={control}
          name="siteId"
          label={L.siteId}
          options={optionsSites(etat, formState.defaultValues?.siteId)}
        />
      </Case>
      <Case largeur={12}>
        <ChampTexte
          control={control}
          name="commentaire"
          label={L.commentaire}
          multiligne
          aide={t(empiles ? 'suivi.saisieContact.aideCommentaire' : 'suivi.commentaireInterne')}
        />
      </Case>
    </Grid>
  );
}

export const EVENEMENTS: DefinitionSuivi<Evenement, Schema> = {
  cle: 'evenements',
  schema: evenementSaisieSchema,
  largeurDialogue: 'sm',
  nouveau: nouveauContact,
  valeurs: (e) => enValeurs(CHAMPS, e),
  Champs: ChampsEvenement,
  colonnes: [
    { entete: L.date, cellule: (e) => formaterDate(e.date) },
    { entete: L.type, cellule: (e) => libelle(TYPES_EVENEMENT, e.type) },
    { entete: L.conseillerId, cellule: (e) => e.conseillerNom },
    { entete: L.siteId, cellule: (e) => e.siteLibelle },
    { entete: L.commentaire, cellule: (e) => <TexteLibre texte={e.commentaire} /> },
  ],
  resume: resumeEvenement,
  creer: (api, jeuneId, saisie) => api['evenements:creer']({ jeuneId, saisie }),
  modifier: (api, id, saisie) => api['evenements:modifier']({ id, saisie }),
  supprimer: (api, id) => api['evenements:supprimer']({ id }),
};
