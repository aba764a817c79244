/**
 * The browser test files of one run, in one process: tests/e2e/run.js names them (E2E_FILES, in order)
 * and this imports each, so that their tests can share a dashboard per screen size (session.js
 * `sharedAt`) instead of each file loading its own, and Node starts once instead of once per file.
 * Each file still runs alone with `node --test tests/e2e/<file>`, on pages of its own.
 */
for (const file of JSON.parse(process.env.E2E_FILES ?? '[]')) await import(file);
