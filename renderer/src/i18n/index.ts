import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

// Resources are bundled: initialising synchronously lets the first render already speak French.
void i18n.use(initReactI18next).init({
  lng: 'fr',
  fallbackLng: 'fr',
  resources: { fr: { translation: fr } },
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
});

export default i18n;
