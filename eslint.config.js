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
  // Any call of a member named html (selection.html(x), chain().html(x), sel['html'](x), sel?.html(x));
  // Lit's html is a template tag, never called as a member, so only a tagged template is let through.
  {
    selector: "CallExpression[callee.type='MemberExpression'][callee.object.type!='TaggedTemplateExpression']:matches([callee.computed=false][callee.property.name='html'], [callee.computed=true][callee.property.value='html'])",
    message: 'd3 .html() parses markup: use .text() or Lit text bindings.',
  },
  // .attr('style', null) removes the attribute; any computed value writes one from data.
  { selector: "CallExpression[callee.property.name='attr'][arguments.0.value='style'][arguments.1.type!='Literal']", message: ".attr('style', value) writes a style attribute: blocked by a strict CSP and open to CSS injection; use classes or CSSOM." },
  // A string (literal, template or concatenation) as the first argument of a timer is eval.
  {
    selector: "CallExpression:matches([callee.name=/^set(Timeout|Interval)$/], [callee.property.name=/^set(Timeout|Interval)$/]):matches([arguments.0.type='Literal'], [arguments.0.type='TemplateLiteral'], [arguments.0.type='BinaryExpression'][arguments.0.operator='+'])",
    message: 'setTimeout/setInterval with a string is eval: pass a function.',
  },
  { selector: "ImportSpecifier[imported.name=/^unsafe(HTML|SVG|CSS)$/]", message: 'unsafe directives take markup: never with data.' },
  { selector: "ImportSpecifier[imported.name='styleMap']", message: 'styleMap writes a style attribute that a strict CSP blocks: use CSSOM or classes.' },
  { selector: "CallExpression[callee.name='eval']", message: 'eval is banned.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is banned.' },
  { selector: "CallExpression[callee.property.name='csvParse']", message: 'csvParse needs unsafe-eval: use csvParseRows.' },
  { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value='style']", message: 'A style attribute is blocked by a strict CSP.' },
];

export default tseslint.config(
  { ignores: ['.tmp/**', '**/dist/**', '**/cdn/**', 'storybook-static/**', 'node_modules/**', '**/*.d.ts', 'bench-results/**', 'packages/*/json/**'] },
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
