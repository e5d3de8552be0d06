/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

interface ImportMetaEnv {
  /** SITE_ORIGIN given to the build (vite.config.ts), or empty. */
  readonly VITE_SITE_ORIGIN?: string;
}
