"""The WSGI entry point for a production server, e.g.

    KABAR_INDEX=/srv/kabar-index gunicorn --workers 4 --bind 127.0.0.1:8080 webui.wsgi:app
    KABAR_INDEX=/srv/kabar-index waitress-serve --threads 8 --listen 127.0.0.1:8080 webui.wsgi:app

The index folder comes from ``KABAR_INDEX`` (else ``./kabar-index``). Every worker process opens
the same folder read-only and picks up what ``kabar index build/add/remove`` commit to it. Each
is made ready as `kabar serve` is (``warm_up_and_freeze``): its first request does not pay for
the word lists, and the collector's passes skip what is loaded once.
"""

from __future__ import annotations

from webui import create_app
from webui.engine import warm_up_and_freeze

app = create_app()
warm_up_and_freeze(app)
