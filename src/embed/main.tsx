import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './EmbedApp';
import '../app/global.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EmbedApp search={window.location.search} />
  </StrictMode>,
);
