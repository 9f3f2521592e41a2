"""The staff-side services in one bundle, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import Config
from kiosk.domain.clock import Clock
from kiosk.domain.staff_session import StaffSession
from kiosk.services.chat import ChatService
from kiosk.services.queue import QueueService
from kiosk.services.staff_auth import StaffAuth
from kiosk.storage.database import Database


@dataclass
class StaffServices:
    """PIN check, the staff session of this kiosk, the event queue and live help chat."""

    auth: StaffAuth
    session: StaffSession
    queue: QueueService
    chat: ChatService

    @classmethod
    def build(cls, config: Config, clock: Clock, database: Database) -> StaffServices:
        return cls(
            auth=StaffAuth(database, clock, config.staff),
            session=StaffSession(),
            queue=QueueService(database, clock),
            chat=ChatService(database, clock, config.kiosk.name),
        )
