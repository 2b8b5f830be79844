import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ErreurApi, Jeune, Sortie } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { Tableau } from '../../composants/Tableau';
import { formaterHorodatage, nomConseiller } from '../../format';
import { ChampSelect } from '../../formulaires/ChampSelect';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useFormulaire } from '../../formulaires/useFormulaire';
import i18n from '../../i18n';
import { useStructure } from '../../structure/StructureContexte';

type Autorisation = Sortie<'acces:lister'>[number];

const schema = z.object({
  conseillerId: z.string().min(1, { error: i18n.t('confidentiel.acces.aChoisir') }),
});

interface PropsAccorder {
  jeune: Jeune;
  autorisations: readonly Autorisation[];
  apresChangement: (message: string) => void;
}

/** Choose an adviser who has no access yet (the référent·e always has it) and grant it. */
function FormulaireAcces({ jeune, autorisations, apresChangement }: PropsAccorder) {
  const { t } = useTranslation();
  const api = useApi();
  const { etat } = useStructure();
  const options = etat.conseillers
    .filter(
      (c) =>
        c.role === 'CONSEILLER' &&
        c.actif &&
        c.id !== jeune.referentId &&
        !autorisations.some((a) => a.conseillerId === c.id),
    )
    .map((c) => ({ valeur: c.id, libelle: nomConseiller(c) }));
  const { form, erreur, soumettre } = useFormulaire(
    schema,
    { conseillerId: '' },
    async ({ conseillerId }, { reset }) => {
      const r = await api['acces:accorder']({ conseillerId, jeuneId: jeune.id });
      if (!r.ok) return r.erreur;
      reset({ conseillerId: '' });
      const nom = options.find((o) => o.valeur === conseillerId)?.libelle ?? '';
      apresChangement(t('confidentiel.acces.accorde', { nom }));
      return null;
    },
    'onSubmit',
  );
  return (
    <Stack component="form" noValidate onSubmit={soumettre} aria-label={t('confidentiel.acces.accorder')} spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ width: '20rem' }}>
          <ChampSelect
            control={form.control}
            name="conseillerId"
            label={t('confidentiel.acces.conseiller')}
            required
            options={options}
          />
        </Box>
        <Button
          type="submit"
          variant="outlined"
          loading={form.formState.isSubmitting}
          sx={{ flexShrink: 0, mt: '2px' }}
        >
          {t('confidentiel.acces.accorder')}
        </Button>
      </Stack>
      <ResumeErreur erreur={erreur} />
    </Stack>
  );
}

interface Props {
  jeune: Jeune;
  /** A grant was given or withdrawn: announce `message` (and reload the audited actions). */
  apresChangement: (message: string) => void;
}

/** DIRECTION: which advisers, besides the référent·e, may read this file's confidential details. */
export function AccesConfidentiels({ jeune, apresChangement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const acces = useChargement(useCallback(() => api['acces:lister']({ jeuneId: jeune.id }), [api, jeune.id]));
  const [retrait, setRetrait] = useState<string | null>(null);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const titre = t('confidentiel.acces.titre');

  const apres = (message: string) => {
    acces.recharger();
    apresChangement(message);
  };

  async function retirer(a: Autorisation) {
    setRetrait(a.conseillerId);
    const r = await api['acces:retirer']({ conseillerId: a.conseillerId, jeuneId: jeune.id });
    setRetrait(null);
    setErreur(r.ok ? null : r.erreur);
    if (r.ok) apres(t('confidentiel.acces.retire', { nom: a.conseillerNom }));
  }

  return (
    <Section titre={titre}>
      <Stack spacing={2}>
        <Typography variant="body2" color="text.secondary">
          {t('confidentiel.acces.explication')}
        </Typography>
        <EtatChargement chargement={acces}>
          {(autorisations) => (
            <>
              <Tableau
                titre={titre}
                entetes={[
                  t('confidentiel.acces.conseiller'),
                  t('confidentiel.acces.accordeLe'),
                  t('confidentiel.acces.accordePar'),
                  t('confidentiel.acces.actions'),
                ]}
                vide={t('confidentiel.acces.aucun')}
                lignes={autorisations.map((a) => ({
                  id: a.conseillerId,
                  cellules: [
                    a.conseillerNom,
                    formaterHorodatage(a.accordeeLe),
                    a.accordeeParNom ?? '',
                    <Button
                      size="small"
                      aria-label={t('confidentiel.acces.retirerNomme', { nom: a.conseillerNom })}
                      loading={retrait === a.conseillerId}
                      onClick={() => void retirer(a)}
                    >
                      {t('confidentiel.acces.retirer')}
                    </Button>,
                  ],
                }))}
              />
              <ResumeErreur erreur={erreur} />
              <FormulaireAcces jeune={jeune} autorisations={autorisations} apresChangement={apres} />
            </>
          )}
        </EtatChargement>
      </Stack>
    </Section>
  );
}
