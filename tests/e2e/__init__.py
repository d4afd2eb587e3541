"""End-to-end tests against a live gunicorn server."""
