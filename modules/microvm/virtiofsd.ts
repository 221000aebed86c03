/**
 * nixos-modules/microvm/virtiofsd: host-side scripts that run one virtiofsd
 * per virtiofs share under supervisord, which reports readiness to systemd
 * once all of them run.
 */
import type { Module } from "../../lib/index.js";
import type { Package } from "../../pkgs/package.js";
import type { NixosModuleArgs } from "../nixos/module-args.js";
import { shellWord } from "./shell.js";
import { derivation } from "./derivation.js";
import { escapeShellArg, getExe, getExeNamed, type IniValue, nixToString, toINI } from "./nix-helpers.js";
import type { MicrovmShareConfig } from "./types.js";

/**
 * `--thread-pool-size`'s value: a number, or the special string `` `nproc` ``
 * (the option's default: as many threads as the host has cores), run as
 * `"$(nproc)"`; any other string is quoted (upstream splices it in as shell).
 */
function threadPoolSize(value: string | number): string {
  if (value === "`nproc`") return '"$(nproc)"';
  return shellWord(nixToString(value));
}

export const microvmVirtiofsdModule: Module = ({ config, lib, pkgs }: NixosModuleArgs) => {
  const { mkIf } = lib;
  const cfg = () => config.microvm;
  const virtiofsShares = () => (cfg().shares as MicrovmShareConfig[]).filter(({ proto }) => proto === "virtiofs");
  const supervisor = () => pkgs.get("python3Packages.supervisor");

  /** The script supervisord runs for one share. */
  const virtiofsdScript = ({ tag, socket, source, readOnly }: MicrovmShareConfig): Package => {
    const v = cfg().virtiofsd;
    const optional = (cond: boolean, s: () => string) => (cond ? s() : "");
    return pkgs.writeShellScript(
      `virtiofsd-${tag}`,
      // upstream: `[ $(id -u) = 0 ]` and an unquoted $OPT_RLIMIT string; an array here (issue 12)
      'if [ "$(id -u)" = 0 ]; then\n' +
        "  OPT_RLIMIT=(--rlimit-nofile 1048576)\n" +
        "else\n" +
        "  OPT_RLIMIT=()\n" +
        "fi\n" +
        `exec ${getExe(pkgs.get("virtiofsd"))} \\\n` +
        `  --socket-path=${escapeShellArg(socket)} \\\n` +
        `  ${optional(v.group !== null, () => `--socket-group=${shellWord(String(v.group))}`)} \\\n` +
        `  --shared-dir=${escapeShellArg(source)} \\\n` +
        '  "${OPT_RLIMIT[@]}" \\\n' +
        `  --thread-pool-size ${threadPoolSize(v.threadPoolSize as string | number)} \\\n` +
        "  --posix-acl --xattr \\\n" +
        `  ${optional(v.inodeFileHandles !== null, () => `--inode-file-handles=${shellWord(String(v.inodeFileHandles))}`)} \\\n` +
        `  ${optional(cfg().hypervisor === "crosvm", () => `--tag=${shellWord(tag)}`)} \\\n` +
        `  ${optional(readOnly, () => "--readonly")} \\\n` +
        `  ${(v.extraArgs as string[]).join(" ")}\n`,
    );
  };

  /** supervisord's configuration: the readiness notifier plus one program per share. */
  const supervisordConfig = (): Record<string, Record<string, IniValue>> => {
    const shares = virtiofsShares();
    const sections: Record<string, Record<string, IniValue>> = {
      supervisord: { nodaemon: true },
      "eventlistener:notify": {
        // writers.writePython3 "supervisord-event-handler" of supervisord-event-handler.py,
        // expecting 1 + (number of shares) running processes (1 for the event handler process)
        command: derivation(pkgs, "supervisord-event-handler"),
        events: "PROCESS_STATE",
      },
    };
    for (const share of shares) {
      const name = `program:virtiofsd-${share.tag}`;
      // listToAttrs: the first share of a tag wins
      if (Object.hasOwn(sections, name)) continue;
      sections[name] = {
        stderr_syslog: true,
        stdout_syslog: true,
        autorestart: true,
        command: virtiofsdScript(share),
      };
    }
    return sections;
  };

  return {
    _file: "modules/microvm/virtiofsd.ts",
    config: {
      microvm: {
        binScripts: mkIf(() => virtiofsShares().length > 0, {
          get "virtiofsd-run"() {
            const configFile = pkgs.writeText(
              `${config.networking.hostName}-virtiofsd-supervisord.conf`,
              toINI(supervisordConfig()),
            );
            return `exec ${getExeNamed(supervisor(), "supervisord")} --configuration ${configFile}\n`;
          },
          get "virtiofsd-shutdown"() {
            return `exec ${getExeNamed(supervisor(), "supervisorctl")} stop\n`;
          },
        }),
      },
    },
  };
};
