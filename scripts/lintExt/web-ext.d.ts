// The part of web-ext's library API package.ts uses (the package ships no types).
declare module 'web-ext' {
  const webExt: {
    cmd: {
      build(
        options: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean; ignoreFiles?: string[] },
        runOptions?: { shouldExitProgram: boolean },
      ): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
