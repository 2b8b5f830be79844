import Grid from '@mui/material/Grid';
import { useMemo, type ComponentType } from 'react';
import type { z } from 'zod';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  LIBELLES_CHAMPS_PROPOSITION as L,
  propositionSaisieSchema,
  type Partenaire,
  type Reponse,
} from '../../../../electron/core/contract';
import { TYPES_PROPOSITION, type TypeProposition } from '../../../../electron/core/domain/codes';
import { TYPE_PROPOSITION_OFFRE } from '../../../../electron/core/domain/orientation';
import { useApi } from '../../api/contexte';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { optionsConseillers } from '../../structure/libelles';
import { ChampPartenaire } from '../partenaires/ChampPartenaire';
import { resumeOffre } from '../partenaires/offres';
import { resumeSession } from '../partenaires/sessions';
import { usePartenaire } from '../partenaires/usePartenaire';
import type { ContexteSaisie, PropsChamps } from '../suivi/definition';
import { DialogueFormulaire } from './DialogueFormulaire';
import { nouvelleOrientation, type ValeursOrientation } from './valeursOrientation';

type Schema = typeof propositionSaisieSchema;
const TYPES = optionsCodes(TYPES_PROPOSITION);

/**
 * The chosen partner's sessions (or offers) to pick from; picking one gives the orientation its
 * type when none is chosen yet.
 */
function ChampCible({ form, partenaire }: PropsChamps<Schema> & { partenaire: Partenaire }) {
  const { control, getValues, setValue } = form;
  const typeParDefaut = (type: TypeProposition) => {
    if (getValues('type') === '') setValue('type', type, { shouldValidate: true });
  };
  if (partenaire.sessions.length > 0) {
    return (
      <ChampSelect
        control={control}
        name="sessionId"
        label={L.sessionId}
        options={partenaire.sessions.map((s) => ({ valeur: s.id, libelle: resumeSession(s) }))}
        onChoix={(id) => {
          if (id !== '') typeParDefaut('FORMATION');
        }}
      />
    );
  }
  if (partenaire.offres.length > 0) {
    return (
      <ChampSelect
        control={control}
        name="offreId"
        label={L.offreId}
        options={partenaire.offres.map((o) => ({ valeur: o.id, libelle: resumeOffre(o) }))}
        onChoix={(id) => {
          const offre = partenaire.offres.find((o) => o.id === id);
          if (offre) typeParDefaut(TYPE_PROPOSITION_OFFRE[offre.type]);
        }}
      />
    );
  }
  return null;
}

function ChampsOrientation({ form, contexte }: PropsChamps<Schema> & { contexte: ContexteSaisie }) {
  const { t } = useTranslation();
  const { control, setValue } = form;
  const partenaireId = useWatch({ control, name: 'partenaireId' });
  const partenaire = usePartenaire(partenaireId);
  const choisi = partenaire.valeur?.id === partenaireId ? partenaire.valeur : null;
  const nouveauPartenaire = () => {
    setValue('sessionId', '');
    setValue('offreId', '');
  };
  return (
    <Grid container spacing={2.5}>
      <Case>
        <ChampDate control={control} name="date" label={L.date} required />
      </Case>
      <Case>
        <ChampSelect control={control} name="type" label={L.type} required options={TYPES} />
      </Case>
      <Case largeur={12}>
        <ChampPartenaire control={control} name="partenaireId" label={L.partenaireId} onChoix={nouveauPartenaire} />
      </Case>
      {choisi && (
        <Case largeur={12}>
          <ChampCible form={form} partenaire={choisi} />
        </Case>
      )}
      <Case largeur={12}>
        <ChampTexte control={control} name="intitule" label={L.intitule} />
      </Case>
      <Case largeur={12}>
        <ChampTexte control={control} name="motif" label={L.motif} multiligne aide={t('orientations.aideMotif')} />
      </Case>
      <Case>
        <ChampSelect
          control={control}
          name="conseillerId"
          label={L.conseillerId}
          options={optionsConseillers(contexte.etat, form.formState.defaultValues?.conseillerId)}
        />
      </Case>
    </Grid>
  );
}

/** Another use of the same form (« Orienter » after a screening): what differs from a new orientation. */
export interface VarianteOrientation {
  titre: string;
  description: string;
  valeurs: ValeursOrientation;
  envoyer: (saisie: z.output<Schema>) => Promise<Reponse<unknown>>;
  succes: string;
  /** Shown above the fields, with the form (suggested partners). */
  EnTete: ComponentType<PropsChamps<Schema>>;
}

interface Props {
  contexte: ContexteSaisie;
  fermer: () => void;
  /** Saved: the confirmation to announce. */
  apresEnregistrement: (message: string) => void;
  variante?: VarianteOrientation;
}

/** « Nouvelle orientation »: to a partner of the directory, its session or offer, with the reason. */
export function DialogueOrientation({ contexte, fermer, apresEnregistrement, variante }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const valeurs = useMemo(() => variante?.valeurs ?? nouvelleOrientation(contexte), [variante, contexte]);
  const { form, erreur, soumettre } = useFormulaire(propositionSaisieSchema, valeurs, async (saisie) => {
    const r = variante
      ? await variante.envoyer(saisie)
      : await api['propositions:creer']({ jeuneId: contexte.jeune.id, saisie });
    if (!r.ok) return r.erreur;
    apresEnregistrement(variante?.succes ?? t('orientations.creee'));
    return null;
  });
  return (
    <DialogueFormulaire
      titre={variante?.titre ?? t('orientations.nouvelle')}
      description={variante?.description}
      libelleEnvoi={t('suivi.enregistrer')}
      soumettre={soumettre}
      enCours={form.formState.isSubmitting}
      erreur={erreur}
      fermer={fermer}
      largeur="md"
    >
      {variante && <variante.EnTete form={form} />}
      <ChampsOrientation form={form} contexte={contexte} />
    </DialogueFormulaire>
  );
}
