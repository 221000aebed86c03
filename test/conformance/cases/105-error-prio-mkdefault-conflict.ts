// oracle: error
// Two mkDefault definitions with different values and no stronger
// definition: they share the winning priority, so an int option reports
// conflicting values (the weaker option default is not listed).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkDefault, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        workers: mkOption({
          type: types.int,
          default: 1,
        }),
      },
    },
    {
      _file: "a.nix",
      workers: mkDefault(2),
    },
    {
      _file: "b.nix",
      workers: mkDefault(4),
    },
  ];
});
