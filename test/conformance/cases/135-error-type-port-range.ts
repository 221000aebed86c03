// oracle: error
// A port must lie in 0..65535; the type is named by its full description.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        port: mkOption({
          type: types.port,
          default: 80,
        }),
      },
    },
    {
      _file: "a.nix",
      port: 65536,
    },
  ];
});
