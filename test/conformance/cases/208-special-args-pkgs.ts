// specialArgs: a pkgs-like attribute set passed to evalModules reaches every
// module as an argument, is usable in option defaults and definitions, and
// (unlike _module.args) also in `imports`.
import type { Module, ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

interface Pkgs {
  hello: string;
  curl: string;
}

export default defineCase(() => ({
  specialArgs: {
    pkgs: {
      hello: "hello-2.12",
      curl: "curl-8.5",
    },
    extraModules: [
      {
        _file: "extra.nix",
        motd: "installed by an extra module",
      },
    ],
  },
  modules: [
    ({ lib, pkgs, extraModules }: ModuleArgs & { pkgs: Pkgs; extraModules: Module[] }) => ({
      _file: "decl.nix",
      imports: extraModules,
      options: {
        package: lib.mkOption({
          type: lib.types.str,
          default: pkgs.hello,
        }),
        systemPackages: lib.mkOption({
          type: lib.types.listOf(lib.types.str),
          default: [],
        }),
        motd: lib.mkOption({
          type: lib.types.str,
        }),
      },
    }),
    ({ pkgs }: ModuleArgs & { pkgs: Pkgs }) => ({
      _file: "user.nix",
      systemPackages: [pkgs.curl],
    }),
  ],
}));
