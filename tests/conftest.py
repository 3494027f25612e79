"""Hypothesis settings: CI replays the same examples every run, so a red CI is reproducible."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
# No deadline locally either: timing on a loaded 2-core machine is not what the tests check.
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
