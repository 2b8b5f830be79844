import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/contexte';
import { useChargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { formaterHorodatage } from '../../format';
import { DialogueMotDePasse } from '../session/DialogueMotDePasse';
import { DialogueCleSecours } from './DialogueCleSecours';

/** Encryption state and the recovery key, shown after the password is typed again. */
export function SectionCleSecours() {
  const { t } = useTranslation();
  const api = useApi();
  const etat = useChargement(useCallback(() => api['chiffrement:etat']({}), [api]));
  const [demande, setDemande] = useState(false);
  const [affichee, setAffichee] = useState<{ cle: string; le: number } | null>(null);
  return (
    <Section
      titre={t('sauvegardes.cle.titre')}
      actions={
        <Button variant="outlined" onClick={() => setDemande(true)}>
          {t('sauvegardes.cle.afficher')}
        </Button>
      }
    >
      <EtatChargement chargement={etat}>
        {(e) => (
          <Stack spacing={1.5}>
            <Typography>{t('sauvegardes.cle.explication')}</Typography>
            <div role="status">
              {!e.chiffree ? (
                <Alert severity="warning">{t('sauvegardes.cle.nonChiffree')}</Alert>
              ) : e.remiseLe === null ? (
                <Alert severity="warning">{t('sauvegardes.cle.aImprimer')}</Alert>
              ) : (
                <Alert severity="success">
                  {t('sauvegardes.cle.remise', { date: formaterHorodatage(e.remiseLe) })}
                </Alert>
              )}
            </div>
          </Stack>
        )}
      </EtatChargement>
      {demande && (
        <DialogueMotDePasse
          titre={t('sauvegardes.cle.titreDialogue')}
          description={t('sauvegardes.cle.avantAffichage')}
          libelleEnvoi={t('sauvegardes.cle.afficher')}
          fermer={() => setDemande(false)}
          envoyer={async (motDePasse) => {
            const r = await api['chiffrement:cleSecours']({ motDePasse });
            if (!r.ok) return r.erreur;
            setDemande(false);
            setAffichee({ cle: r.valeur.cle, le: Date.now() });
            return null;
          }}
        />
      )}
      {affichee && (
        <DialogueCleSecours
          {...affichee}
          fermer={() => {
            setAffichee(null);
            etat.recharger();
          }}
        />
      )}
    </Section>
  );
}
