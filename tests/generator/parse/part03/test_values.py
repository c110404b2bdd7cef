"""Value lists: which attribute a list belongs to."""

from __future__ import annotations

from generator.ir.modules import ValueKind
from generator.parse.part03.values import parse_title


def test_a_list_titled_for_another_attribute_is_not_taken() -> None:
    # C.8.20.2.3 "Enumerated Values of Segmentation Fractional Type (0062,0010):" is
    # referenced from Segmentation Type (0062,0001) too; it belongs to (0062,0010) only.
    title = "Enumerated Values of Segmentation Fractional Type (0062,0010):"
    assert parse_title(title, "(0062,0001)") is None
    taken = parse_title(title, "(0062,0010)")
    assert taken is not None
    assert taken.kind is ValueKind.ENUMERATED
