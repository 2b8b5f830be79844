export function estCompilePourAbi(fichierNode: string, abi: string | number): boolean;
export function environnementSansNodedir(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export function preparerLiaisonSqlite(options: {
  racine: string;
  versionElectron: string;
  abi: string;
}): Promise<string>;
