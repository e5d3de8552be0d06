/**
 * The only import of vite-plugin-pwa's virtual module. Vitest cannot resolve virtual modules, so
 * tests of anything that renders UpdatePrompt replace this file: vi.mock('…/offline/use-register-sw', …).
 */
export { useRegisterSW } from 'virtual:pwa-register/react';
