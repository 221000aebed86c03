/** lib/runners/alioth.nix: the alioth backend. */
import { type Backend, type BackendContext, type BackendOutput, RunnerError } from "./types.js";
import { backendPassthru } from "../../modules/microvm/passthru.js";
import {
  type Arg,
  args,
  boolToString,
  escapeShellArg,
  interpolate,
  joinArgList,
  lazyAttrs,
  nixToString,
  pkgPath,
  storeDiskOf,
} from "./util.js";

export const alioth: Backend = (ctx: BackendContext): BackendOutput => {
  const { microvmConfig: c, pkgs, warn } = ctx;

  const runArgs = (): Arg[] => [
    ...args(`${pkgPath(pkgs, "alioth")}/bin/alioth`, "run", "--memory", `size=${c.mem}M,backend=memfd`),
    ...args("--num-cpu", String(c.vcpu), "-k"),
    () => escapeShellArg(`${interpolate(c.kernel)}/${pkgs.hostPlatform.kernelTarget}`),
    ...args("-i", escapeShellArg(c.initrdPath), "-c"),
    () => escapeShellArg(`console=ttyS0 reboot=k panic=1 ${nixToString(c.kernelParams)}`),
    ...args("--entropy"),
    ...(c.storeOnDisk
      ? [...args("--blk"), () => escapeShellArg(`path=${interpolate(storeDiskOf(c))},readonly=true`)]
      : []),
    ...c.volumes.flatMap(({ image, serial, direct, readOnly }): Arg[] => {
      if (serial !== null) warn("Volume serial is not supported for alioth\n");
      if (direct) warn("Volume direct IO is not supported for alioth\n");
      return args("--blk", escapeShellArg(`path=${image},readOnly=${boolToString(readOnly)}`));
    }),
    ...c.shares.flatMap(({ proto, socket, tag }): Arg[] => {
      if (proto !== "virtiofs") throw new RunnerError("9p shares not implemented for alioth");
      return [...args("--fs"), () => escapeShellArg(`vu,socket=${interpolate(socket)},tag=${tag}`)];
    }),
    ...c.interfaces.flatMap(({ type, id, mac }): Arg[] => {
      if (type !== "tap") throw new RunnerError(`interface type ${type} is not supported by alioth`);
      return args("--net", escapeShellArg(`if_name=${id},mac=${mac},queue_pairs=${c.vcpu},mtu=1500`));
    }),
    ...c.devices.map((): Arg => () => {
      throw new RunnerError("PCI/USB passthrough is not supported on alioth");
    }),
    ...(c.vsock.cid !== null ? args("--vsock", `vhost,cid=${c.vsock.cid}`) : []),
  ];

  return lazyAttrs<BackendOutput>({
    command: () => {
      if (c.user !== null) throw new RunnerError("alioth will not change user");
      if (c.balloon) throw new RunnerError("balloon not implemented for alioth");
      if (c.initialBalloonMem !== 0) throw new RunnerError("initialBalloonMem not implemented for alioth");
      if (c.hotplugMem !== 0) throw new RunnerError("alioth does not support hotplugMem");
      if (c.hotpluggedMem !== 0) throw new RunnerError("alioth does not support hotpluggedMem");
      if (Object.keys(c.credentialFiles).length > 0) {
        throw new RunnerError("alioth does not support credentialFiles");
      }
      return joinArgList(runArgs());
    },

    canShutdown: () => backendPassthru("alioth", c, (m) => new RunnerError(m)).canShutdown,
  });
};
