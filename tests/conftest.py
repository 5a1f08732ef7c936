"""Test-wide guard: the tests run offline. Any connection off this machine fails loudly."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from typing import Any

import os

import pytest
from hypothesis import settings

# CI must not fail on an example nobody has seen before: there the search is the same every
# run (a fixed seed); on developers' machines it stays random and keeps finding new cases.
settings.register_profile("ci", derandomize=True, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

_real_connect = socket.socket.connect


def _is_local(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    if not _is_local(address):
        raise OSError(f"tests must not use the network (tried to connect to {address!r})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Synthesis caches go to a temp folder, never to the user's ~/.cache."""
    old = os.environ.get("SPEAKIT_CACHE")
    os.environ["SPEAKIT_CACHE"] = str(tmp_path_factory.mktemp("speakit-cache"))
    yield
    if old is None:
        os.environ.pop("SPEAKIT_CACHE", None)
    else:
        os.environ["SPEAKIT_CACHE"] = old


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    yield
