// Fixed point: mkIf conditions read other options (enable -> tls -> port),
// at the top of a module's config and on single values; a false condition
// removes its definitions so the option default applies.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, mkIf, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        enable: lib.mkEnableOption("the server"),
        tls: mkOption({
          type: types.bool,
          default: false,
        }),
        port: mkOption({
          type: types.port,
          default: 80,
        }),
        features: mkOption({
          type: types.listOf(types.str),
          default: [],
        }),
        debug: mkOption({
          type: types.bool,
          default: false,
        }),
      },
    },
    ({ config }) => ({
      _file: "tls.nix",
      config: mkIf(() => config.enable, {
        tls: true,
        features: ["server"],
      }),
    }),
    ({ config }) => ({
      _file: "port.nix",
      port: mkIf(() => config.tls, 443),
      features: mkIf(() => config.tls, ["tls"]),
      debug: mkIf(() => !config.enable, true),
    }),
    {
      _file: "user.nix",
      enable: true,
    },
  ];
});
