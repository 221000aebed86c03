// mkMergedOptionModule: two old options are merged into one new option by
// a function of config. Old options that are not defined read as the
// marker string "_mkMergedOptionModule" (also visible in config); only the
// defined one produces a warning.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "warnings.nix",
      options: {
        warnings: mkOption({
          type: types.listOf(types.str),
          default: [],
        }),
      },
    },
    {
      _file: "decl.nix",
      options: {
        listen: mkOption({
          type: types.str,
          default: "localhost:80",
        }),
      },
    },
    {
      _file: "renames.nix",
      imports: [
        lib.mkMergedOptionModule([["host"], ["port"]], ["listen"], (config) => {
          const host = config.host === "_mkMergedOptionModule" ? "localhost" : config.host;
          const port = config.port === "_mkMergedOptionModule" ? 80 : config.port;
          return `${String(host)}:${String(port)}`;
        }),
      ],
    },
    {
      _file: "user.nix",
      port: 8080,
    },
  ];
});
