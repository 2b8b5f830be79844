export * from './jeunes';
export * from './structure';
