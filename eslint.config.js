// Lints only for regular expressions whose time grows faster than their input (ReDoS): every pattern here may
// meet pasted or added text, and a quadratic one freezes the page for minutes on a few megabytes.
import regexp from 'eslint-plugin-regexp';
import tsParser from '@typescript-eslint/parser';
import svelteParser from 'svelte-eslint-parser';

const rules = {
	'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
	// ignorePartial off: a pattern used with test() or replace() is still moved across the whole input.
	'regexp/no-super-linear-move': ['error', { report: 'potential', ignorePartial: false, ignoreSticky: true }]
};

export default [
	{ ignores: ['**/node_modules/**', 'build/**', '.svelte-kit/**', 'static/**'] },
	{
		files: ['src/**/*.{ts,js}', 'geodata/scripts/**/*.{ts,js}', 'scripts/**/*.{ts,js}', 'tests/unit/**/*.ts'],
		languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
		plugins: { regexp },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules
	},
	{
		files: ['src/**/*.svelte'],
		languageOptions: { parser: svelteParser, parserOptions: { parser: tsParser } },
		plugins: { regexp },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules
	}
];
