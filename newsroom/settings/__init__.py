"""Settings by environment: base (shared), dev (default for manage.py), test, production."""
