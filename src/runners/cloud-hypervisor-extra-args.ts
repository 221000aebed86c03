/**
 * What cloud-hypervisor.nix reads out of `microvm.cloud-hypervisor.extraArgs`:
 * user `--console`, `--serial`, `--vsock` and `--platform` options, which it
 * merges with its own instead of passing them twice.
 */
import { cloudHypervisorVsockCid } from "../../modules/microvm/passthru.js";
import { type MicrovmConfig, RunnerError } from "./types.js";
import { extractOptValues, extractParamValue } from "./util.js";

/** The vsock and platform settings merged from microvm.nix's options and the user's extraArgs. */
export interface CloudHypervisorExtraArgs {
  /** extraArgs without `--vsock` and `--platform` (those are merged into ours). */
  readonly processedExtraArgs: string[];
  readonly hasUserConsole: boolean;
  readonly hasUserSerial: boolean;
  /** `vsockCID`: `microvm.vsock.cid` or the user's `--vsock cid=…`; throws if both are set. */
  readonly vsockCID: number | string | null;
  /** The notify vsock's socket: the user's `--vsock socket=…` or `notify.vsock`. */
  readonly vsockPath: string;
  /** The user's `--platform` values, all of them. */
  readonly userPlatformOpts: string[];
}

/** Reads cloud-hypervisor's extraArgs as cloud-hypervisor.nix does; each field is evaluated when read. */
export function cloudHypervisorExtraArgs(cfg: MicrovmConfig): CloudHypervisorExtraArgs {
  const { extraArgs } = cfg["cloud-hypervisor"];
  const userVSockOpts = extractOptValues("--vsock", extraArgs).values;
  const userVSockStr = userVSockOpts.length === 0 ? null : userVSockOpts[0];
  return {
    get processedExtraArgs() {
      return ["--vsock", "--platform"].reduce((args, opt) => extractOptValues(opt, args).args, extraArgs);
    },
    get hasUserConsole() {
      return extractOptValues("--console", extraArgs).values.length > 0;
    },
    get hasUserSerial() {
      return extractOptValues("--serial", extraArgs).values.length > 0;
    },
    get vsockCID() {
      return cloudHypervisorVsockCid(cfg, (m) => new RunnerError(m));
    },
    get vsockPath() {
      return extractParamValue("socket", userVSockStr) ?? "notify.vsock";
    },
    get userPlatformOpts() {
      return extractOptValues("--platform", extraArgs).values;
    },
  };
}
