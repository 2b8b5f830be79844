import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useTranslation } from 'react-i18next';
import type { ErreurApi, Proposition } from '../../../../electron/core/contract';
import { ETATS_PROPOSITION, libelle, type EtatProposition } from '../../../../electron/core/domain/codes';
import { BoutonFicheLiaison } from './BoutonFicheLiaison';
import { estUneFin, resumeOrientation } from './libellesOrientation';

interface Props {
  proposition: Proposition;
  onEtat: (etat: EtatProposition) => void;
  onEntree: () => void;
  onFicheLiaison: (erreur: ErreurApi | null) => void;
}

const LIGNE = { flexWrap: 'wrap', gap: 0.5, justifyContent: 'flex-end' } as const;

/**
 * What can be done with an orientation now: exactly the states the server allows — the next step and
 * the entry once retained on the first line with the liaison sheet, refusals and abandon under them.
 */
export function ActionsOrientation({ proposition: p, onEtat, onEntree, onFicheLiaison }: Props) {
  const { t } = useTranslation();
  const orientation = resumeOrientation(p);
  const bouton = (etat: EtatProposition) => {
    const nom = libelle(ETATS_PROPOSITION, etat);
    const fin = estUneFin(etat);
    return (
      <Button
        key={etat}
        size="small"
        variant={fin ? 'text' : 'outlined'}
        color={fin ? 'inherit' : 'primary'}
        aria-label={t('orientations.etat.bouton', { etat: nom, orientation })}
        onClick={() => onEtat(etat)}
      >
        {nom}
      </Button>
    );
  };
  const fins = p.etatsPossibles.filter(estUneFin);
  return (
    <Stack spacing={0.5}>
      <Stack direction="row" useFlexGap sx={LIGNE}>
        {p.entreePossible && (
          <Button
            size="small"
            variant="contained"
            aria-label={t('orientations.entree.boutonNomme', { orientation })}
            onClick={onEntree}
          >
            {t('orientations.entree.bouton')}
          </Button>
        )}
        {p.etatsPossibles.filter((e) => !estUneFin(e)).map(bouton)}
        <BoutonFicheLiaison proposition={p} onResultat={onFicheLiaison} />
      </Stack>
      {fins.length > 0 && (
        <Stack direction="row" useFlexGap sx={LIGNE}>
          {fins.map(bouton)}
        </Stack>
      )}
    </Stack>
  );
}
