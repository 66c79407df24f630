# gunicorn settings for Postwise: `gunicorn postwise.wsgi --config site/deploy/gunicorn.conf.py`
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
timeout = 30
graceful_timeout = 30
# The app is imported once in the master and forked: workers start in milliseconds and share the
# imported code's memory, instead of each spending ~2 s of CPU importing Django, Wagtail and every app.
preload_app = True
# Workers are recycled rarely: only as a guard against slow memory growth. The jitter spreads the
# restarts so that the workers never recycle together. At 2,000 (the old figure) a load test saw 110
# restarts in 233,000 requests, each a p95 spike of 1.7-3.7 s; at 50,000 ± 5,000 a busy intranet
# (about 100,000 requests a day) recycles each worker about once every two or three days.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 50_000))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", 5_000))
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Request limits. gunicorn has no request-body limit: nginx (client_max_body_size 12m) and Django
# (community/request_size.py: 12 MB multipart, 5 MB other bodies; it reads and discards an oversized
# body, so the client gets the 413 page rather than a reset) enforce it. The header limits are gunicorn's.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
accesslog = "-"
errorlog = "-"


def post_fork(server, worker):
    """With preload_app, anything the master opened while importing is shared by every fork: close the
    database connections so that each worker opens its own."""
    from django.db import connections

    connections.close_all()
