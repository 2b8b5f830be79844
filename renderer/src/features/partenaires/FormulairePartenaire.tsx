import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import {
  LIBELLES_CHAMPS_PARTENAIRE as L,
  partenaireSaisieSchema,
  type ErreurApi,
} from '../../../../electron/core/contract';
import { RESSOURCES_REPERAGE, TYPES_PARTENAIRE } from '../../../../electron/core/domain/codes';
import { Section } from '../../composants/Section';
import { Case } from '../../formulaires/Case';
import { ChampCasesACocher } from '../../formulaires/ChampCasesACocher';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { ChampsContacts } from './ChampsContacts';
import type { ValeursPartenaire } from './valeursPartenaire';

const TYPES = optionsCodes(TYPES_PARTENAIRE);
const RESSOURCES = optionsCodes(RESSOURCES_REPERAGE);

interface Props {
  valeursInitiales: ValeursPartenaire;
  libelleEnvoi: string;
  /** Where « Annuler » leads. */
  retour: string;
  /** Sends the entry; answers the server's refusal (SIRET taken, type change refused…), or null when done. */
  enregistrer: (saisie: z.output<typeof partenaireSaisieSchema>) => Promise<ErreurApi | null>;
}

/** A partner's fields and contacts, for creation and modification alike. */
export function FormulairePartenaire({ valeursInitiales, libelleEnvoi, retour, enregistrer }: Props) {
  const { t } = useTranslation();
  const { form, erreur, soumettre } = useFormulaire(partenaireSaisieSchema, valeursInitiales, enregistrer);
  const { control, formState } = form;

  return (
    <Stack component="form" noValidate onSubmit={soumettre} spacing={2.5} sx={{ maxWidth: 960 }}>
      <Typography variant="body2" color="text.secondary">
        {t('commun.champsObligatoires')}
      </Typography>
      <Section titre={t('partenaires.formulaire.identite')}>
        <Grid container spacing={2.5}>
          <Case>
            <ChampSelect control={control} name="type" label={L.type} required options={TYPES} />
          </Case>
          <Case>
            <ChampTexte
              control={control}
              name="raisonSociale"
              label={L.raisonSociale}
              required
              autoComplete="organization"
            />
          </Case>
          <Case>
            <ChampTexte control={control} name="siret" label={L.siret} aide={t('partenaires.formulaire.aideSiret')} />
          </Case>
          <Case largeur={12}>
            <ChampTexte control={control} name="notes" label={L.notes} multiligne />
          </Case>
        </Grid>
      </Section>
      <Section titre={t('partenaires.formulaire.coordonnees')}>
        <Grid container spacing={2.5}>
          <Case largeur={12}>
            <ChampTexte control={control} name="adresse" label={L.adresse} />
          </Case>
          <Case>
            <ChampTexte control={control} name="codePostal" label={L.codePostal} />
          </Case>
          <Case>
            <ChampTexte control={control} name="commune" label={L.commune} />
          </Case>
          <Case>
            <ChampTexte
              control={control}
              name="telephone"
              label={L.telephone}
              type="tel"
              aide={t('partenaires.formulaire.aideTelephone')}
            />
          </Case>
          <Case>
            <ChampTexte control={control} name="email" label={L.email} type="email" />
          </Case>
        </Grid>
      </Section>
      <Section titre={t('partenaires.formulaire.ressources')}>
        <ChampCasesACocher
          control={control}
          name="ressources"
          label={L.ressources}
          options={RESSOURCES}
          aide={t('partenaires.formulaire.aideRessources')}
        />
      </Section>
      <Section titre={t('partenaires.formulaire.contacts')}>
        <ChampsContacts control={control} />
      </Section>
      <ResumeErreur erreur={erreur} />
      <Stack direction="row" spacing={2}>
        <Button type="submit" variant="contained" loading={formState.isSubmitting}>
          {libelleEnvoi}
        </Button>
        <Button component={Link} to={retour}>
          {t('commun.annuler')}
        </Button>
      </Stack>
    </Stack>
  );
}
