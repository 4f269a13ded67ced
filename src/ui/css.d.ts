// esbuild bundles CSS imported from a page's main.tsx into <page>.css; this tells TypeScript
// such imports exist (TypeScript 6 checks side-effect imports).
declare module '*.css';
