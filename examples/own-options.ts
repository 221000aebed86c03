/**
 * A config with options of its own: `defineModule(options, …)` types
 * `config` from their declarations (no generation step), so
 * `config.backup.keep` is a number and `config.backup.paths` a string[].
 *
 *     microvm evaluate examples/own-options.ts --show-option backup.paths
 */
import { lib } from "../lib/index.js";
import { defineModule } from "../src/define-module.js";

const { mkOption, types } = lib;

export const options = {
  backup: {
    keep: mkOption({ type: types.ints.positive, default: 7, description: "How many backups to keep." }),
    paths: mkOption({ type: types.listOf(types.str), default: [], description: "What to back up." }),
    target: mkOption({ type: types.nullOr(types.str), default: null, description: "Where to, if anywhere." }),
  },
};

export default defineModule(options, ({ config }) => ({
  networking: { hostName: "backup" },
  backup: { paths: ["/var/lib", "/home"], target: "/mnt/backup" },
  microvm: {
    hypervisor: "qemu",
    get vcpu() {
      return config.backup.paths.length;
    },
  },
}));
