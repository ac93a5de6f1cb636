import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
// Shared styles first, so each component's own stylesheet (imported with it) can refine them.
import './styles/base.css';
import './styles/buttons.css';
import './styles/fields.css';
import './styles/layout.css';
import { App } from './App';
import { createI18n } from './i18n/create-i18n';

// English until the saved settings arrive a moment later; the UI switches before the
// first real screen renders (the boot screen only says "Loading").
const i18n = createI18n('en');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
