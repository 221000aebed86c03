// oracle: options
// attrsOf merges attribute sets entry by entry, each entry with the element
// type (lists per key concatenated, nested attrsOf merged level by level).
// attrsWith sets the placeholder used for entry names in the option list;
// lazyAttrsOf differs only in laziness and its description.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        limits: mkOption({ type: types.attrsOf(types.int) }),
        groups: mkOption({ type: types.attrsOf(types.listOf(types.str)) }),
        nested: mkOption({ type: types.attrsOf(types.attrsOf(types.int)) }),
        hosts: mkOption({
          type: types.attrsWith({
            placeholder: "host",
            elemType: types.submodule({
              options: {
                port: mkOption({
                  type: types.port,
                  default: 22,
                }),
              },
            }),
          }),
          default: {},
        }),
        lazy: mkOption({ type: types.lazyAttrsOf(types.int) }),
      },
    },
    {
      _file: "a.nix",
      limits: { nofile: 1024 },
      groups: { wheel: ["alice"] },
      nested: { a: { x: 1 } },
      hosts: { alpha: {} },
      lazy: { a: 1 },
    },
    {
      _file: "b.nix",
      limits: { nproc: 64 },
      groups: {
        wheel: ["bob"],
        users: [],
      },
      nested: {
        a: { y: 2 },
        b: { z: 3 },
      },
      hosts: { beta: { port: 2222 } },
    },
  ];
});
