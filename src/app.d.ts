// See https://svelte.dev/docs/kit/types#app.d.ts

/** package.json's version, injected by Vite's `define` (vite.config.ts). */
declare const __APP_VERSION__: string;
