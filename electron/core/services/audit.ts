/**
 * The audit trail: one hash-chained entry per audited action (login, lock, sensitive read, change to
 * a youth file, export, rights), written in the same transaction as the action. No field value.
 */
import type { EntreeValidee } from '../contract';
import {
  auditDuJeune,
  derniereEntreeAudit,
  ecrireParametre,
  insererAudit,
  lireParametre,
  toutLeJournal,
} from '../../../db/repositories/securite';
import type { BaseTremplin } from '../../../db/client';
import { hashEntree, HASH_ORIGINE, premiereRupture } from '../securite/chaine-audit';

export const ACTIONS_AUDIT = {
  CONNEXION: 'Connexion',
  ECHEC_CONNEXION: 'Échec de connexion',
  DECONNEXION: 'Déconnexion',
  VERROUILLAGE: 'Verrouillage',
  DEVERROUILLAGE: 'Déverrouillage',
  LECTURE_SENSIBLE: 'Consultation des informations sensibles',
  CREATION: 'Création',
  MODIFICATION: 'Modification',
  SUPPRESSION: 'Suppression',
  EXPORT: 'Export',
  IMPORT: 'Import',
  ARCHIVAGE: 'Archivage',
  ANONYMISATION: 'Anonymisation',
  EFFACEMENT: 'Effacement',
  DROITS: 'Changement de droits',
  SAUVEGARDE: 'Sauvegarde',
  RESTAURATION: 'Restauration',
  CLE_SECOURS: 'Affichage de la clé de secours',
} as const;
export type ActionAudit = keyof typeof ACTIONS_AUDIT;

export interface FaitAudite {
  action: ActionAudit;
  utilisateurId: string | null;
  jeuneId?: string | null;
  /** Kind and id of what was touched (`SITUATION 0190…`, `COMPTE c.durand`): never a value. */
  objet?: string | null;
}

/** Last number and hash, kept apart: removing the last entries leaves the seal ahead of the trail. */
const CLE_SCEAU = 'audit.sceau';

export function journaliser(db: BaseTremplin, instant: number, fait: FaitAudite): void {
  const derniere = derniereEntreeAudit(db);
  const entree = {
    numero: (derniere?.numero ?? 0) + 1,
    horodatage: instant,
    utilisateurId: fait.utilisateurId,
    action: fait.action,
    jeuneId: fait.jeuneId ?? null,
    objet: fait.objet ?? null,
  };
  const hashPrecedent = derniere?.hash ?? HASH_ORIGINE;
  const hash = hashEntree(hashPrecedent, entree);
  insererAudit(db, { ...entree, hashPrecedent, hash });
  ecrireParametre(db, CLE_SCEAU, `${entree.numero}:${hash}`);
}

export function verifierJournal(db: BaseTremplin) {
  const entrees = toutLeJournal(db);
  const derniere = entrees[entrees.length - 1];
  const sceau = lireParametre(db, CLE_SCEAU);
  return {
    entrees: entrees.length,
    premiereRupture: premiereRupture(entrees),
    sceauIntact: (sceau ?? '') === (derniere ? `${derniere.numero}:${derniere.hash}` : ''),
  };
}

export function consultationsDuJeune(db: BaseTremplin, { jeuneId }: EntreeValidee<'audit:consultations'>) {
  return auditDuJeune(db, jeuneId).map((e) => ({ ...e, action: ACTIONS_AUDIT[e.action as ActionAudit] ?? e.action }));
}

/** A create / update / delete on a youth file, by the acting user (who, when, what — no value). */
export function auditerDossier(
  db: BaseTremplin,
  instant: number,
  utilisateurId: string | null,
  action: 'CREATION' | 'MODIFICATION' | 'SUPPRESSION',
  jeuneId: string,
  objet: string,
): void {
  journaliser(db, instant, { action, utilisateurId, jeuneId, objet });
}
