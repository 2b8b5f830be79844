import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objectif, TableauDeBordRegion } from '../../../../electron/core/contract';

type Chiffre = TableauDeBordRegion['chiffres'][number];

/** The key figures that have a target, each with how far the year has reached it. */
export function ProgressionObjectifs({
  chiffres,
  objectifs,
  annee,
}: {
  chiffres: readonly Chiffre[];
  objectifs: readonly Objectif[];
  annee: number;
}) {
  const { t } = useTranslation();
  const avecObjectif = chiffres.flatMap((c) => {
    const o = objectifs.find((x) => x.code === c.code && x.variante === c.variante);
    return o ? [{ chiffre: c, objectif: o.valeur }] : [];
  });
  if (avecObjectif.length === 0) return <Typography>{t('tableauDeBord.objectifs.aucun', { annee })}</Typography>;
  return (
    <Stack spacing={2}>
      {avecObjectif.map(({ chiffre, objectif }) => (
        <Barre
          key={`${chiffre.code}-${chiffre.variante}`}
          libelle={chiffre.libelle}
          valeur={chiffre.valeur}
          objectif={objectif}
        />
      ))}
    </Stack>
  );
}

function Barre({ libelle, valeur, objectif }: { libelle: string; valeur: number; objectif: number }) {
  const { t } = useTranslation();
  const id = useId();
  const pourcentage = objectif === 0 ? 100 : Math.round((valeur / objectif) * 100);
  return (
    <div>
      <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Typography id={id} variant="body2" sx={{ fontWeight: 600 }}>
          {libelle}
        </Typography>
        <Typography variant="body2">
          {t('tableauDeBord.objectifs.progression', {
            valeur: valeur.toLocaleString('fr-FR'),
            objectif: objectif.toLocaleString('fr-FR'),
            pourcentage,
          })}
        </Typography>
      </Stack>
      <LinearProgress
        variant="determinate"
        value={Math.min(pourcentage, 100)}
        aria-labelledby={id}
        aria-valuetext={`${pourcentage} %`}
        color={pourcentage >= 100 ? 'success' : 'primary'}
        sx={{ height: 10, borderRadius: 1, mt: 0.5 }}
      />
    </div>
  );
}
