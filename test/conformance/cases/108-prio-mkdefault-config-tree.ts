// A priority around a whole `config` tree is pushed down to every leaf it
// defines: `config = mkDefault { ... }` makes each value a mkDefault
// definition, so any plain definition elsewhere wins leaf by leaf, and
// `server = mkForce { host = ...; }` forces only the leaves it names.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkDefault, mkForce, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        server: {
          host: mkOption({ type: types.str }),
          port: mkOption({ type: types.port }),
          workers: mkOption({ type: types.int }),
        },
        tags: mkOption({ type: types.listOf(types.str) }),
      },
    },
    {
      _file: "defaults.nix",
      config: mkDefault({
        server: {
          host: "localhost",
          port: 80,
          workers: 1,
        },
        tags: ["default"],
      }),
    },
    {
      _file: "user.nix",
      server: {
        host: "example.org",
        port: 8080,
      },
      tags: ["user"],
    },
    {
      _file: "force.nix",
      server: mkForce({ host: "forced.example.org" }),
    },
  ];
});
