import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr';
import { frComptes } from './fr-comptes';
import { frConservation } from './fr-conservation';
import { frImport } from './fr-import';
import { frOrientations } from './fr-orientations';
import { frPilotage } from './fr-pilotage';
import { frReperages } from './fr-reperages';
import { frSauvegardes } from './fr-sauvegardes';

/** Each resource has its own top-level keys (a unit test checks they do not overlap). */
const traductions = {
  ...fr,
  ...frOrientations,
  ...frComptes,
  ...frReperages,
  ...frImport,
  ...frConservation,
  ...frSauvegardes,
  ...frPilotage,
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof traductions };
  }
}

// Resources are bundled: initialising synchronously lets the first render already speak French.
void i18n.use(initReactI18next).init({
  lng: 'fr',
  fallbackLng: 'fr',
  resources: { fr: { translation: traductions } },
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
});

export default i18n;
