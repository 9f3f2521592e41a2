"""The staff-side services in one bundle, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.config import Config
from kiosk.domain.clock import Clock
from kiosk.domain.staff_session import StaffSession
from kiosk.services.chat import ChatService
from kiosk.services.printing import PrintService
from kiosk.services.queue import QueueService
from kiosk.services.reports import StaffReports
from kiosk.services.retention import RetentionJob, default_erasers, local_erasers
from kiosk.services.staff_auth import StaffAuth
from kiosk.services.usage import UsageCounter
from kiosk.storage.database import Database


@dataclass
class StaffServices:
    """PIN, staff session, event queue, live help chat, usage counts, reports and the retention job."""

    auth: StaffAuth
    session: StaffSession
    queue: QueueService
    chat: ChatService
    usage: UsageCounter
    reports: StaffReports
    retention: RetentionJob

    @classmethod
    def build(
        cls, config: Config, clock: Clock, database: Database, printing: PrintService | None = None
    ) -> StaffServices:
        """The bundle; `printing` (a running kiosk's) lets the retention job forget unprinted slips."""
        return cls(
            auth=StaffAuth(database, clock, config.staff, config.kiosk.name),
            session=StaffSession(),
            queue=QueueService(database, clock),
            chat=ChatService(database, clock, config.kiosk.name),
            usage=UsageCounter(database, clock),
            reports=StaffReports(database, clock, config.staff.export_path()),
            retention=RetentionJob(
                database,
                clock,
                config.booking.retention_days,
                default_erasers(),
                local_erasers(config, printing),
            ),
        )
