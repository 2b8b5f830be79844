import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErreurApi, Partenaire } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { Section } from '../../composants/Section';
import { Tableau } from '../../composants/Tableau';
import { DialogueSuppression } from '../suivi/DialogueSuppression';
import type { DefinitionSousElement } from './definitionSousElement';
import { DialogueSousElement } from './DialogueSousElement';

interface Props<T extends { id: string }, S extends z.ZodType> {
  definition: DefinitionSousElement<T, S>;
  partenaire: Partenaire;
  /** An element was saved or deleted: reload, and announce `message`. */
  apresChangement: (message: string) => void;
}

/** A partner's sessions or offers: the table, « Ajouter », and edit / delete (confirmed) on each row. */
export function SectionSousElements<T extends { id: string }, S extends z.ZodType>({
  definition,
  partenaire,
  apresChangement,
}: Props<T, S>) {
  const { t } = useTranslation();
  const api = useApi();
  const { cle } = definition;
  const titre = t(`partenaires.${cle}.titre`);
  const [saisie, setSaisie] = useState<{ element: T | null } | null>(null);
  const [aSupprimer, setASupprimer] = useState<T | null>(null);
  const boutonAjouter = useRef<HTMLButtonElement>(null);
  // After a deletion the row's buttons are gone: the focus goes to « Ajouter » once the dialog has closed.
  const focaliserAjout = useRef(false);
  useEffect(() => {
    if (focaliserAjout.current && aSupprimer === null) {
      focaliserAjout.current = false;
      boutonAjouter.current?.focus();
    }
  });

  async function supprimer(element: T): Promise<ErreurApi | null> {
    const r = await definition.supprimer(api, element.id);
    if (!r.ok) return r.erreur;
    focaliserAjout.current = true;
    setASupprimer(null);
    apresChangement(t(`partenaires.${cle}.supprime`));
    return null;
  }

  const lignes = definition.elements(partenaire).map((element) => {
    const nom = definition.resume(element);
    return {
      id: element.id,
      cellules: [
        ...definition.colonnes.map((c) => c.cellule(element)),
        <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
          <Tooltip title={t('partenaires.fiche.modifierNomme', { nom })}>
            <IconButton size="small" onClick={() => setSaisie({ element })}>
              <EditOutlinedIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title={t('partenaires.fiche.supprimerNomme', { nom })}>
            <IconButton size="small" onClick={() => setASupprimer(element)}>
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Stack>,
      ],
    };
  });

  return (
    <Section
      titre={titre}
      actions={
        <Button
          ref={boutonAjouter}
          variant="outlined"
          startIcon={<AddIcon />}
          onClick={() => setSaisie({ element: null })}
        >
          {t(`partenaires.${cle}.ajouter`)}
        </Button>
      }
    >
      <Tableau
        titre={titre}
        entetes={[...definition.colonnes.map((c) => c.entete), t('partenaires.fiche.actions')]}
        lignes={lignes}
        vide={t(`partenaires.${cle}.aucun`)}
      />
      {saisie && (
        <DialogueSousElement
          definition={definition}
          partenaireId={partenaire.id}
          element={saisie.element}
          fermer={() => setSaisie(null)}
          apresEnregistrement={(message) => {
            setSaisie(null);
            apresChangement(message);
          }}
        />
      )}
      {aSupprimer && (
        <DialogueSuppression
          titre={t(`partenaires.${cle}.suppression`)}
          resume={definition.resume(aSupprimer)}
          avertissement={t('partenaires.suppressionSousElement')}
          supprimer={() => supprimer(aSupprimer)}
          fermer={() => setASupprimer(null)}
        />
      )}
    </Section>
  );
}
