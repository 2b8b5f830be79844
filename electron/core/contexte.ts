import type { BaseTremplin } from '../../db/client';

/**
 * What every service receives: the database and the injected clock and id source, so tests
 * control time and identifiers. `auteurId` is the acting adviser (null until accounts exist).
 */
export interface Contexte {
  db: BaseTremplin;
  maintenant: () => Date;
  nouvelId: () => string;
  auteurId: string | null;
}
