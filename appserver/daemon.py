"""The Pyro5 daemon: explicit settings, one API object per module on fixed object ids."""

from __future__ import annotations

import logging
import signal
import threading
from typing import Any

import Pyro5.api
import Pyro5.errors
import Pyro5.serializers

from appserver.contract import api as contract
from appserver.contract.errors import ALL_ERRORS, PmisError
from appserver.core.clock import Clock, SystemClock
from appserver.core.config import ServerConfig
from appserver.core.db import Database, make_engine
from appserver.core.jobs import JobRunner
from appserver.core.lease import LeaseKeeper
from appserver.core.runtime import Runtime
from appserver.registry import make_apis

log = logging.getLogger("pmis.daemon")


def configure_pyro(cfg: ServerConfig) -> None:
    """Pyro5 settings chosen on purpose (DESIGN.md): see each line."""
    Pyro5.api.config.SERVERTYPE = "thread"
    Pyro5.api.config.THREADPOOL_SIZE = cfg.threadpool_size  # a connected proxy holds a worker
    Pyro5.api.config.THREADPOOL_SIZE_MIN = min(16, cfg.threadpool_size)
    Pyro5.api.config.COMMTIMEOUT = cfg.comm_timeout_s  # default 0 = idle sockets stall forever
    Pyro5.api.config.MAX_MESSAGE_SIZE = contract.MAX_MESSAGE_SIZE  # default is 1 GiB
    Pyro5.api.config.MAX_RETRIES = 0  # retries are the client's, with request ids
    Pyro5.api.config.SERIALIZER = "serpent"  # never pickle
    Pyro5.api.config.DETAILED_TRACEBACK = False
    Pyro5.api.config.SOCK_REUSE = True
    for cls in ALL_ERRORS:
        Pyro5.api.register_class_to_dict(cls, _error_to_dict)
    _accept_serpent_only()


class _RefusingSerializer:
    """Stands in for a serializer we do not accept: it can still word an error reply
    (Pyro5 answers a failed handshake in the client's serializer), but never decodes."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.serializer_id = real.serializer_id

    def dumps(self, data: Any) -> bytes:
        return self._real.dumps(data)  # type: ignore[no-any-return]

    def _refuse(self, *_args: Any, **_kwargs: Any) -> Any:
        raise Pyro5.errors.SerializeError("this server accepts the serpent serializer only")

    loads = loadsCall = dumpsCall = _refuse


def _accept_serpent_only() -> None:
    """Pyro5 decodes whatever serializer a message names (marshal included, which is unsafe
    on untrusted input); DESIGN.md allows serpent only."""
    by_id = Pyro5.serializers.serializers_by_id
    for sid, ser in list(by_id.items()):
        if not isinstance(ser, Pyro5.serializers.SerpentSerializer | _RefusingSerializer):
            by_id[sid] = _RefusingSerializer(ser)


def _error_to_dict(err: Any) -> dict[str, Any]:
    assert isinstance(err, PmisError)
    return {"__class__": f"{type(err).__module__}.{type(err).__name__}",
            "__exception__": True, "args": (err.message,), "attributes": err.to_dict()}


class AppServer:
    """A running app server: runtime, lease keeper and the Pyro5 daemon."""

    def __init__(self, cfg: ServerConfig, clock: Clock | None = None) -> None:
        configure_pyro(cfg)
        self.cfg = cfg
        db = Database(make_engine(cfg.database_url, cfg.db_pool_size))
        self.runtime = Runtime(cfg, db, clock or SystemClock())
        self.lease = LeaseKeeper(self.runtime)
        self.jobs = JobRunner(self.runtime, lambda: self.lease.held)
        self.daemon = self._make_daemon()
        apis = make_apis(self.runtime, lambda: self.lease.held)
        for object_id, obj in apis.items():
            self.daemon.register(obj, objectId=object_id)

    def _make_daemon(self) -> Pyro5.api.Daemon:
        if self.cfg.tls is not None:
            from appserver.core.tls import make_tls_daemon

            return make_tls_daemon(self.cfg)
        return Pyro5.api.Daemon(host=self.cfg.host, port=self.cfg.port)

    def serve(self) -> None:
        self.lease.start()
        self.jobs.start()
        log.info("%s (%s) serving on %s:%s", self.cfg.name, self.cfg.role, self.cfg.host,
                 self.cfg.port)
        self.daemon.requestLoop()

    def stop(self) -> None:
        self.lease.stop_event.set()
        self.jobs.stop_event.set()
        self.daemon.shutdown()


def run(cfg: ServerConfig) -> None:
    server = AppServer(cfg)

    def _stop(_signum: int, _frame: object) -> None:
        threading.Thread(target=server.stop, daemon=True).start()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    server.serve()
    server.daemon.close()
