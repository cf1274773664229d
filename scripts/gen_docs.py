"""Write docs/indicators.md, cli.md, sources.md and data-contract.md from the code (see
safeguarding.docs and safeguarding.sources.support)."""

from pathlib import Path

from safeguarding.docs import catalogue_markdown, cli_reference
from safeguarding.sources.support import contract_markdown, sources_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs"

if __name__ == "__main__":
    (DOCS / "indicators.md").write_text(catalogue_markdown(), encoding="utf-8")
    (DOCS / "cli.md").write_text(cli_reference(), encoding="utf-8")
    (DOCS / "sources.md").write_text(sources_markdown(), encoding="utf-8")
    (DOCS / "data-contract.md").write_text(contract_markdown(), encoding="utf-8")
    print(f"wrote indicators.md, cli.md, sources.md and data-contract.md in {DOCS}")
