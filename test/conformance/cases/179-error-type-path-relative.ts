// oracle: error
// path rejects a relative path string.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        dataDir: mkOption({ type: types.path }),
      },
    },
    {
      _file: "a.nix",
      dataDir: "var/lib/app",
    },
  ];
});
