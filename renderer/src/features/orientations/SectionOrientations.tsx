import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as LienRouteur } from 'react-router';
import type { ErreurApi, Jeune, Proposition, Suivi } from '../../../../electron/core/contract';
import { libelle, TYPES_PROPOSITION, type EtatProposition } from '../../../../electron/core/domain/codes';
import { dateLocale, formaterDate } from '../../../../electron/core/domain/dates';
import type { Chargement } from '../../api/useChargement';
import { EtatChargement } from '../../composants/EtatChargement';
import { Section } from '../../composants/Section';
import { Tableau } from '../../composants/Tableau';
import { useStructure } from '../../structure/StructureContexte';
import { ActionsOrientation } from './ActionsOrientation';
import { DialogueEntree } from './DialogueEntree';
import { DialogueEtat } from './DialogueEtat';
import { DialogueOrientation } from './DialogueOrientation';
import { cibleOrientation } from './libellesOrientation';
import { PastilleEtat } from './PastilleEtat';

/** The dialog open over the section, if any. */
type Action =
  | { genre: 'nouvelle' }
  | { genre: 'etat'; proposition: Proposition; etat: EtatProposition }
  | { genre: 'entree'; proposition: Proposition };

/** The partner (a link to its page) and what the youth is oriented to there. */
function Cible({ proposition: p }: { proposition: Proposition }) {
  const cible = cibleOrientation(p);
  return (
    <>
      {p.partenaireId && (
        <Link component={LienRouteur} to={`/partenaires/${p.partenaireId}`} variant="body2" sx={{ fontWeight: 500 }}>
          {p.partenaireNom}
        </Link>
      )}
      {cible && (
        <Typography variant="body2" color="text.secondary">
          {cible}
        </Typography>
      )}
    </>
  );
}

interface Props {
  jeune: Jeune;
  suivi: Chargement<Suivi>;
  /** An orientation was created, moved or entered: reload, and announce `message`. */
  apresChangement: (message: string) => void;
}

/** The youth's orientations: prescribe, follow their states, record the entry, print the liaison sheet. */
export function SectionOrientations({ jeune, suivi, apresChangement }: Props) {
  const { t } = useTranslation();
  const { etat } = useStructure();
  const [aujourdhui] = useState(() => dateLocale(new Date()));
  const contexte = useMemo(() => ({ jeune, etat, aujourdhui }), [jeune, etat, aujourdhui]);
  const [action, setAction] = useState<Action | null>(null);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const titre = t('orientations.titre');
  const fermer = () => setAction(null);
  const apresEnregistrement = (message: string) => {
    setAction(null);
    apresChangement(message);
  };

  const lignes = (propositions: readonly Proposition[]) =>
    propositions.map((p) => ({
      id: p.id,
      cellules: [
        formaterDate(p.date),
        libelle(TYPES_PROPOSITION, p.type),
        <Cible proposition={p} />,
        <PastilleEtat etat={p.etat} />,
        formaterDate(p.dateEtat),
        <ActionsOrientation
          proposition={p}
          onEtat={(e) => setAction({ genre: 'etat', proposition: p, etat: e })}
          onEntree={() => setAction({ genre: 'entree', proposition: p })}
          onFicheLiaison={setErreur}
        />,
      ],
    }));

  return (
    <Section
      titre={titre}
      actions={
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setAction({ genre: 'nouvelle' })}>
          {t('orientations.nouvelle')}
        </Button>
      }
    >
      <Stack spacing={2}>
        {erreur && (
          <Alert severity="error" role="alert" onClose={() => setErreur(null)}>
            {erreur.message}
          </Alert>
        )}
        <EtatChargement chargement={suivi}>
          {(s) => (
            <Tableau
              titre={titre}
              entetes={[
                t('orientations.colonnes.date'),
                t('orientations.colonnes.type'),
                t('orientations.colonnes.cible'),
                t('orientations.colonnes.etat'),
                t('orientations.colonnes.dateEtat'),
                t('orientations.colonnes.actions'),
              ]}
              lignes={lignes(s.propositions)}
              vide={t('orientations.aucune')}
            />
          )}
        </EtatChargement>
      </Stack>
      {action?.genre === 'nouvelle' && (
        <DialogueOrientation contexte={contexte} fermer={fermer} apresEnregistrement={apresEnregistrement} />
      )}
      {action?.genre === 'etat' && (
        <DialogueEtat
          proposition={action.proposition}
          etat={action.etat}
          aujourdhui={aujourdhui}
          fermer={fermer}
          apresEnregistrement={apresEnregistrement}
        />
      )}
      {action?.genre === 'entree' && (
        <DialogueEntree
          proposition={action.proposition}
          aujourdhui={aujourdhui}
          fermer={fermer}
          apresEnregistrement={apresEnregistrement}
        />
      )}
    </Section>
  );
}
