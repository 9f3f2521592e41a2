"""Automated accessibility checks of the kiosk's widget tree (criteria K01-K28 in
../shared/facts/accessibility.md); `audit.audit_window` walks every registered screen."""
