import '@fontsource/roboto/latin-400.css';
import '@fontsource/roboto/latin-ext-400.css';
import '@fontsource/roboto/latin-500.css';
import '@fontsource/roboto/latin-ext-500.css';
import '@fontsource/roboto/latin-700.css';
import '@fontsource/roboto/latin-ext-700.css';
import 'dayjs/locale/fr';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { creerApi } from './api/client';
import { App } from './App';

createRoot(document.getElementById('racine')!).render(
  <StrictMode>
    <App api={creerApi()} />
  </StrictMode>,
);
