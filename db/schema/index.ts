export * from './jeunes';
export * from './structure';
export * from './suivi';
