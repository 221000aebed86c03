#!/usr/bin/env python3
"""Runs one command as a whole process and measures it, for bench/whole-process.ts.

Usage: measure-process.py STDOUT_FILE COMMAND [ARG...]

The command's stdout goes to STDOUT_FILE, its stderr passes through. Prints
one JSON object: the exit status, the wall time from fork to exit, the CPU
time (user + system) and the peak RSS of that one process, from wait4's
resource usage (which Node's child_process does not give).
"""
import json
import os
import sys
import time


def main():
    out, argv = sys.argv[1], sys.argv[2:]
    with open(out, "wb") as f:
        t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                os.dup2(f.fileno(), 1)
                os.execvp(argv[0], argv)
            finally:
                os._exit(127)
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - t0
    print(json.dumps({
        "status": os.waitstatus_to_exitcode(status),
        "wallMs": wall * 1e3,
        "cpuMs": (usage.ru_utime + usage.ru_stime) * 1e3,
        "peakMiB": usage.ru_maxrss / 1024,  # Linux: KiB
    }))


if __name__ == "__main__":
    main()
