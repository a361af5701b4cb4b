"""The gateway over TLS with a workstation certificate (server and client verify each other).

Pyro5 caches its SSL contexts per process, so the server and the client run in a child
process of their own and the test reads what it printed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.client.loopback import free_port

ROOT = Path(__file__).resolve().parents[2]

_CHILD = """
import json, sys, threading
import Pyro5.api
from client.core.gateway import Gateway

certs, port = sys.argv[1], int(sys.argv[2])
config = Pyro5.api.config
config.SSL = True
config.SSL_SERVERCERT = f"{certs}/server.crt"
config.SSL_SERVERKEY = f"{certs}/server.key"
config.SSL_CACERTS = f"{certs}/ca.crt"
config.SSL_REQUIRECLIENTCERT = True


class Echo:
    @Pyro5.api.expose
    def echo(self, ctx, value):
        cert = Pyro5.api.current_context.client.getpeercert()
        subject = dict(item[0] for item in cert["subject"])
        return {"value": value, "client": subject["commonName"]}


daemon = Pyro5.api.Daemon(host="127.0.0.1", port=port)
daemon.register(Echo(), objectId="test.echo")
threading.Thread(target=daemon.requestLoop, daemon=True).start()
tls = {"ca_certs": f"{certs}/ca.crt", "client_cert": f"{certs}/client.crt",
       "client_key": f"{certs}/client.key"}
gateway = Gateway([f"127.0.0.1:{port}"], "en", tls=tls, timeout_s=5.0)
print(json.dumps(gateway.call("test.echo", "echo", "over tls")), flush=True)
gateway.close()
daemon.shutdown()
"""


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certificates(directory: Path) -> None:
    """A CA, a server certificate for 127.0.0.1 and a workstation certificate."""
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=PMIS test CA", "-keyout", "ca.key", "-out", "ca.crt", cwd=directory)
    for name, extension in (("server", "subjectAltName=IP:127.0.0.1"),
                            ("client", "extendedKeyUsage=clientAuth")):
        _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", f"/CN=pmis-{name}",
                 "-keyout", f"{name}.key", "-out", f"{name}.csr", cwd=directory)
        (directory / f"{name}.ext").write_text(extension + "\n", encoding="utf-8")
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                 "-CAcreateserial", "-days", "2", "-extfile", f"{name}.ext",
                 "-out", f"{name}.crt", cwd=directory)


@pytest.mark.slow
def test_call_over_tls_with_a_client_certificate(tmp_path: Path) -> None:
    make_certificates(tmp_path)
    child = subprocess.run([sys.executable, "-c", _CHILD, str(tmp_path), str(free_port())],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout.strip().splitlines()[-1]) == {
        "value": "over tls", "client": "pmis-client"}
