// oracle: error
// nullOr refuses to merge a null definition with a non-null one. This
// message quotes the option with backticks on both sides and lists the files
// joined by "and".
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        port: mkOption({
          type: types.nullOr(types.port),
          default: null,
        }),
      },
    },
    {
      _file: "a.nix",
      port: null,
    },
    {
      _file: "b.nix",
      port: 8080,
    },
  ];
});
