// The repository's rules, plus the service worker, which is plain JavaScript served as is.
import globals from 'globals';
import tseslint from 'typescript-eslint';
import root from '../../eslint.config.mjs';

export default [
  ...root,
  { ignores: ['test-results/**'] },
  {
    files: ['public/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.serviceworker },
  },
];
