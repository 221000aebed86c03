// Definition order flips at every submodule level: at the top level list
// definitions are merged later-module-first, inside one submodule level
// first-module-first, inside a nested submodule later-module-first again.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  const tags = mkOption({
    type: types.listOf(types.str),
    default: [],
  });
  return [
    {
      _file: "decl.nix",
      options: {
        tags,
        outer: mkOption({
          type: types.submodule({
            _file: "outer.nix",
            options: {
              tags,
              inner: mkOption({
                type: types.submodule({
                  _file: "inner.nix",
                  options: { tags },
                }),
                default: {},
              }),
            },
          }),
          default: {},
        }),
      },
    },
    {
      _file: "a.nix",
      tags: ["a"],
      outer: {
        tags: ["a"],
        inner: { tags: ["a"] },
      },
    },
    {
      _file: "b.nix",
      tags: ["b"],
      outer: {
        tags: ["b"],
        inner: { tags: ["b"] },
      },
    },
  ];
});
