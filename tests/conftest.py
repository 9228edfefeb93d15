"""Hypothesis profiles: "default" for a quick local run, "ci" (chosen when CI=true) with more examples.

Pick one explicitly with ``HYPOTHESIS_PROFILE=ci python -m pytest``.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# No deadline: the first parse in a process compiles the skill taxonomy, and
# timing belongs to benchmarks/hostile.py, not to the tests.
_BASE = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

settings.register_profile("default", _BASE, max_examples=50)
settings.register_profile("ci", _BASE, max_examples=75, derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") == "true" else "default"))
