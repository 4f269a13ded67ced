// The part of addons-linter's library API lint-ext.ts uses (the package ships no types).
declare module 'addons-linter' {
  interface LinterFinding {
    code: string;
    message: string;
    file?: string;
  }
  interface LinterResult {
    errors: LinterFinding[];
    warnings: LinterFinding[];
    notices: LinterFinding[];
  }
  const addonsLinter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LinterResult> };
  };
  export default addonsLinter;
}
