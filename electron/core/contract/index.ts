export * from './canaux';
export * from './contrat';
export * from './jeunes';
export * from './reponse';
export * from './structure';
export * from './suivi';
export { estSiretValide } from './schemas-communs';
export * from './api';
