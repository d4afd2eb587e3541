"""gunicorn settings for newsclaims; each can be set through the environment."""
import os

bind = f"{os.environ.get('NEWSCLAIMS_HOST', '127.0.0.1')}:{os.environ.get('NEWSCLAIMS_PORT', '8000')}"
workers = int(os.environ.get("NEWSCLAIMS_WORKERS", "2"))
threads = int(os.environ.get("NEWSCLAIMS_THREADS", "2"))
timeout = int(os.environ.get("NEWSCLAIMS_TIMEOUT", "60"))
graceful_timeout = 20
preload_app = False  # why: each worker opens its own database pool
# why: let the app answer over-long request lines with its own JSON 414, not gunicorn's HTML page
limit_request_line = 0
accesslog = None  # why: the app writes its own JSON access log with the request id
loglevel = os.environ.get("NEWSCLAIMS_LOG_LEVEL", "info")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "service.observability.JsonFormatter"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json",
                            "stream": "ext://sys.stderr"}},
    "root": {"handlers": ["stderr"], "level": loglevel.upper()},
    "loggers": {"gunicorn.error": {"handlers": ["stderr"], "level": loglevel.upper(), "propagate": False}},
}


def child_exit(server, worker):
    """Drop a dead worker's metric files so /metrics sums only live ones."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
