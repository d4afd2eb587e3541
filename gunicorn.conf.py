"""gunicorn settings for newsclaims; each can be set through the environment."""
import os

bind = f"{os.environ.get('NEWSCLAIMS_HOST', '127.0.0.1')}:{os.environ.get('NEWSCLAIMS_PORT', '8000')}"
workers = int(os.environ.get("NEWSCLAIMS_WORKERS", "2"))
threads = int(os.environ.get("NEWSCLAIMS_THREADS", "2"))
timeout = int(os.environ.get("NEWSCLAIMS_TIMEOUT", "60"))
graceful_timeout = 20
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("NEWSCLAIMS_LOG_LEVEL", "info")

preload_app = False  # why: each worker opens its own database pool
