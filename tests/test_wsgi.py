"""The WSGI entry point is made ready as `kabar serve` is: one search done, the heap frozen."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT

_PROBE = """
import gc, json
from search import columns
before = gc.get_freeze_count()
import webui.wsgi
print(json.dumps({"frozen_before": before, "frozen": gc.get_freeze_count(),
                  "reads": columns.CACHE.hits + columns.CACHE.misses,
                  "debug": webui.wsgi.app.debug}))
"""


def test_the_wsgi_app_is_warmed_up_and_frozen_before_its_first_request(demo_index):
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "KABAR_INDEX": str(demo_index)},
                          timeout=120)
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout)
    assert state["frozen_before"] == 0
    assert state["frozen"] > 10_000  # the imports, the snapshot, the word tables
    assert state["reads"] > 0  # a search read postings before any request
    assert state["debug"] is False

