import { describe, expect, it } from 'vitest';
import { jugerEmplacement, type DescriptionEmplacement } from '../../db/sauvegarde/emplacement';
import { sauvegardesAConserver } from '../../db/sauvegarde/rotation';

describe('rotation 7 jours / 4 semaines / 12 mois', () => {
  /** One backup a day at 09:00 (local) for `jours` days ending on `fin`. */
  function quotidiennes(fin: string, jours: number, parJour = 1) {
    const dernier = new Date(`${fin}T09:00:00`).getTime();
    return Array.from({ length: jours * parJour }, (_, i) => {
      const instant = new Date(dernier - Math.floor(i / parJour) * 86_400_000 - (i % parJour) * 3_600_000);
      return { fichier: instant.toISOString(), instant };
    });
  }

  it.each([
    ['3 jours', quotidiennes('2026-06-15', 3), 3],
    ['7 jours', quotidiennes('2026-06-15', 7), 7],
    // Mon 8 → Mon 15 June: the week of the 8th is represented by Sunday 14th, already kept as a day.
    ['8 jours', quotidiennes('2026-06-15', 8), 7],
    // A year: 7 days; weeks of 15/6 and 8/6 already kept, + Sun 7/6 and Sun 31/5; months: June and
    // May already kept, + the last day of April 2026 … July 2025.
    ['un an', quotidiennes('2026-06-15', 365), 7 + 2 + 10],
    ['deux par jour pendant 3 jours', quotidiennes('2026-06-15', 3, 2), 3],
  ])('%s', (_cas, sauvegardes, attendu) => {
    expect(sauvegardesAConserver(sauvegardes).size).toBe(attendu);
  });

  it('garde la plus récente de chaque jour, et ce qui précède des vacances', () => {
    const avantVacances = quotidiennes('2026-07-31', 5);
    const apres = quotidiennes('2026-08-24', 2);
    const gardees = sauvegardesAConserver([...apres, ...avantVacances]);
    expect(gardees.size).toBe(7);
    expect(sauvegardesAConserver(quotidiennes('2026-06-15', 1, 3))).toEqual(
      new Set([quotidiennes('2026-06-15', 1, 3)[0]!.fichier]),
    );
  });
});

describe('emplacement de la base', () => {
  const cas: [string, DescriptionEmplacement, boolean][] = [
    ['disque local Linux', { chemin: '/home/ml/.config/Tremplin', plateforme: 'linux', typeSysteme: 0xef53 }, true],
    ['NFS', { chemin: '/mnt/serveur/tremplin', plateforme: 'linux', typeSysteme: 0x6969 }, false],
    ['CIFS', { chemin: '/mnt/partage', plateforme: 'linux', typeSysteme: 0xff534d42 }, false],
    ['SMB2 (nombre signé)', { chemin: '/mnt/partage', plateforme: 'linux', typeSysteme: 0xfe534d42 | 0 }, false],
    ['SMB macOS', { chemin: '/Volumes/Partage', plateforme: 'darwin', typeSysteme: 0x517b }, false],
    ['disque NTFS USB via FUSE', { chemin: '/media/usb', plateforme: 'linux', typeSysteme: 0x65735546 }, true],
    ['Windows local', { chemin: 'C:\\Users\\ml\\AppData\\Roaming\\Tremplin', plateforme: 'win32' }, true],
    ['Windows UNC', { chemin: '\\\\serveur\\partage\\Tremplin', plateforme: 'win32' }, false],
    ['Windows lecteur réseau résolu', { chemin: '\\\\?\\UNC\\serveur\\partage', plateforme: 'win32' }, false],
    ['Windows chemin long local', { chemin: '\\\\?\\C:\\Tremplin', plateforme: 'win32' }, true],
    ['OneDrive', { chemin: 'C:\\Users\\ml\\OneDrive - Mission Locale\\Tremplin', plateforme: 'win32' }, false],
    ['Dropbox', { chemin: '/home/ml/Dropbox/tremplin', plateforme: 'linux', typeSysteme: 0xef53 }, false],
    ['Google Drive', { chemin: 'G:\\Mon Drive\\Tremplin', plateforme: 'win32' }, false],
    ['iCloud', { chemin: '/Users/ml/Library/Mobile Documents/com~apple~CloudDocs', plateforme: 'darwin' }, false],
    ['Nextcloud', { chemin: '/home/ml/Nextcloud/base', plateforme: 'linux' }, false],
    ['nom voisin', { chemin: '/home/ml/Boxes/tremplin', plateforme: 'linux' }, true],
  ];
  it.each(cas)('%s', (_nom, description, sur) => {
    const verdict = jugerEmplacement(description);
    expect(verdict.sur).toBe(sur);
    if (!verdict.sur) expect(verdict.raison).toMatch(/Placez la base sur un disque de cet ordinateur/);
  });
});
