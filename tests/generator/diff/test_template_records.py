"""Release diffs cover templates: a template row's changed requirement shows in the changelog."""

from __future__ import annotations

from generator.conditions.template_rows import parse_row_condition
from generator.diff.compare import compare
from generator.diff.index import build_index
from generator.diff.report import build_entry, render_entry
from generator.ir.standard import SourceDocument, Standard
from tests.generator.render.test_sr_templates import TID_8301


def _part16(edition: str) -> tuple[SourceDocument, ...]:
    return (SourceDocument(part=16, edition=edition, format="chtml", location="-"),)


def test_a_changed_template_row_is_a_changed_record() -> None:
    before = Standard(edition="2024b", sources=_part16("2024b"), templates=(TID_8301,))
    stain, text = TID_8301.rows
    changed = text.model_copy(
        update={"requirement": "U", "condition": parse_row_condition("")}
    )  # as if the text row became optional
    after = Standard(
        edition="2024c",
        sources=_part16("2024c"),
        templates=(TID_8301.model_copy(update={"rows": (stain, changed)}),),
    )
    diff = compare(build_index(before), build_index(after))
    (change,) = diff.changes
    assert (change.kind, change.change, change.key) == ("template_row", "changed", ("8301", "2"))
    assert {f.name: (f.before, f.after) for f in change.fields} == {
        "requirement": ("MC", "U"),
        "condition": ("IF Row 1 not present", ""),
    }
    assert "Template rows (PS3.16)" in render_entry(build_entry(diff))
