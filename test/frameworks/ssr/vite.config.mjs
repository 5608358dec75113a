// One module for the page, built with Lit's development build, whose extra checks warn about updates it did not expect.
export default {
  logLevel: 'warn',
  resolve: { conditions: ['development', 'module', 'browser'] },
  build: {
    outDir: 'dist',
    minify: false,
    rollupOptions: { input: 'client.js', output: { entryFileNames: 'client.js' } },
  },
};
