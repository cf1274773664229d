"""Every hand-worked indicator test runs on each engine: the numbers must be identical."""

import extracts
import pytest

from safeguarding.engine import ENGINES


# Spark runs need Java 17 (`pytest -m "not spark"` leaves them out).
@pytest.fixture(autouse=True, params=[pytest.param(e, marks=pytest.mark.spark) if e == "spark" else e
                                      for e in ENGINES])
def engine(request):
    extracts.ENGINE = request.param
    yield request.param
    extracts.ENGINE = "duckdb"
