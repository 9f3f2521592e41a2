"""Rules and catalogues of the kiosk: plain Python, no Qt and no SQLAlchemy."""
