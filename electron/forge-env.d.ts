// Globals @electron-forge/plugin-vite defines for the renderer named 'main_window' in
// forge.config.ts (vite.main.config.ts defines them too for a standalone `vite build`).
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
