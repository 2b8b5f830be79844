import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as LienRoute } from 'react-router';
import { LIBELLES_CHAMPS_EVENEMENT as L } from '../../../../electron/core/contract';
import { libelle, TYPES_EVENEMENT } from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Filtre } from '../../composants/Filtre';
import { Tableau } from '../../composants/Tableau';
import { TitrePage } from '../../composants/TitrePage';
import { optionsConseillers } from '../../structure/libelles';
import { useStructure } from '../../structure/StructureContexte';

const LIMITE = 100;

/** The latest contacts with young people, all files together, by adviser if chosen; each opens its file. */
export function DerniersContacts() {
  const { t } = useTranslation();
  const api = useApi();
  const { etat } = useStructure();
  const [conseillerId, setConseillerId] = useState('');
  const contacts = useChargement(
    useCallback(
      () => api['evenements:recents']({ conseillerId: conseillerId || null, limite: LIMITE }),
      [api, conseillerId],
    ),
  );
  const titre = t('derniersContacts.titre');

  return (
    <>
      <TitrePage>{titre}</TitrePage>
      <Box sx={{ maxWidth: 360, mb: 2 }}>
        <Filtre
          label={t('derniersContacts.conseiller')}
          tous={t('derniersContacts.tous')}
          valeur={conseillerId}
          options={optionsConseillers(etat)}
          onChange={setConseillerId}
        />
      </Box>
      <Paper sx={{ p: 2.5 }}>
        <EtatChargement chargement={contacts}>
          {(evenements) => (
            <Tableau
              titre={titre}
              entetes={[L.date, t('derniersContacts.jeune'), L.type, L.conseillerId, L.siteId]}
              vide={t(conseillerId ? 'derniersContacts.aucunConseiller' : 'derniersContacts.aucun')}
              lignes={evenements.map((e) => ({
                id: e.id,
                cellules: [
                  formaterDate(e.date),
                  <Link component={LienRoute} to={`/jeunes/${e.jeuneId}`}>
                    {`${e.jeunePrenom} ${e.jeuneNom}`}
                  </Link>,
                  libelle(TYPES_EVENEMENT, e.type),
                  e.conseillerNom,
                  e.siteLibelle,
                ],
              }))}
            />
          )}
        </EtatChargement>
      </Paper>
    </>
  );
}
