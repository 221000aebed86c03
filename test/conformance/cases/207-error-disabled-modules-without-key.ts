// oracle: error
// A disabledModules item that is an attribute set without a `key` cannot
// identify a module; the error names the file of the disabling module.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const legacy = {
    _file: "legacy.nix",
    options: {
      legacy: lib.mkOption({
        type: lib.types.bool,
        default: false,
      }),
    },
  };
  return [
    legacy,
    {
      _file: "disable.nix",
      disabledModules: [legacy],
    },
  ];
});
