"""Tables shared by every feature. Feature tables live in their own modules beside this one."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.base import Base


class Setting(Base):
    """Small key/value state that must survive a restart (for example the staff PIN lock)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
