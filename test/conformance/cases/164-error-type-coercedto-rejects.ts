// oracle: error
// A value that is neither the target type nor convertible to it; coercedTo
// reports with a "TypeError:" prefix.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  // Nix's `toString` on an int
  const toString = (n: number) => String(n);
  return [
    {
      _file: "decl.nix",
      options: {
        port: mkOption({ type: types.coercedTo(types.int, toString, types.str) }),
      },
    },
    {
      _file: "a.nix",
      port: true,
    },
  ];
});
