/**
 * lib/macvtap.nix: the file descriptors macvtap interfaces are handed to
 * the hypervisor as, and the shell lines that open them.
 */
import { shellWord } from "../../modules/microvm/shell.js";
import type { MicrovmConfig } from "./types.js";

/** fd 3 is the first one after stdin/stdout/stderr. */
const interfaceFdOffset = 3;

export interface Macvtap {
  /** Shell lines opening `/dev/tap<ifindex>` on each fd (used when the backend `requiresMacvtapAsFds`). */
  readonly openMacvtapFds: string;
  /** Interface id → its fds (one per queue), plus `nextFreeFd`. */
  readonly macvtapFds: Record<string, number | number[]>;
}

/**
 * `makeMacvtap`: each macvtap interface gets one fd per queue — `vcpu`
 * queues when the backend wants a multi-queue tap, else one.
 * `tapMultiQueue` is read lazily, as the backend itself needs `macvtapFds`.
 */
export function makeMacvtap(microvmConfig: MicrovmConfig, tapMultiQueue: () => boolean): Macvtap {
  let interfaces: { id: string; fd: number }[] | undefined;
  const macvtapInterfaces = (): { id: string; fd: number }[] => {
    if (interfaces === undefined) {
      const macvtaps = microvmConfig.interfaces.filter(({ type }) => type === "macvtap");
      // read only when there is a macvtap interface, as in Nix (where reading it may warn)
      const queueCount = macvtaps.length > 0 && tapMultiQueue() ? microvmConfig.vcpu : 1;
      interfaces = macvtaps.flatMap(({ id }, interfaceIndex) =>
          Array.from({ length: queueCount }, (_, queueIndex) => ({
            id,
            fd: interfaceFdOffset + interfaceIndex * queueCount + queueIndex,
          })),
        );
    }
    return interfaces;
  };
  let fds: Record<string, number | number[]> | undefined;
  return {
    get openMacvtapFds(): string {
      return (
        "# Open macvtap interface file descriptors\n" +
        macvtapInterfaces()
          // upstream leaves the redirection's target unquoted (issue 12)
          .map(({ id, fd }) => `exec ${fd}<>"/dev/tap$(< /sys/class/net/${shellWord(id)}/ifindex)"\n`)
          .join("")
      );
    },
    get macvtapFds(): Record<string, number | number[]> {
      if (fds === undefined) {
        const list = macvtapInterfaces();
        const result: Record<string, number | number[]> = { nextFreeFd: interfaceFdOffset + list.length };
        for (const { id, fd } of list) {
          const prev = result[id];
          result[id] = [...(Array.isArray(prev) ? prev : []), fd];
        }
        fds = result;
      }
      return fds;
    },
  };
}
