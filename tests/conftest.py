import os
import sys
import tempfile

import pytest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
# Compiled SQL the tests make is kept in a folder of their own, never the user's cache
# (indicators.compiled); CLI processes the tests start inherit it.
os.environ["SAFEGUARDING_CACHE_DIR"] = tempfile.mkdtemp(prefix="safeguarding-test-cache-")


@pytest.fixture(scope="session")
def synthetic_council(tmp_path_factory):
    """Computed once for every report test (see extracts.synthetic_council)."""
    from extracts import synthetic_council as build

    return build(tmp_path_factory.mktemp("synthetic") / "extract")


@pytest.fixture(scope="session")
def web_store(tmp_path_factory):
    """A store file for the web view's tests (see web_helpers.build_store), open read-write."""
    from web_helpers import build_store

    store = build_store(tmp_path_factory.mktemp("web"))
    yield store
    store.close()
