// mkMerge around a module's `config` and around a subtree: its members are
// separate definitions from the same file, combined with other modules'
// definitions as usual (lists concatenated, members in written order).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkMerge, types } = lib;
  const server = {
    port: mkOption({ type: types.port }),
    host: mkOption({
      type: types.str,
      default: "localhost",
    }),
  };
  return [
    {
      _file: "decl.nix",
      options: {
        name: mkOption({ type: types.str }),
        tags: mkOption({ type: types.listOf(types.str) }),
        services: {
          web: server,
          db: server,
        },
      },
    },
    {
      _file: "a.nix",
      config: mkMerge([
        {
          name: "a",
          tags: ["a1"],
        },
        {
          tags: ["a2"],
          services: mkMerge([{ web: { port: 80 } }, { db: { port: 5432 } }]),
        },
      ]),
    },
    {
      _file: "b.nix",
      config: mkMerge([
        {
          tags: ["b"],
          services: { web: { host: "web.example.org" } },
        },
      ]),
    },
  ];
});
