/** Keep in step with package.json "version". */
export const APP_VERSION = '0.1.0';
