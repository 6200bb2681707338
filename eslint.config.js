// The style gate (`npm run lint`): ESLint with typescript-eslint, set to the style the code
// follows, the unified collective's (xo's): no semicolons, single quotes, two spaces, no
// spaces inside braces or brackets, `function (` for anonymous functions, no dangling commas.
import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'editors/**',
      'test/fixtures/**',
      '.tmp/**',
      'scratch/**',
      // Generated (`npm run train`, `npm run build:lexicons`): their generators are linted.
      'src/data/claim-model.ts',
      'src/data/wordnet.ts',
      'src/data/bioscope-cues.ts'
    ]
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
      // The widest line of src/, rules/ and test/ today is 562 characters: new code should stay
      // near 120 (the limit only keeps the widest from growing).
      '@stylistic/max-len': ['error', {code: 600}],
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
    // Scripts and benchmarks: command-line tools with long tables and generated text; a
    // benchmark's warm-up may ignore an error (the measured run reports it).
    files: ['scripts/**', 'bench/**'],
    rules: {
      '@stylistic/max-len': 'off',
      'no-empty': ['error', {allowEmptyCatch: true}]
    }
  }
)
