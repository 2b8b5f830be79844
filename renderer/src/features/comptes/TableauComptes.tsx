import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIBELLES_CHAMPS_COMPTE as L, type Compte, type ErreurApi } from '../../../../electron/core/contract';
import { libelle, ROLES } from '../../../../electron/core/domain/codes';
import { useApi } from '../../api/contexte';
import { Tableau } from '../../composants/Tableau';
import { nomConseiller } from '../../format';
import { ResumeErreur } from '../../formulaires/ResumeErreur';
import { useSession } from '../session/SessionContexte';
import { DialogueDefinirMotDePasse } from './DialogueDefinirMotDePasse';
import { EtatCompte } from './EtatCompte';

/** By name then first name, as a staff list is read. */
function parNom(a: Compte, b: Compte): number {
  return a.nom.localeCompare(b.nom, 'fr') || a.prenom.localeCompare(b.prenom, 'fr');
}

interface Props {
  titre: string;
  comptes: readonly Compte[];
  /** An account was unlocked or given a password: reload, and announce `message`. */
  apresChangement: (message: string) => void;
}

/** Every account, its state, and what may be done to it: unlock (ADMIN, DIRECTION), set a password (ADMIN). */
export function TableauComptes({ titre, comptes, apresChangement }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const { peut } = useSession();
  const [aDefinir, setADefinir] = useState<Compte | null>(null);
  const [enCours, setEnCours] = useState<string | null>(null);
  const [erreur, setErreur] = useState<ErreurApi | null>(null);

  async function debloquer(compte: Compte) {
    setEnCours(compte.id);
    const r = await api['comptes:debloquer']({ id: compte.id });
    setEnCours(null);
    setErreur(r.ok ? null : r.erreur);
    if (r.ok) apresChangement(t('comptes.debloque', { nom: nomConseiller(compte) }));
  }

  const lignes = [...comptes].sort(parNom).map((c) => {
    const nom = nomConseiller(c);
    return {
      id: c.id,
      cellules: [
        nom,
        c.login,
        libelle(ROLES, c.role),
        <EtatCompte compte={c} />,
        <Stack direction="row" spacing={1}>
          {c.bloque && (
            <Button
              size="small"
              aria-label={t('comptes.debloquerNomme', { nom })}
              loading={enCours === c.id}
              onClick={() => void debloquer(c)}
            >
              {t('comptes.debloquer')}
            </Button>
          )}
          {peut('gestionComptes') && (
            <Button
              size="small"
              aria-label={t('comptes.definirMotDePasseNomme', { nom })}
              onClick={() => setADefinir(c)}
            >
              {t('comptes.definirMotDePasse')}
            </Button>
          )}
        </Stack>,
      ],
    };
  });

  return (
    <Stack spacing={2}>
      <ResumeErreur erreur={erreur} />
      <Tableau
        titre={titre}
        entetes={[
          t('comptes.colonnes.nom'),
          L.login,
          L.role,
          t('comptes.colonnes.etat'),
          t('comptes.colonnes.actions'),
        ]}
        vide={t('comptes.aucun')}
        lignes={lignes}
      />
      {aDefinir && (
        <DialogueDefinirMotDePasse
          compte={aDefinir}
          fermer={() => setADefinir(null)}
          apresChangement={(message) => {
            setADefinir(null);
            apresChangement(message);
          }}
        />
      )}
    </Stack>
  );
}
