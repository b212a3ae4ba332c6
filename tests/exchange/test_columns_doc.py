"""docs/import-columns.md lists exactly the columns the importer knows."""

from pathlib import Path

from equipment_desk.exchange.columns import columns_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "import-columns.md"


def test_column_documentation_is_current():
    assert DOC.read_text(encoding="utf-8") == columns_markdown(), "regenerate docs/import-columns.md from columns_markdown()"
