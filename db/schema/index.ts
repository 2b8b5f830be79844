export * from './jeunes';
export * from './partenaires';
export * from './structure';
export * from './suivi';
export * from './securite';
export * from './reperages';
export * from './echange';
