#!/usr/bin/env python3
"""slow_relay.py — loopback relays that hold every reply of a server for DELAY ms: with
remote shards behind them, a search's time over DELAY is the round trips on its critical path
(what it waited for one after the other), whatever ran at once on other connections.
Usage: slow_relay.py DELAY_MS HOST:PORT… — prints one line "PORT…" (the relays' ports, in the
order given) once listening, then relays until killed."""
import asyncio, os, sys, time

from remote_protocol import split

DELAY = float(sys.argv[1]) / 1000
# SLOW_RELAY_LOG=FILE: each message the client sends, a line "ms relay-port connection type"
# (Xapian 1.4's net/remoteprotocol.h), to read which waited on which.
LOG = open(os.environ["SLOW_RELAY_LOG"], "a", buffering=1) if os.environ.get("SLOW_RELAY_LOG") else None
CONN = [0]


async def pipe(r, w, delay, tag=None):
    """r to w, each chunk written DELAY after it came (a queue between the two, so chunks
    that came together go out together)."""
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()

    async def reader():
        pending = b""
        try:
            while True:
                data = await r.read(65536)
                if LOG and tag:
                    pending += data
                    ms, used = split(pending)
                    pending = pending[used:]
                    for m, _ in ms:
                        LOG.write(f"{time.monotonic() * 1000:.1f} {tag} {m}\n")
                await q.put((loop.time() + delay, data))
                if not data:
                    break
        except (ConnectionError, asyncio.CancelledError):
            await q.put((0, b""))

    t = asyncio.ensure_future(reader())
    try:
        while True:
            due, data = await q.get()
            if not data:
                break
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            w.write(data)
            await w.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        t.cancel()
        try:
            w.close()
        except Exception:
            pass


def relay(host, port):
    async def handle(cr, cw):
        try:
            sr, sw = await asyncio.open_connection(host, port)
        except OSError:
            cw.close()
            return
        CONN[0] += 1
        tag = f"{port} c{CONN[0]}"
        # The client's messages go straight on; the server's replies are held.
        await asyncio.gather(pipe(cr, sw, 0, tag), pipe(sr, cw, DELAY))
    return handle


async def main():
    ports = []
    for hp in sys.argv[2:]:
        h, p = hp.rsplit(":", 1)
        srv = await asyncio.start_server(relay(h, int(p)), "127.0.0.1", 0)
        ports.append(srv.sockets[0].getsockname()[1])
    print(" ".join(map(str, ports)), flush=True)
    await asyncio.Event().wait()

asyncio.run(main())
