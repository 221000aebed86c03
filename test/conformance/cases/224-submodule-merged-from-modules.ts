// Submodules: one `types.submodule` option whose value is defined piecewise
// by three modules (priorities apply per sub-option: mkDefault, plain,
// mkForce), and declared twice: the second declaration adds a sub-option.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        server: mkOption({
          type: types.submodule({
            _file: "server.nix",
            options: {
              host: mkOption({
                type: types.str,
                default: "localhost",
              }),
              port: mkOption({
                type: types.port,
                default: 80,
              }),
              aliases: mkOption({
                type: types.listOf(types.str),
                default: [],
              }),
            },
          }),
        }),
      },
    },
    {
      _file: "decl-extra.nix",
      options: {
        server: mkOption({
          type: types.submodule({
            _file: "server-extra.nix",
            options: {
              tls: mkOption({
                type: types.bool,
                default: false,
              }),
            },
          }),
        }),
      },
    },
    {
      _file: "a.nix",
      server: {
        host: lib.mkDefault("a.example"),
        aliases: ["a"],
      },
    },
    {
      _file: "b.nix",
      server: {
        host: "b.example",
        port: 8080,
        aliases: ["b"],
      },
    },
    {
      _file: "c.nix",
      server: {
        port: lib.mkForce(8443),
        tls: true,
      },
    },
  ];
});
