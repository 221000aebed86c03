/**
 * A small module set written with the module system alone: a service
 * declared by one module, configured by two others with priorities,
 * conditions and ordered list items. `npm start` evaluates it.
 */
import { evalModules, lib, type ModuleArgs, optionAttrSetToDocList } from "../lib/index.js";

const { mkOption, mkEnableOption, mkIf, mkDefault, mkForce, mkBefore, types } = lib;

const service = {
  _file: "examples/web-service.ts#service",
  options: {
    services: {
      web: {
        enable: mkEnableOption("the web service"),
        port: mkOption({ type: types.port, default: 80, description: "Port to listen on." }),
        hosts: mkOption({
          type: types.attrsOf(
            types.submodule(({ name }: { name: string }) => ({
              options: {
                root: mkOption({ type: types.str, default: `/srv/${name}`, description: "Document root." }),
              },
            })),
          ),
          default: {},
          description: "Virtual hosts.",
        }),
        flags: mkOption({ type: types.listOf(types.str), default: [], description: "Extra flags." }),
        commandLine: mkOption({ type: types.str, readOnly: true, description: "The command that starts the service." }),
      },
    },
  },
  config: {},
};

type WebConfig = { services: { web: { port: number; flags: string[]; enable: boolean } } };

const computed = ({ config }: ModuleArgs & { config: WebConfig }) => ({
  _file: "examples/web-service.ts#computed",
  config: mkIf(() => config.services.web.enable, {
    services: {
      web: {
        get commandLine() {
          return ["webd", `--port=${config.services.web.port}`, ...config.services.web.flags].join(" ");
        },
        flags: mkBefore(["--verbose"]),
      },
    },
  }),
});

const user = {
  _file: "examples/web-service.ts#user",
  services: {
    web: {
      enable: true,
      port: mkDefault(8080),
      hosts: { "example.org": {}, docs: { root: "/var/www/docs" } },
      flags: ["--tls"],
    },
  },
};

const admin = { _file: "examples/web-service.ts#admin", services: { web: { port: mkForce(8443) } } };

const result = evalModules({ modules: [service, computed, user, admin] });
console.log(JSON.stringify(result.config, null, 2));
const port = result.options.services.web.port;
console.log(`\nservices.web.port = ${port.value} (priority ${port.highestPrio}, from ${port.files.join(", ")})`);
console.log(`${optionAttrSetToDocList(result.options).filter((o) => !o.internal).length} documented options`);
