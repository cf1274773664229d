"""Write docs/indicators.md and docs/cli.md from the code (see safeguarding.docs)."""

from pathlib import Path

from safeguarding.docs import catalogue_markdown, cli_reference

DOCS = Path(__file__).resolve().parent.parent / "docs"

if __name__ == "__main__":
    (DOCS / "indicators.md").write_text(catalogue_markdown(), encoding="utf-8")
    (DOCS / "cli.md").write_text(cli_reference(), encoding="utf-8")
    print(f"wrote {DOCS / 'indicators.md'} and {DOCS / 'cli.md'}")
