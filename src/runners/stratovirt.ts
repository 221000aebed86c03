/**
 * lib/runners/stratovirt.nix: the StratoVirt backend.
 *
 * Fixed here (see DEVIATIONS.md): upstream gives multi-queue netdevs a
 * second `queues=` and several macvtap fds as `fd=3 4`; this gives one
 * `queues=` and `fds=3:4` (StratoVirt's syntax for several fds).
 */
import { type Backend, type BackendContext, type BackendOutput, RunnerError } from "./types.js";
import { backendPassthru } from "../../modules/microvm/passthru.js";
import { doubleQuoted, guestForwardAddress } from "../../modules/microvm/shell.js";
import {
  type Arg,
  args,
  attrOf,
  escapeShellArgList,
  getAttr,
  interpolate,
  lazyAttrs,
  nixToJSON,
  nixToString,
  outputOf,
  pkgPath,
  storeDiskOf,
  toHexString,
  withDriveLetters,
} from "./util.js";

/** Addresses of the virtio-blk devices (PCI machine) start here. */
const virtioblkOffset = 4;

export const stratovirt: Backend = (ctx: BackendContext): BackendOutput => {
  const { microvmConfig: c, pkgs, warn } = ctx;
  const { hostName, vcpu, socket, interfaces } = c;
  const system = pkgs.hostPlatform.system;
  const { tapMultiQueue, canShutdown } = backendPassthru("stratovirt", c, (m) => new RunnerError(m));

  // PCI required by vfio-pci for PCI passthrough
  const requirePci = c.devices.some(({ bus }) => bus === "pci");
  const machine = (): string =>
    attrOf(
      {
        "x86_64-linux": () => {
          if (requirePci) throw new RunnerError("PCI configuration for stratovirt is non-functional");
          return "microvm";
        },
        "aarch64-linux": () => "virt",
      },
      system,
    );
  const console = (): string => attrOf({ "x86_64-linux": () => "ttyS0", "aarch64-linux": () => "ttyAMA0" }, system);

  const devType = (addr: number): string => {
    if (!requirePci) return "device";
    if (addr >= 32) throw new RunnerError(`Too big PCI addr: ${toHexString(addr)}`);
    return `pci,bus=pcie.0,addr=0x${toHexString(addr)}`;
  };
  const virtiofsOffset = virtioblkOffset + c.volumes.length;

  /** One string with every forwarding, each followed by a comma. */
  const forwardPortsOption = (): string =>
    c.forwardPorts
      .map(({ proto, from, host, guest }) =>
        from === "host"
          ? `hostfwd=${proto}:${host.address}:${host.port}-${guest.address}:${guest.port},`
          : `guestfwd=${proto}:${guest.address}:${guest.port}-cmd:${pkgPath(pkgs, "netcat")}/bin/nc ${guestForwardAddress(host.address, (m) => new RunnerError(m))} ${host.port},`,
      )
      .join("");

  const netdev = (type: string, id: string, bridge: string | null | undefined): string => {
    const opts = [type === "macvtap" ? "tap" : type, `id=${id}`, `queues=${Math.min(16, vcpu)}`];
    if (type === "user") opts.push(forwardPortsOption());
    if (type === "bridge") opts.push(`br=${interpolate(bridge ?? null)}`, "helper=/run/wrappers/bin/qemu-bridge-helper");
    if (type === "tap") opts.push(`ifname=${id}`);
    if (type === "macvtap") {
      const fds = [getAttr(ctx.macvtapFds, id)].flat();
      opts.push(fds.length === 1 ? `fd=${fds[0]}` : `fds=${fds.join(":")}`);
    }
    return opts.join(",");
  };

  const runArgs = (): Arg[] => {
    const warnForwardPorts = c.forwardPorts.length > 0 && !interfaces.some(({ type }) => type === "user");
    return [
      ...args(`${pkgPath(pkgs, "expect")}/bin/unbuffer`, `${pkgPath(pkgs, "stratovirt")}/bin/stratovirt`),
      ...args("-name", hostName, "-machine"),
      machine,
      ...args("-m", String(c.mem), "-smp", String(vcpu), "-kernel"),
      () => `${interpolate(c.kernel)}/bzImage`,
      ...args("-initrd", c.initrdPath, "-append"),
      () => `console=${console()} edd=off reboot=t panic=-1 ${nixToString(c.kernelParams)}`,
      ...args("-serial", "stdio", "-object", "rng-random,id=rng,filename=/dev/random", "-device"),
      () => `virtio-rng-${devType(1)},rng=rng,id=rng_dev`,
      ...(c.storeOnDisk
        ? [
            ...args("-drive"),
            () => `id=store,format=raw,readonly=on,file=${interpolate(storeDiskOf(c))},if=none,aio=io_uring,direct=false`,
            ...args("-device"),
            () => `virtio-blk-${devType(2)},drive=store,id=blk_store`,
          ]
        : []),
      ...(socket !== null ? args("-qmp", `unix:${socket},server,nowait`) : []),
      ...withDriveLetters(c).flatMap(({ image, letter, serial, direct, readOnly }, index): Arg[] => [
        ...args(
          "-drive",
          `id=vd${letter},format=raw,if=none,aio=io_uring,file=${image},direct=${direct ? "on" : "off"},readonly=${
            readOnly ? "on" : "off"
          }`,
          "-device",
        ),
        () =>
          `virtio-blk-${devType(virtioblkOffset + index)},drive=vd${letter},id=blk_vd${letter}${
            serial !== null ? `,serial=${serial}` : ""
          }`,
      ]),
      ...c.shares.flatMap(({ proto, socket: shareSocket, tag }, index): Arg[] =>
        attrOf<Arg[]>(
          {
            virtiofs: () => [
              ...args("-chardev"),
              () => `socket,id=fs${index},path=${interpolate(shareSocket)}`,
              ...args("-device"),
              () => `vhost-user-fs-${devType(virtiofsOffset + index)},chardev=fs${index},tag=${tag},id=fs${index}`,
            ],
          },
          proto,
        ),
      ),
      ...(warnForwardPorts ? (warn(`${hostName}: forwardPortsOptions only running with user network`), []) : []),
      ...interfaces.flatMap(({ type, id, mac, bridge }): Arg[] => [
        ...args("-netdev"),
        () => netdev(type, id, bridge),
        // upstream's TODO: devType (0x10 + i)
        ...args("-device"),
        () =>
          [
            `virtio-net-${devType(30)}`,
            `id=net_${id}`,
            `netdev=${id}`,
            `mac=${mac}`,
            `mq=${tapMultiQueue ? "on" : "off"}`,
          ].join(","),
      ]),
      ...c.devices.flatMap(({ bus, path }): Arg[] =>
        attrOf<Arg[]>(
          {
            pci: () => args("-device", `vfio-pci,host=${path}`),
            usb: () => args("-device", `usb-host,${path}`),
          },
          bus,
        ),
      ),
      ...(machine().startsWith("q35")
        ? [
            ...args("-drive"),
            () => `file=${outputOf(pkgs.get("OVMF"), "fd", "OVMF")}/FV/OVMF_CODE.fd,if=pflash,unit=0,readonly=true`,
            ...args("-drive"),
            () => `file=${outputOf(pkgs.get("OVMF"), "fd", "OVMF")}/FV/OVMF_VARS.fd,if=pflash,unit=1,readonly=true`,
          ]
        : []),
    ];
  };

  const writeQmp = (data: unknown): string => `echo '${nixToJSON(data)}' | nc -U ${doubleQuoted(interpolate(socket))}\n`;
  // every line of it a comment, whatever the socket's name holds
  const commentedOut = (line: string): string => `# ${line.replace(/\n(?!$)/g, "\n# ")}`;
  const keyEvent = (value: string): unknown => ({
    execute: "input_event",
    arguments: { key: "keyboard", value },
  });

  return lazyAttrs<BackendOutput>({
    tapMultiQueue: () => tapMultiQueue,

    command: () => {
      if (c.balloon) throw new RunnerError("balloon not implemented for stratovirt");
      if (c.initialBalloonMem !== 0) throw new RunnerError("initialBalloonMem not implemented for stratovirt");
      if (c.hotplugMem !== 0) throw new RunnerError("stratovirt does not support hotplugMem");
      if (c.hotpluggedMem !== 0) throw new RunnerError("stratovirt does not support hotpluggedMem");
      if (Object.keys(c.credentialFiles).length > 0) {
        throw new RunnerError("stratovirt does not support credentialFiles");
      }
      return escapeShellArgList(runArgs());
    },

    canShutdown: () => canShutdown,

    shutdownCommand: () => {
      if (socket === null) throw new RunnerError("Cannot shutdown without socket");
      return (
        `${commentedOut(writeQmp({ execute: "qmp_capabilities" }))}\n` +
        `${commentedOut(writeQmp({ execute: "system_powerdown" }))}\n` +
        `${writeQmp(keyEvent("ctrl, 1"))}\n` +
        `${writeQmp(keyEvent("alt, 1"))}\n` +
        `${writeQmp(keyEvent("delete, 1"))}\n` +
        "# wait for exit\n" +
        `cat ${doubleQuoted(socket)}\n`
      );
    },

    requiresMacvtapAsFds: () => true,
  });
};
