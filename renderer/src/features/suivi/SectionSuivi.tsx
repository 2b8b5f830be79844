import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ErreurApi } from '../../../../electron/core/contract';
import { useApi } from '../../api/contexte';
import { Tableau } from '../../composants/Tableau';
import type { ContexteSaisie, DefinitionSuivi } from './definition';
import { DialogueSaisie } from './DialogueSaisie';
import { DialogueSuppression } from './DialogueSuppression';

interface Props<T extends { id: string }, S extends z.ZodType> {
  definition: DefinitionSuivi<T, S>;
  elements: readonly T[];
  contexte: ContexteSaisie;
  /** A record was saved or deleted: reload, and announce `message`. */
  apresChangement: (message: string) => void;
  /** Actions of a kind of record that open their own dialog (« Orienter »), ahead of edit and delete. */
  actionsLigne?: (element: T) => ReactNode;
}

/** What the dialog is doing: adding (element null) or editing one record. */
type Saisie<T> = { element: T | null } | null;

/** One kind of record: its list, « Ajouter », and edit / delete (confirmed) on each row. */
export function SectionSuivi<T extends { id: string }, S extends z.ZodType>({
  definition,
  elements,
  contexte,
  apresChangement,
  actionsLigne,
}: Props<T, S>) {
  const { t } = useTranslation();
  const api = useApi();
  const { cle, actionRapide } = definition;
  const [saisie, setSaisie] = useState<Saisie<T>>(null);
  const [aSupprimer, setASupprimer] = useState<T | null>(null);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);
  const [actionEnCours, setActionEnCours] = useState<string | null>(null);
  const boutonAjouter = useRef<HTMLButtonElement>(null);
  // After a deletion the row's buttons are gone: the focus goes to « Ajouter » once the dialog has closed.
  const focaliserAjout = useRef(false);
  useEffect(() => {
    if (focaliserAjout.current && aSupprimer === null) {
      focaliserAjout.current = false;
      boutonAjouter.current?.focus();
    }
  });

  async function executerAction(element: T) {
    if (!actionRapide) return;
    setActionEnCours(element.id);
    const r = await actionRapide.executer(api, element, contexte.aujourdhui);
    setActionEnCours(null);
    setErreur(r.ok ? null : r.erreur);
    if (r.ok) apresChangement(actionRapide.succes(element));
  }

  async function supprimer(element: T): Promise<ErreurApi | null> {
    const r = await definition.supprimer(api, element.id);
    if (!r.ok) return r.erreur;
    focaliserAjout.current = true;
    setASupprimer(null);
    apresChangement(t(`suivi.${cle}.supprime`));
    return null;
  }

  const lignes = elements.map((element) => {
    const nom = definition.resume(element);
    return {
      id: element.id,
      cellules: [
        ...definition.colonnes.map((c) => c.cellule(element)),
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          {actionsLigne?.(element)}
          {actionRapide?.possible(element) && (
            <Button
              size="small"
              aria-label={actionRapide.libelleNomme(element)}
              loading={actionEnCours === element.id}
              onClick={() => void executerAction(element)}
              sx={{ whiteSpace: 'nowrap' }}
            >
              {actionRapide.libelle}
            </Button>
          )}
          <Tooltip title={t('suivi.modifierNomme', { nom })}>
            <IconButton size="small" onClick={() => setSaisie({ element })}>
              <EditOutlinedIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title={t('suivi.supprimerNomme', { nom })}>
            <IconButton size="small" onClick={() => setASupprimer(element)}>
              <DeleteOutlineIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Stack>,
      ],
    };
  });

  return (
    <Stack spacing={2}>
      <Box>
        <Button
          ref={boutonAjouter}
          variant="outlined"
          startIcon={<AddIcon />}
          onClick={() => setSaisie({ element: null })}
        >
          {t(`suivi.${cle}.ajouter`)}
        </Button>
      </Box>
      {erreur && (
        <Alert severity="error" role="alert" onClose={() => setErreur(null)}>
          {erreur.message}
        </Alert>
      )}
      <Tableau
        titre={t(`suivi.${cle}.titre`)}
        entetes={[...definition.colonnes.map((c) => c.entete), t('suivi.actions')]}
        lignes={lignes}
        vide={t(`suivi.${cle}.aucun`)}
      />
      {saisie && (
        <DialogueSaisie
          definition={definition}
          element={saisie.element}
          contexte={contexte}
          fermer={() => setSaisie(null)}
          apresEnregistrement={(message) => {
            setSaisie(null);
            apresChangement(message);
          }}
        />
      )}
      {aSupprimer && (
        <DialogueSuppression
          titre={t(`suivi.${cle}.suppression`)}
          resume={definition.resume(aSupprimer)}
          supprimer={() => supprimer(aSupprimer)}
          fermer={() => setASupprimer(null)}
        />
      )}
    </Stack>
  );
}
