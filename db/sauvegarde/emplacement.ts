/**
 * Where the live database may be: SQLite's locking is unreliable on network shares and synced cloud
 * folders (two machines, or the sync client, can corrupt the file). The decision is pure, with the
 * platform and the file system's type injected, so every platform is tested on Linux.
 */
import { existsSync, realpathSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';

/** `statfs` magic numbers (Linux's f_type; macOS reports the same for these through Node). */
const SYSTEMES_RESEAU: Readonly<Record<number, string>> = {
  0x6969: 'NFS',
  0x517b: 'SMB',
  0xff534d42: 'CIFS',
  0xfe534d42: 'SMB2',
  0x5346414f: 'AFS',
  0x73757245: 'Coda',
  0x564c: 'NCP',
};

const DOSSIERS_SYNCHRONISES = [
  'OneDrive',
  'Dropbox',
  'Google Drive',
  'GoogleDrive',
  'My Drive',
  'Mon Drive',
  'iCloud Drive',
  'iCloudDrive',
  'Mobile Documents',
  'CloudStorage',
  'Nextcloud',
  'ownCloud',
  'pCloud Drive',
  'pCloudDrive',
  'Box',
  'Box Sync',
  'Tresorit',
  'MEGA',
  'Seafile',
  'SynologyDrive',
  'kDrive',
];

export interface DescriptionEmplacement {
  /** The path as the system resolves it (a mapped Windows drive resolves to its UNC path). */
  chemin: string;
  plateforme: NodeJS.Platform;
  /** `statfs().type` of the folder, when known. */
  typeSysteme?: number;
}

export type Verdict = { sur: true } | { sur: false; raison: string };

const CONSEIL =
  'Placez la base sur un disque de cet ordinateur (par exemple le dossier proposé par défaut) ; ' +
  'les sauvegardes, elles, peuvent aller sur un disque USB ou un partage.';

export function jugerEmplacement({ chemin, plateforme, typeSysteme }: DescriptionEmplacement): Verdict {
  if (plateforme === 'win32' && /^(\\\\|\/\/)(\?\\UNC\\)?[^\\/?]/.test(chemin) && !/^\\\\\?\\[A-Za-z]:/.test(chemin)) {
    return { sur: false, raison: `${chemin} est sur un partage réseau. ${CONSEIL}` };
  }
  const reseau = typeSysteme === undefined ? undefined : SYSTEMES_RESEAU[typeSysteme >>> 0];
  if (reseau) return { sur: false, raison: `${chemin} est sur un partage réseau (${reseau}). ${CONSEIL}` };
  const segments = chemin.split(/[\\/]+/);
  const synchronise = DOSSIERS_SYNCHRONISES.find((d) =>
    segments.some((s) => s.toLowerCase() === d.toLowerCase() || s.toLowerCase().startsWith(`${d.toLowerCase()} - `)),
  );
  if (synchronise) {
    return {
      sur: false,
      raison: `${chemin} est dans un dossier synchronisé (${synchronise}) : la synchronisation peut abîmer la base. ${CONSEIL}`,
    };
  }
  return { sur: true };
}

/** The real inputs for the database file's folder (its nearest existing ancestor before creation). */
export function decrireEmplacement(fichier: string): DescriptionEmplacement {
  let dossier = dirname(fichier);
  while (!existsSync(dossier) && dirname(dossier) !== dossier) dossier = dirname(dossier);
  const chemin = realpathSync.native(dossier);
  let typeSysteme: number | undefined;
  try {
    typeSysteme = process.platform === 'win32' ? undefined : statfsSync(chemin).type;
  } catch {
    typeSysteme = undefined;
  }
  return { chemin, plateforme: process.platform, typeSysteme };
}
