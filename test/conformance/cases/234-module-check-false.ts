// _module.check = false: definitions without a declared option (top level
// and nested) are ignored silently instead of failing; they do not appear
// in config.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => [
  {
    _file: "decl.nix",
    config: { _module: { check: false } },
    options: {
      name: lib.mkOption({
        type: lib.types.str,
        default: "node",
      }),
    },
  },
  {
    _file: "user.nix",
    name: "box",
    colour: "blue",
    hardware: { cpu: "arm" },
  },
]);
