import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  jeuneSaisieSchema,
  LIBELLES_CHAMPS_JEUNE as L,
  type ErreurApi,
  type JeuneSaisie,
} from '../../../../electron/core/contract';
import { NIVEAUX_FORMATION, SEXES, type ListeCodes } from '../../../../electron/core/domain/codes';
import { Section } from '../../composants/Section';
import { ChampDate } from '../../formulaires/ChampDate';
import { ChampInterrupteur } from '../../formulaires/ChampInterrupteur';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ChampTexte } from '../../formulaires/ChampTexte';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import { optionsConseillers, optionsSites } from '../../structure/libelles';
import { useStructure } from '../../structure/StructureContexte';
import type { ValeursJeune } from './valeursJeune';

function optionsCodes<C extends string>(liste: ListeCodes<C>) {
  return liste.codes.map((c) => ({ valeur: c, libelle: liste.libelles[c] }));
}

function Colonne({ children, large = false }: { children: ReactNode; large?: boolean }) {
  return <Grid size={{ xs: 12, md: large ? 12 : 6 }}>{children}</Grid>;
}

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
          <Colonne>
            <ChampTexte control={control} name="nom" label={L.nom} required autoComplete="family-name" />
          </Colonne>
          <Colonne>
            <ChampTexte control={control} name="nomUsage" label={L.nomUsage} />
          </Colonne>
          <Colonne>
            <ChampTexte control={control} name="prenom" label={L.prenom} required autoComplete="given-name" />
          </Colonne>
          <Colonne>
            <ChampSelect control={control} name="sexe" label={L.sexe} required options={optionsCodes(SEXES)} />
          </Colonne>
          <Colonne>
            <ChampDate control={control} name="dateNaissance" label={L.dateNaissance} required />
          </Colonne>
        </Grid>
      </Section>
      <Section titre={t('formulaireJeune.situationAdministrative')}>
        <Grid container spacing={2.5}>
          <Colonne large>
            <ChampSelect
              control={control}
              name="niveauFormation"
              label={L.niveauFormation}
              options={optionsCodes(NIVEAUX_FORMATION)}
            />
          </Colonne>
          <Colonne>
            <ChampInterrupteur control={control} name="qpv" label={L.qpv} />
          </Colonne>
          <Colonne>
            <ChampInterrupteur control={control} name="zrr" label={L.zrr} />
          </Colonne>
        </Grid>
      </Section>
      <Section titre={t('formulaireJeune.coordonnees')}>
        <Grid container spacing={2.5}>
          <Colonne>
            <ChampTexte
              control={control}
              name="telephone"
              label={L.telephone}
              type="tel"
              aide={t('formulaireJeune.aideTelephone')}
            />
          </Colonne>
          <Colonne>
            <ChampTexte control={control} name="email" label={L.email} type="email" />
          </Colonne>
          <Colonne large>
            <ChampTexte control={control} name="adresse" label={L.adresse} />
          </Colonne>
          <Colonne>
            <ChampTexte control={control} name="codePostal" label={L.codePostal} />
          </Colonne>
          <Colonne>
            <ChampTexte control={control} name="commune" label={L.commune} />
          </Colonne>
        </Grid>
      </Section>
      <Section titre={t('formulaireJeune.suivi')}>
        <Grid container spacing={2.5}>
          <Colonne>
            <ChampDate control={control} name="datePremierAccueil" label={L.datePremierAccueil} required />
          </Colonne>
          <Colonne>
            <ChampDate control={control} name="dateInformationRgpd" label={L.dateInformationRgpd} />
          </Colonne>
          <Colonne>
            <ChampSelect control={control} name="siteId" label={L.siteId} options={optionsSites(etat)} />
          </Colonne>
          <Colonne>
            <ChampSelect control={control} name="referentId" label={L.referentId} options={optionsConseillers(etat)} />
          </Colonne>
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
