"""The JSON contract's bytes for the tests' synthetic council, pinned.

Any change to the document (a field, an order, a rounding, a word of commentary) fails here, so
nothing moves by accident. When a change is meant, regenerate and review the diff:

    SAFEGUARDING_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_json.py
"""

import os
from pathlib import Path

from safeguarding import output

GOLDEN = Path(__file__).parent / "golden" / "synthetic_council.json"


def test_json_contract_bytes_are_pinned(synthetic_council):
    text = output.to_json([synthetic_council]) + "\n"
    if os.environ.get("SAFEGUARDING_REGEN_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), (
        "the JSON contract changed; if meant, regenerate tests/golden/synthetic_council.json")
