// The style gate (`npm run lint`): ESLint with typescript-eslint, set to the style the code
// follows, the unified collective's (xo's): no semicolons, single quotes, two spaces, no
// spaces inside braces or brackets, `function (` for anonymous functions, no dangling commas.
import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'editors/**', 'test/fixtures/**', '.tmp/**', 'scratch/**']
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: {...globals.node}
    },
    linterOptions: {reportUnusedDisableDirectives: 'error'},
    plugins: {'@stylistic': stylistic},
    rules: {
      '@stylistic/semi': ['error', 'never'],
      '@stylistic/quotes': ['error', 'single', {avoidEscape: true, allowTemplateLiterals: 'always'}],
      '@stylistic/indent': ['error', 2, {SwitchCase: 1, offsetTernaryExpressions: true}],
      '@stylistic/object-curly-spacing': ['error', 'never'],
      '@stylistic/array-bracket-spacing': ['error', 'never'],
      '@stylistic/comma-dangle': ['error', 'never'],
      '@stylistic/comma-spacing': 'error',
      '@stylistic/key-spacing': 'error',
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-infix-ops': 'error',
      '@stylistic/space-before-blocks': 'error',
      '@stylistic/space-before-function-paren': ['error', {anonymous: 'always', named: 'never', asyncArrow: 'always'}],
      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/brace-style': ['error', '1tbs', {allowSingleLine: true}],
      '@stylistic/eol-last': 'error',
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', {max: 1}],
      '@stylistic/no-tabs': 'error',
      // 120, as Prettier's printWidth (.prettierrc). Prettier wraps code but not the text inside
      // a string, a template literal or a regular expression, and splitting those only to fit
      // would make them harder to read and to search for (a message, a word list spelled as a
      // regular expression, a URL in a comment): such lines may be longer. Comments are held
      // to 120, as Prettier does not wrap them.
      '@stylistic/max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true
        }
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        {fixStyle: 'inline-type-imports', disallowTypeAnnotations: false}
      ],
      // `_name` marks a parameter or binding kept for its position (an engine callback's third
      // argument, a key taken out of a rest object).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true}
      ],
      // unified plugins are called with the processor as `this`; keeping it is how a plugin
      // hands the processor to the functions it returns.
      '@typescript-eslint/no-this-alias': 'off'
    }
  },
  {
    // Generated (`npm run train`, `npm run build:lexicons`, `npm run build:hedge-cues`): their
    // generators write strings and numbers as JSON.stringify does (double quotes, no space after
    // a comma) and the files are never edited by hand, so those two rules are off; every other
    // rule, the line length included, holds as for the code around them.
    files: ['src/data/claim-model.ts', 'src/data/wordnet.ts', 'src/data/bioscope-cues.ts'],
    rules: {
      '@stylistic/quotes': 'off',
      '@stylistic/comma-spacing': 'off'
    }
  },
  {
    // Scripts and benchmarks: a benchmark's warm-up may ignore an error (the measured run
    // reports it).
    files: ['scripts/**', 'bench/**'],
    rules: {
      'no-empty': ['error', {allowEmptyCatch: true}]
    }
  }
)
