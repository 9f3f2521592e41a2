"""Slips of the information desk: a tax's payment slip (period, last day, how to pay, a QR code to the
payment site) and the refund checklist a resident takes to the tax office."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from kiosk.domain.guide import RefundGuide
from kiosk.domain.slip import Slip
from kiosk.domain.tax_calendar import DuePeriod, TaxEntry
from kiosk.gui.widgets.info_widgets import format_day


class InfoSlips(QObject):
    """Builds the slips in the resident's language (translation context "InfoSlips")."""

    def tax_slip(
        self, item: DuePeriod | TaxEntry, language: str, payment_url: str, printed_at: datetime
    ) -> Slip:
        """What is due and how to pay: the dates of a period, or the rule of a tax without one."""
        tax = item.tax if isinstance(item, DuePeriod) else item
        lines: list[str | tuple[str, str]] = []
        if isinstance(item, DuePeriod):
            period = f"{format_day(item.start, language)} ~ {format_day(item.statutory_due, language)}"
            lines.append((self.tr("Payment period"), period))
            lines.append((self.tr("Last day"), format_day(item.due, language)))
            if item.extension is not None:
                extended = self.tr("Extended from %1 (the rule's last day). Reason: %2")
                extended = extended.replace("%1", format_day(item.rule_due, language))
                lines.append(extended.replace("%2", item.extension.reason.get(language)))
            elif item.moved:
                lines.append(
                    self.tr("Moved to the next working day because of %1.").replace(
                        "%1", item.move_reason(language) or ""
                    )
                )
        elif tax.rule is not None:
            lines.append(tax.rule.get(language))
        lines.append(self.tr("How to pay:"))
        lines.extend(f"• {channel.name.get(language)}: {channel.how.get(language)}" for channel in tax.pay_by)
        lines.append((self.tr("If you are late"), tax.late.get(language)))
        return Slip(
            title=tax.name.get(language),
            lines=tuple(lines),
            qr_payload=payment_url,
            qr_caption=self.tr("Scan with your phone to pay online: %1").replace("%1", payment_url),
            footer=self._footer(tax.legal_basis, printed_at),
        )

    def refund_slip(self, refund: RefundGuide, language: str, printed_at: datetime) -> Slip:
        """The refund checklist: the time limit, then a box to tick for each document to bring."""
        return Slip(
            title=refund.title.get(language),
            lines=(
                refund.time_limit.get(language),
                self.tr("Checklist: bring these"),
                *(f"☐ {item.get(language)}" for item in refund.checklist),
            ),
            footer=self._footer(refund.legal_basis, printed_at),
        )

    def _footer(self, legal_basis: str, printed_at: datetime) -> str:
        basis = self.tr("Legal basis: %1").replace("%1", legal_basis)
        printed = self.tr("Printed %1 at the Seocho Tax Station kiosk").replace(
            "%1", f"{printed_at:%Y-%m-%d %H:%M}"
        )
        return f"{basis} · {printed}"
