// oracle: error
// When the only definition is a false mkIf and the option has neither a
// default nor a type with an empty value, reading the option fails.
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        enable: lib.mkEnableOption("the server"),
        port: mkOption({ type: types.port }),
      },
    },
    ({ config }: ModuleArgs) => ({
      _file: "a.nix",
      port: mkIf(() => config.enable, 8080),
    }),
  ];
});
