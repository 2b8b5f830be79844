import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LIBELLES_CHAMPS_SITUATION as L,
  situationSaisieSchema,
  type Partenaire,
  type Proposition,
} from '../../../../electron/core/contract';
import {
  CATEGORIES_SITUATION,
  FINANCEURS,
  libelle,
  SOUS_TYPES_PAR_CATEGORIE,
  SOUS_TYPES_SITUATION,
  type CategorieSituation,
} from '../../../../electron/core/domain/codes';
import type { DateIso } from '../../../../electron/core/domain/dates';
import { CATEGORIE_ENTREE } from '../../../../electron/core/domain/orientation';
import { useApi } from '../../api/contexte';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { usePartenaire } from '../partenaires/usePartenaire';
import type { PropsChamps } from '../suivi/definition';
import { libelleSituation } from '../suivi/libellesSuivi';
import { DialogueFormulaire } from './DialogueFormulaire';
import { resumeOrientation } from './libellesOrientation';
import { valeursEntree } from './valeursOrientation';

type Schema = typeof situationSaisieSchema;

/** The situation's fields; its category is the orientation's and cannot change. */
function ChampsEntree({ form: { control }, categorie }: PropsChamps<Schema> & { categorie: CategorieSituation }) {
  const { t } = useTranslation();
  const sousTypes = SOUS_TYPES_PAR_CATEGORIE[categorie];
  return (
    <Grid container spacing={2.5}>
      <Case>
        <TextField
          label={L.categorie}
          value={libelle(CATEGORIES_SITUATION, categorie)}
          helperText={t('orientations.categorieFixee')}
          slotProps={{ htmlInput: { readOnly: true } }}
        />
      </Case>
      {sousTypes.length > 0 && (
        <Case>
          <ChampSelect
            control={control}
            name="sousType"
            label={L.sousType}
            required
            options={optionsCodes(SOUS_TYPES_SITUATION, sousTypes)}
          />
        </Case>
      )}
      <Case>
        <ChampDate control={control} name="dateDebut" label={L.dateDebut} required />
      </Case>
      <Case>
        <ChampDate control={control} name="dateFinPrevue" label={L.dateFinPrevue} />
      </Case>
      {categorie === 'FOR' && (
        <Case>
          <ChampSelect
            control={control}
            name="financeur"
            label={L.financeur}
            required
            options={optionsCodes(FINANCEURS)}
          />
        </Case>
      )}
      <Case largeur={12}>
        <ChampTexte control={control} name="intitule" label={L.intitule} />
      </Case>
    </Grid>
  );
}

interface Props {
  proposition: Proposition;
  aujourdhui: DateIso;
  fermer: () => void;
  apresEnregistrement: (message: string) => void;
}

function FormulaireEntree({
  proposition,
  partenaire,
  categorie,
  aujourdhui,
  fermer,
  apresEnregistrement,
}: Props & { partenaire: Partenaire | null; categorie: CategorieSituation }) {
  const { t } = useTranslation();
  const api = useApi();
  const [valeurs] = useState(() => valeursEntree(proposition, partenaire, aujourdhui));
  const { form, erreur, soumettre } = useFormulaire(situationSaisieSchema, valeurs, async (situation) => {
    const r = await api['propositions:enregistrerEntree']({ id: proposition.id, situation });
    if (!r.ok) return r.erreur;
    apresEnregistrement(t('orientations.entree.enregistree', { situation: libelleSituation(situation) }));
    return null;
  });
  return (
    <DialogueFormulaire
      titre={t('orientations.entree.titre')}
      description={t('orientations.entree.description', { orientation: resumeOrientation(proposition) })}
      libelleEnvoi={t('orientations.entree.bouton')}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      fermer={fermer}
      largeur="md"
    >
      <ChampsEntree form={form} categorie={categorie} />
    </DialogueFormulaire>
  );
}

/**
 * « Enregistrer l’entrée »: the situation the orientation led to, prefilled from its session or offer
 * (loaded first); the server creates it and marks the orientation realised.
 */
export function DialogueEntree(props: Props) {
  const partenaire = usePartenaire(props.proposition.partenaireId ?? '');
  const categorie = CATEGORIE_ENTREE[props.proposition.type];
  // A few milliseconds; without the partner (refused), the form opens without its prefill.
  if (partenaire.enCours || categorie === undefined) return null;
  return <FormulaireEntree {...props} partenaire={partenaire.valeur ?? null} categorie={categorie} />;
}
