// Lint: TypeScript rules, Lit template rules, and the sink ban of docs/security.md (no HTML
// parsing sinks, no eval, no style attributes) enforced on shipped sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const bannedSinks = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML parses markup: use Lit text bindings.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML parses markup: use Lit text bindings.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML parses markup.' },
  { selector: "CallExpression[callee.property.name='html'][callee.object.type!='Identifier']", message: 'd3 .html() parses markup.' },
  { selector: "ImportSpecifier[imported.name=/^unsafe(HTML|SVG|CSS)$/]", message: 'unsafe directives take markup: never with data.' },
  { selector: "ImportSpecifier[imported.name='styleMap']", message: 'styleMap writes a style attribute that a strict CSP blocks: use CSSOM or classes.' },
  { selector: "CallExpression[callee.name='eval']", message: 'eval is banned.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is banned.' },
  { selector: "CallExpression[callee.property.name='csvParse']", message: 'csvParse needs unsafe-eval: use csvParseRows.' },
  { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']", message: 'A style attribute is blocked by a strict CSP.' },
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/cdn/**', 'storybook-static/**', 'node_modules/**', '**/*.d.ts', 'bench-results/**', 'packages/*/json/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    plugins: { lit, 'no-unsanitized': noUnsanitized },
    languageOptions: { globals: globals.browser },
    rules: {
      ...lit.configs.recommended.rules,
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      'no-restricted-syntax': ['error', ...bannedSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.test.ts', 'packages/*/src/test/**/*.ts', 'stories/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['scripts/**/*.js', 'packages/*/scripts/**/*.js', 'packages/*/bin/**/*.js', 'packages/*/test/**/*.js', '*.js', 'bench/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
