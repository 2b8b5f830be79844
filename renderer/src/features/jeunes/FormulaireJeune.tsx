import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  jeuneSaisieSchema,
  LIBELLES_CHAMPS_JEUNE as L,
  type ErreurApi,
  type JeuneSaisie,
} from '../../../../electron/core/contract';
import { NIVEAUX_FORMATION, SEXES } from '../../../../electron/core/domain/codes';
import { Section } from '../../composants/Section';
import { Case } from '../../formulaires/Case';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampInterrupteur } from '../../formulaires/ChampInterrupteur';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { optionsCodes } from '../../formulaires/optionsCodes';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { optionsConseillers, optionsSites } from '../../structure/libelles';
import { useStructure } from '../../structure/StructureContexte';
import type { ValeursJeune } from './valeursJeune';

interface Props {
  valeursInitiales: ValeursJeune;
  libelleEnvoi: string;
  /** Where « Annuler » leads. */
  retour: string;
  /** Sends the entry; answers the server's refusal, or null when done (or set aside by the user). */
  enregistrer: (saisie: JeuneSaisie) => Promise<ErreurApi | null>;
}

/** The youth file's fields, for creation and modification alike. */
export function FormulaireJeune({ valeursInitiales, libelleEnvoi, retour, enregistrer }: Props) {
  const { t } = useTranslation();
  const { etat } = useStructure();
  const { form, erreur, soumettre } = useFormulaire(jeuneSaisieSchema, valeursInitiales, enregistrer);
  const { control, formState } = form;

  return (
    <Stack component="form" noValidate onSubmit={soumettre} spacing={2.5} sx={{ maxWidth: 960 }}>
      <Typography variant="body2" color="text.secondary">
        {t('commun.champsObligatoires')}
      </Typography>
      <Section titre={t('formulaireJeune.identite')}>
        <Grid container spacing={2.5}>
          <Case>
            <ChampTexte control={control} name="nom" label={L.nom} required autoComplete="family-name" />
          </Case>
          <Case>
            <ChampTexte control={control} name="nomUsage" label={L.nomUsage} />
          </Case>
          <Case>
            <ChampTexte control={control} name="prenom" label={L.prenom} required autoComplete="given-name" />
          </Case>
          <Case>
            <ChampSelect control={control} name="sexe" label={L.sexe} required options={optionsCodes(SEXES)} />
          </Case>
          <Case>
            <ChampDate control={control} name="dateNaissance" label={L.dateNaissance} required />
          </Case>
        </Grid>
      </Section>
      <Section titre={t('formulaireJeune.situationAdministrative')}>
        <Grid container spacing={2.5}>
          <Case largeur={12}>
            <ChampSelect
              control={control}
              name="niveauFormation"
              label={L.niveauFormation}
              options={optionsCodes(NIVEAUX_FORMATION)}
            />
          </Case>
          <Case>
            <ChampInterrupteur control={control} name="qpv" label={L.qpv} />
          </Case>
          <Case>
            <ChampInterrupteur control={control} name="zrr" label={L.zrr} />
          </Case>
        </Grid>
      </Section>
      <Section titre={t('formulaireJeune.coordonnees')}>
        <Grid container spacing={2.5}>
          <Case>
            <ChampTexte
              control={control}
              name="telephone"
              label={L.telephone}
              type="tel"
              aide={t('formulaireJeune.aideTelephone')}
            />
          </Case>
          <Case>
            <ChampTexte control={control} name="email" label={L.email} type="email" />
          </Case>
          <Case largeur={12}>
            <ChampTexte control={control} name="adresse" label={L.adresse} />
          </Case>
          <Case>
            <ChampTexte control={control} name="codePostal" label={L.codePostal} />
          </Case>
          <Case>
            <ChampTexte control={control} name="commune" label={L.commune} />
          </Case>
        </Grid>
      </Section>
      <Section titre={t('formulaireJeune.suivi')}>
        <Grid container spacing={2.5}>
          <Case>
            <ChampDate control={control} name="datePremierAccueil" label={L.datePremierAccueil} required />
          </Case>
          <Case>
            <ChampDate control={control} name="dateInformationRgpd" label={L.dateInformationRgpd} />
          </Case>
          <Case>
            <ChampSelect control={control} name="siteId" label={L.siteId} options={optionsSites(etat)} />
          </Case>
          <Case>
            <ChampSelect control={control} name="referentId" label={L.referentId} options={optionsConseillers(etat)} />
          </Case>
        </Grid>
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
