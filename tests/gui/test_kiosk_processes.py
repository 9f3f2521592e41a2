"""Two kiosk processes and a staff console on one PostgreSQL server, through a server restart.

Each is a real window in its own process (tests/helpers/kiosk_process.py), built as the kiosk builds
it, live updates included. What one kiosk books leaves the other kiosk's time page at once; a chat
opened on a kiosk appears on the console; after the server stops and starts again, all three carry on
without a restart.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable

from kiosk.domain.booking import Consultant
from kiosk.storage import booking as store
from kiosk.storage.database import Database
from tests.helpers.postgres import PostgresServer
from tests.helpers.processes import PROJECT_ROOT, child_env

START_SECONDS = 120  # three Qt processes starting at once on a busy 2-core machine
AT_ONCE_SECONDS = 3.0
# After a restart the listener reconnects with a back-off of at most 5 s, then reloads every screen.
AFTER_RESTART_SECONDS = 20.0


class KioskProcess:
    """One `tests.helpers.kiosk_process` child: send it commands, wait for the lines it prints."""

    def __init__(self, url: str, role: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.kiosk_process", url, role],
            cwd=PROJECT_ROOT,
            env=child_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def wait_for(self, wanted: Callable[[str], bool], seconds: float) -> str:
        """The first line from now on that is `wanted`; AssertionError with what came instead."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            self.seen.append(line)
            if wanted(line):
                return line
        raise AssertionError(f"not within {seconds} s; the process printed {self.seen}")

    def close(self) -> None:
        if self.process.poll() is None:
            self.send("quit")
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _times_without(clock: str) -> Callable[[str], bool]:
    return lambda line: line.startswith("times ") and clock not in line


def test_two_kiosks_and_a_console_share_one_server_and_survive_its_restart(
    restartable_postgres_server: PostgresServer,
) -> None:
    server = restartable_postgres_server
    url = server.url(server.create_database())
    database = Database(url)
    database.upgrade()
    with database.write_session() as session:
        # One consultant: each booking takes a time away from everyone's time page.
        store.upsert_consultants(session, [Consultant("c01", "Consultant", ("gift",))])
    database.dispose()
    lobby, hall, console = (KioskProcess(url, role) for role in ("kiosk", "kiosk", "console"))
    try:
        for kiosk in (lobby, hall):
            assert kiosk.wait_for(lambda line: line.startswith("times "), START_SECONDS).startswith(
                "times 10:00,10:20"
            )
        for child in (lobby, hall, console):
            child.wait_for(lambda line: line.startswith("ready"), START_SECONDS)
        assert "chats 0" in console.seen

        lobby.send("book 10:00 010-1111-0001")
        lobby.wait_for(lambda line: line.startswith("booked "), 30)
        booked = time.monotonic()
        hall.wait_for(_times_without("10:00"), AT_ONCE_SECONDS)
        assert time.monotonic() - booked < AT_ONCE_SECONDS
        lobby.send("chat Where is the refund form?")
        console.wait_for(lambda line: line == "chats 1", AT_ONCE_SECONDS)

        server.stop()
        server.start()
        lobby.send("book 10:20 010-1111-0002")
        lobby.wait_for(lambda line: line.startswith("booked "), 30)
        hall.wait_for(_times_without("10:20"), AFTER_RESTART_SECONDS)
        lobby.send("chat And the car tax?")
        console.wait_for(lambda line: line == "chats 2", AFTER_RESTART_SECONDS)
        assert [child.process.poll() for child in (lobby, hall, console)] == [None, None, None]
    finally:
        for child in (lobby, hall, console):
            child.close()
    assert [child.process.returncode for child in (lobby, hall, console)] == [0, 0, 0]
