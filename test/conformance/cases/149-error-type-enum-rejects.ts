// oracle: error
// A value outside the enum is rejected; the message lists the allowed
// values in declaration order.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        level: mkOption({
          type: types.enum(["debug", "info", "warn"]),
          default: "info",
        }),
      },
    },
    {
      _file: "a.nix",
      level: "verbose",
    },
  ];
});
