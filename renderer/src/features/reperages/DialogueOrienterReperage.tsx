import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { propositionSaisieSchema, Reperage, Sortie } from '../../../../electron/core/contract';
import {
  DOMAINES_REPERAGE,
  libelle,
  RESSOURCES_REPERAGE,
  RESULTATS_REPERAGE,
  TYPES_PARTENAIRE,
} from '../../../../electron/core/domain/codes';
import { formaterDate } from '../../../../electron/core/domain/dates';
import { domaineSensible } from '../../../../electron/core/domain/reperage';
import { useApi } from '../../api/contexte';
import { DialogueOrientation, type VarianteOrientation } from '../orientations/DialogueOrientation';
import { nouvelleOrientation } from '../orientations/valeursOrientation';
import type { ContexteSaisie, PropsChamps } from '../suivi/definition';

type Conseil = Sortie<'reperages:conseil'>;

/** The partners whose resources the result calls for, one click to choose (the field below follows). */
function partenairesConseilles(conseil: Conseil) {
  return function PartenairesConseilles({ form: { control, setValue } }: PropsChamps<typeof propositionSaisieSchema>) {
    const { t } = useTranslation();
    const partenaireId = useWatch({ control, name: 'partenaireId' });
    if (conseil.partenaires.length === 0) {
      const ressources = conseil.ressources.map((r) => libelle(RESSOURCES_REPERAGE, r)).join(', ');
      return <Alert severity="info">{t('reperages.orientation.aucunConseille', { ressources })}</Alert>;
    }
    return (
      <FormControl component="fieldset">
        <FormLabel component="legend">{t('reperages.orientation.conseilles')}</FormLabel>
        <RadioGroup
          value={partenaireId}
          onChange={(e) => {
            setValue('partenaireId', e.target.value, { shouldValidate: true });
            setValue('sessionId', '');
            setValue('offreId', '');
          }}
        >
          {conseil.partenaires.map((p) => (
            <FormControlLabel
              key={p.id}
              value={p.id}
              control={<Radio />}
              sx={{ alignItems: 'flex-start', my: 0.5 }}
              label={
                <Stack spacing={0.5} sx={{ pt: 1 }}>
                  <Typography sx={{ fontWeight: 500 }}>{p.raisonSociale}</Typography>
                  <Typography variant="body2" color="text.secondary">
                    {[libelle(TYPES_PARTENAIRE, p.type), p.commune].filter(Boolean).join(' · ')}
                  </Typography>
                  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                    {p.ressources.map((r) => (
                      <Chip key={r} size="small" variant="outlined" label={libelle(RESSOURCES_REPERAGE, r)} />
                    ))}
                  </Stack>
                </Stack>
              }
            />
          ))}
        </RadioGroup>
      </FormControl>
    );
  };
}

interface Props {
  reperage: Reperage;
  conseil: Conseil;
  contexte: ContexteSaisie;
  fermer: () => void;
  apresEnregistrement: (message: string) => void;
}

/**
 * « Orienter » after a positive result: the usual orientation form, its type and the best advised partner
 * chosen; the orientation is linked to the screening. A handicap screening's reason stays unwritten:
 * it is printed on the liaison sheet, and only the adviser knows what the youth agreed to share.
 */
export function DialogueOrienterReperage({ reperage: r, conseil, contexte, fermer, apresEnregistrement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const variante = useMemo((): VarianteOrientation => {
    const details = {
      domaine: libelle(DOMAINES_REPERAGE, r.domaine).toLowerCase(),
      date: formaterDate(r.date),
      resultat: libelle(RESULTATS_REPERAGE, r.resultat).toLowerCase(),
    };
    return {
      titre: t('reperages.orientation.titre'),
      description: t('reperages.orientation.description', details),
      valeurs: {
        ...nouvelleOrientation(contexte),
        type: conseil.typeProposition,
        partenaireId: conseil.partenaires[0]?.id ?? '',
        motif: domaineSensible(r.domaine) ? '' : t('reperages.orientation.motif', details),
      },
      envoyer: (saisie) => api['reperages:orienter']({ id: r.id, saisie }),
      succes: t('reperages.orientation.creee'),
      EnTete: partenairesConseilles(conseil),
    };
  }, [r, conseil, contexte, api, t]);
  return (
    <DialogueOrientation
      contexte={contexte}
      fermer={fermer}
      apresEnregistrement={apresEnregistrement}
      variante={variante}
    />
  );
}
