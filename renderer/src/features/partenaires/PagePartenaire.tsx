import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { useCallback } from 'react';
import { useParams } from 'react-router';
import type { Partenaire } from '../../../../electron/core/contract';
import { libelle, TYPES_PARTENAIRE } from '../../../../electron/core/domain/codes';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { TitrePage } from '../../composants/TitrePage';
import { useAnnonce } from '../../composants/useAnnonce';
import { ActionsPartenaire } from './ActionsPartenaire';
import { ContactsPartenaire } from './ContactsPartenaire';
import { IdentitePartenaire } from './IdentitePartenaire';
import { proposeDesSessions } from '../../../../electron/core/domain/orientation';
import { OFFRES } from './offres';
import { OrientationsPartenaire } from './OrientationsPartenaire';
import { SectionSousElements } from './SectionSousElements';
import { SESSIONS } from './sessions';

function Contenu({ partenaire: p, apresChangement }: { partenaire: Partenaire; apresChangement: (m: string) => void }) {
  const sessions = proposeDesSessions(p.type);
  return (
    <Stack spacing={2.5}>
      <div>
        <TitrePage>{p.raisonSociale}</TitrePage>
        <Chip label={libelle(TYPES_PARTENAIRE, p.type)} variant="outlined" color="primary" />
      </div>
      <ActionsPartenaire partenaire={p} apresFusion={apresChangement} />
      <Grid container spacing={2.5}>
        <Grid size={{ xs: 12, md: 6 }}>
          <IdentitePartenaire partenaire={p} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <ContactsPartenaire contacts={p.contacts} />
        </Grid>
      </Grid>
      {sessions && <SectionSousElements definition={SESSIONS} partenaire={p} apresChangement={apresChangement} />}
      {/* Offers of a partner whose type changed since stay visible. */}
      {(!sessions || p.offres.length > 0) && (
        <SectionSousElements definition={OFFRES} partenaire={p} apresChangement={apresChangement} />
      )}
      <OrientationsPartenaire partenaire={p} />
    </Stack>
  );
}

/** A partner of the directory: identity, contacts, sessions or offers, the youths oriented there. */
export function PagePartenaire() {
  const api = useApi();
  const id = useParams().id ?? '';
  const chargement = useChargement(useCallback(() => api['partenaires:lire']({ id }), [api, id]));
  const { annoncer, annonce } = useAnnonce();
  const apresChangement = (message: string) => {
    chargement.recharger();
    annoncer(message);
  };
  return (
    <>
      <EtatChargement chargement={chargement}>
        {(p) => <Contenu partenaire={p} apresChangement={apresChangement} />}
      </EtatChargement>
      {annonce}
    </>
  );
}
