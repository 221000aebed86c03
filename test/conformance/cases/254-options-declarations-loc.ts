// `options` argument: declarations lists the declaring files (an option
// declared twice, as a submodule, lists both, last declaration first),
// loc is the option path, and value is the final value (after apply), the
// same as config's.
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        services: {
          web: mkOption({
            type: types.submodule({
              _file: "web.nix",
              options: {
                port: mkOption({
                  type: types.port,
                  default: 80,
                }),
              },
            }),
            default: {},
          }),
        },
        level: mkOption({
          type: types.int,
          default: 1,
          apply: (x: number) => x * 10,
        }),
      },
    },
    {
      _file: "decl-extra.nix",
      options: {
        services: {
          web: mkOption({
            type: types.submodule({
              _file: "web-extra.nix",
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
    },
    ({ options }) => ({
      _file: "report.nix",
      options: {
        report: mkOption({
          type: types.raw,
          default: {
            get webDeclarations() {
              return options.services.web.declarations;
            },
            get webLoc() {
              return options.services.web.loc;
            },
            get webPath() {
              return (options.services.web.loc as string[]).join(".");
            },
            get webValue() {
              return options.services.web.value;
            },
            get levelDeclarations() {
              return options.level.declarations;
            },
            get levelValue() {
              return options.level.value;
            },
          },
        }),
      },
    }),
  ];
});
