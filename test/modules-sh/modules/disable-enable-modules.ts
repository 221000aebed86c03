// names relative to modulesPath, as in the .nix file (the ported files are `.ts`)
export default {
  disabledModules: ["define-enable.ts", "declare-enable.ts"],
};
