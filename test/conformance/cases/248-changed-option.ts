// mkChangedOptionModule: a defined old option is converted by the function
// into the new option's value, and a warning naming the file is added to
// `warnings` (which must exist). The old option stays in config with its
// own value.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "warnings.nix",
      options: {
        warnings: mkOption({
          type: types.listOf(types.str),
          default: [],
        }),
      },
    },
    {
      _file: "decl.nix",
      options: {
        logLevel: mkOption({
          type: types.enum(["info", "debug"]),
          default: "info",
        }),
      },
    },
    {
      _file: "renames.nix",
      imports: [lib.mkChangedOptionModule(["debug"], ["logLevel"], (config) => (config.debug ? "debug" : "info"))],
    },
    {
      _file: "user.nix",
      debug: true,
    },
  ];
});
