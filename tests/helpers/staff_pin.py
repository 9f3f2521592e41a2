"""The staff PIN every test window is configured with (no kiosk has a default PIN any more)."""

from __future__ import annotations

from kiosk.domain.staff_pin import hash_pin

TEST_PIN = "135792"
# A fixed salt: one hash per test process, the same in every test.
TEST_PIN_HASH = hash_pin(TEST_PIN, salt=b"kiosk-test-salt!")
