"""The extraction process pool, whose workers die with the process that started them.

A worker of a plain ProcessPoolExecutor outlives a parent killed by kill -9 or the OOM killer: it waits on
its call queue forever (it holds that pipe's write end itself), and so does multiprocessing's resource
tracker (it waits for every holder of its pipe, the workers included). Each worker therefore watches its
parent: on Linux the kernel sends it SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG); everywhere, a
daemon thread polls os.getppid() and leaves when it changes. With the workers gone the tracker's pipe
closes and it exits too.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
POLL_SECONDS = 0.5


def process_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """A spawn-context pool whose workers exit when this process dies, however it dies.

    PR_SET_PDEATHSIG fires when the *thread* that started a worker ends, and workers are started by the
    thread that submits work: it is used only when that is the main thread (the event loop's, here),
    which lives as long as the process. The polling thread covers every other case."""
    main = threading.current_thread() is threading.main_thread()
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=die_with_parent, initargs=(os.getpid(), main))


def die_with_parent(parent: int, deathsig: bool = True) -> None:
    """Pool initializer: end this worker as soon as `parent` is gone (never raises: a failing initializer
    would break the pool)."""
    if deathsig and sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # died before we got here
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)  # no cleanup to do: the parent that wanted the results is gone
