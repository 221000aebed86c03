// oracle: options
// uniq / unique allow one definition, counted after priorities are applied:
// a mkForce definition next to a plain one, or a plain one next to the
// option default, leaves a single definition. The description is the inner
// type's.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkForce, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        main: mkOption({ type: types.uniq(types.str) }),
        forced: mkOption({ type: types.uniq(types.int) }),
        overDefault: mkOption({
          type: types.uniq(types.listOf(types.int)),
          default: [1],
        }),
        backend: mkOption({
          type: types.unique({ message: "Only one backend can be configured." }, types.str),
          default: "sqlite",
        }),
      },
    },
    {
      _file: "a.nix",
      main: "only",
      forced: 1,
      overDefault: [2],
    },
    {
      _file: "b.nix",
      forced: mkForce(2),
    },
  ];
});
