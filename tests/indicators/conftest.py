"""Every hand-worked indicator test runs on each engine: the numbers must be identical."""

import extracts
import pytest

from safeguarding.engine import ENGINES


@pytest.fixture(autouse=True, params=ENGINES)
def engine(request):
    extracts.ENGINE = request.param
    yield request.param
    extracts.ENGINE = "duckdb"
