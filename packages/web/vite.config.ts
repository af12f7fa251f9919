import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * antd modules that every screen reaches import a whole package or module for one name, and so bring code the
 * sign-in page never runs; each such import is pointed at the one module that defines the name.
 * - The form context, which antd's Input reads, imports rc-field-form's index for FormProvider: the index brings
 *   the field store and its validator (~11 KB compressed). The index re-exports that same module, so pages with
 *   forms share one instance.
 * - The Button styles import the colour picker's presets module for `isBright`, which brings the colour picker
 *   and Collapse (src/vendor/antdIsBright.ts is the same rule); antd's colour class imports the colour picker's
 *   index for its Color class.
 */
const NARROWED_IMPORTS = [
  {
    importer: /[\\/]antd[\\/]es[\\/]form[\\/]context\.js$/,
    source: 'rc-field-form',
    to: 'rc-field-form/es/FormContext',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]button[\\/]style[\\/]token\.js$/,
    source: '../../color-picker/components/ColorPresets',
    to: fileURLToPath(new URL('./src/vendor/antdIsBright.ts', import.meta.url)),
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]color-picker[\\/]color\.js$/,
    source: '@rc-component/color-picker',
    to: '@rc-component/color-picker/es/color',
  },
];

function narrowedImports(): Plugin {
  return {
    name: 'hehu:narrowed-imports',
    enforce: 'pre',
    resolveId(source, importer, options) {
      const rule = NARROWED_IMPORTS.find((r) => r.source === source && importer && r.importer.test(importer));
      return rule ? this.resolve(rule.to, importer, { ...options, skipSelf: true }) : null;
    },
  };
}

export default defineConfig({
  root,
  plugins: [narrowedImports(), react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd + pro-components are large by nature; pages are lazy so only the shell loads first.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'first-screen', tags: ['$initial'] }],
        },
      },
    },
  },
});
