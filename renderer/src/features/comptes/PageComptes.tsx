import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { TitrePage } from '../../composants/TitrePage';
import { useAnnonce } from '../../composants/useAnnonce';
import { useStructure } from '../../structure/StructureContexte';
import { useSession } from '../session/SessionContexte';
import { FormulaireCompte } from './FormulaireCompte';
import { ReglageVerrouillage } from './ReglageVerrouillage';
import { TableauComptes } from './TableauComptes';

/** The staff's accounts: ADMIN manages them; DIRECTION views them, unlocks, and sets the idle lock. */
export function PageComptes() {
  const { t } = useTranslation();
  const api = useApi();
  const { peut, delaiVerrouillageMinutes, actualiser } = useSession();
  const structure = useStructure();
  const comptes = useChargement(useCallback(() => api['comptes:lister']({}), [api]));
  const { annoncer, annonce } = useAnnonce();
  const titreListe = t('comptes.liste');
  const apresChangement = (message: string) => {
    comptes.recharger();
    annoncer(message);
  };
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 1100 }}>
      <TitrePage>{t('comptes.titre')}</TitrePage>
      {!peut('gestionComptes') && <Typography>{t('comptes.explicationDirection')}</Typography>}
      <Section titre={titreListe}>
        <EtatChargement chargement={comptes}>
          {(liste) => <TableauComptes titre={titreListe} comptes={liste} apresChangement={apresChangement} />}
        </EtatChargement>
      </Section>
      {peut('gestionComptes') && (
        <Section titre={t('comptes.creation.titre')}>
          <FormulaireCompte
            apresCreation={(message) => {
              // The new adviser is offered as référent·e at once.
              structure.recharger();
              apresChangement(message);
            }}
          />
        </Section>
      )}
      <Section titre={t('comptes.verrouillage.titre')}>
        <ReglageVerrouillage
          delaiMinutes={delaiVerrouillageMinutes}
          apresEnregistrement={(message) => {
            actualiser();
            annoncer(message);
          }}
        />
      </Section>
      {annonce}
    </Stack>
  );
}
