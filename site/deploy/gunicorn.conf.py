# gunicorn settings for Postwise: `gunicorn postwise.wsgi --config site/deploy/gunicorn.conf.py`
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
timeout = 30
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Request limits. gunicorn has no request-body limit: nginx (client_max_body_size 12m) and Django
# (community/request_size.py: 12 MB multipart, 5 MB other bodies; it reads and discards an oversized
# body, so the client gets the 413 page rather than a reset) enforce it. The header limits are gunicorn's.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
accesslog = "-"
errorlog = "-"
