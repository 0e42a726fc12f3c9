// Which build of the engine made a record (scripts/engine-version.mjs: a hash of the sources a record
// depends on). Set at build time by the app's and the CLI's builds; 'dev' where the sources run
// unbuilt (tsx scripts).
declare const __IMR_LENS_ENGINE__: string | undefined;

export const ENGINE_VERSION: string = typeof __IMR_LENS_ENGINE__ === 'string' ? __IMR_LENS_ENGINE__ : 'dev';
