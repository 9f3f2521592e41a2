"""A throw-away PostgreSQL cluster for tests: initdb in a temp folder, loopback only, stopped at exit.

PostgreSQL refuses to run as root, and CI runs tests as root: there the cluster belongs to an ordinary
system user (`kioskpg`, created when missing) and initdb/pg_ctl run through `runuser`.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

SERVICE_USER = "kioskpg"
# The superuser initdb creates; tests connect as this role (trust authentication on loopback only).
SUPERUSER = "kiosk"
ROOT_PREFIX = "kiosk-pg-"
# Holds the pid of the test process that made the cluster, so a later run can tell it was abandoned.
OWNER_FILE = "owner.pid"
INSTALL_HINT = "install it with `scripts/setup.sh --test` (Debian package postgresql)"


class PostgresUnavailableError(Exception):
    """The throw-away server cannot be found or started; the message says why."""


def find_bin_dir() -> Path | None:
    """The newest /usr/lib/postgresql/*/bin holding initdb (KIOSK_PG_BIN overrides), or None."""
    override = os.environ.get("KIOSK_PG_BIN")
    if override:
        return Path(override) if (Path(override) / "initdb").exists() else None
    candidates = [Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin") if Path(p, "initdb").exists()]
    if not candidates:
        return None
    return max(candidates, key=lambda p: _version_key(p.parent.name))


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """One cluster: `start()`, `stop()` (and start again on the same port), `create_database()`."""

    bin_dir: Path
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix=ROOT_PREFIX)))
    port: int = field(default_factory=free_port)
    _counter: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def log_file(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres") -> str:
        """SQLAlchemy URL of `database` on this server (psycopg 3)."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def conninfo(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname={database} connect_timeout=5"

    def init(self) -> None:
        """Create the cluster (initdb) owned by an ordinary user."""
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        (self.root / OWNER_FILE).write_text(str(os.getpid()))
        owner = _cluster_owner()
        if owner is not None:
            # mkdtemp makes the folder 0700 for root; the server's user must own all of it.
            shutil.chown(self.root, owner, owner)
            shutil.chown(self.socket_dir, owner, owner)
        self._run(
            "initdb",
            "--pgdata",
            str(self.data_dir),
            "--username",
            SUPERUSER,
            "--auth",
            "trust",
            "--encoding",
            "UTF8",
            "--locale",
            "C",
            "--no-sync",
        )

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        # Durability is pointless for a throw-away cluster and fsync dominates test time otherwise.
        options = " ".join(
            [
                "-c listen_addresses=127.0.0.1",
                f"-c port={self.port}",
                f"-c unix_socket_directories={self.socket_dir}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
                "-c shared_buffers=64MB",
            ]
        )
        self._run(
            "pg_ctl",
            "start",
            "--wait",
            "--timeout=30",
            "--pgdata",
            str(self.data_dir),
            "--log",
            str(self.log_file),
            "-o",
            options,
        )

    def is_running(self) -> bool:
        """True while the postmaster is up (its pid file exists)."""
        return (self.data_dir / "postmaster.pid").exists()

    def stop(self) -> None:
        """Stop the server now (fast shutdown: open sessions are ended)."""
        if self.is_running():
            self._run("pg_ctl", "stop", "--wait", "--mode", "fast", "--pgdata", str(self.data_dir))

    def remove(self) -> None:
        """Stop the server and delete the cluster's folder."""
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self, template: str = "template0") -> str:
        """A new, empty database; returns its name."""
        with self._lock:
            self._counter += 1
            name = f"test_{os.getpid()}_{self._counter}"
        with psycopg.connect(self.conninfo(), autocommit=True) as connection:
            connection.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(template)
                )
            )
        return name

    def drop_database(self, name: str) -> None:
        """Drop `name`, ending any session a test left open."""
        with psycopg.connect(self.conninfo(), autocommit=True) as connection:
            connection.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin_dir / program), *args]
        owner = _cluster_owner()
        if owner is not None:
            command = ["runuser", "-u", owner, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=self.root)
        if result.returncode != 0:
            log_tail = ""
            if self.log_file.exists():
                log_tail = "\n".join(self.log_file.read_text(errors="replace").splitlines()[-15:])
            raise PostgresUnavailableError(
                f"`{program} {' '.join(args[:2])}` failed with exit code {result.returncode}:\n"
                f"{result.stdout}{result.stderr}{log_tail}"
            )


@functools.cache
def _cluster_owner() -> str | None:
    """The user that owns the cluster when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    result = subprocess.run(["id", "-u", SERVICE_USER], capture_output=True, check=False)
    if result.returncode != 0:
        created = subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER],
            capture_output=True,
            text=True,
            check=False,
        )
        # Another test process may have created it at the same moment (exit code 9: already exists).
        if created.returncode not in (0, 9):
            raise PostgresUnavailableError(f"cannot create the system user {SERVICE_USER}: {created.stderr}")
    return SERVICE_USER


def remove_stale_servers(bin_dir: Path) -> None:
    """Stop and delete clusters left behind by test runs that were killed before their clean-up."""
    for root in Path(tempfile.gettempdir()).glob(f"{ROOT_PREFIX}*"):
        try:
            owner_pid = int((root / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # being created right now, or not ours
        if _process_alive(owner_pid):
            continue
        stale = PostgresServer(bin_dir, root=root, port=0)
        if stale.is_running():
            with contextlib.suppress(PostgresUnavailableError):
                stale._run("pg_ctl", "stop", "--wait", "--mode", "immediate", "--pgdata", str(stale.data_dir))
        shutil.rmtree(root, ignore_errors=True)


def _process_alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    # A killed process whose parent never reaped it is a zombie: dead all the same.
    return stat.rpartition(")")[2].split()[0] != "Z"


def start_throwaway_server() -> PostgresServer:
    """Find the binaries, initdb and start a cluster that is removed when the process exits."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise PostgresUnavailableError(
            f"no PostgreSQL server binaries in /usr/lib/postgresql/*/bin; {INSTALL_HINT}"
        )
    remove_stale_servers(bin_dir)
    server = PostgresServer(bin_dir)
    atexit.register(server.remove)
    server.init()
    for _attempt in range(3):
        try:
            server.start()
            return server
        except PostgresUnavailableError:
            # Another program may have taken the port between free_port() and the start.
            server.port = free_port()
    server.start()
    return server
