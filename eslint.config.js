// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/**
 * The layers (docs/architecture.md): store → shared → features → app / embed. Each zone says
 * which folder (`target`) may not import which (`from`).
 */
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  {
    target: './src/store',
    from: ['./src/shared', './src/features', './src/app', './src/embed'],
    message: 'src/store is pure: it imports nothing of ours.',
  },
  { target: './src/shared', from: ['./src/features', './src/app', './src/embed'], message: 'src/shared imports only src/store.' },
  {
    target: './src/features',
    from: ['./src/app', './src/embed'],
    message: 'A feature never imports the app or the embed: they compose it.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: compose them in src/app or src/embed.',
  })),
  { target: './src/app', from: './src/embed', message: 'The app and the embed are two entries: the app never imports the embed.' },
  {
    target: './src/embed',
    from: './src/app',
    except: ['./data', './selection', './global.css'],
    message:
      'The embed composes like the app: of src/app it takes only the data loading, the selection (with the timeline and list they drive) and the global styles.',
  },
];

export default tseslint.config(
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  { ignores: ['dist/**', 'dist-lighthouse/**', 'node_modules/**', 'public/**', 'test-results/**', 'bench/results/**', 'dev-dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text as text: nothing from data reaches innerHTML.' },
        { property: 'outerHTML', message: 'Render text as text.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text as text: no dangerouslySetInnerHTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text as text: no innerHTML.' },
      ],
    },
  },
  {
    // Tests may read markup back (innerHTML in assertions) and may reach any layer.
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
