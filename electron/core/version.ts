import paquet from '../../package.json' with { type: 'json' };

/** The software version, as written in package.json (manifests and `--version` report it). */
export const VERSION_LOGICIEL: string = paquet.version;
