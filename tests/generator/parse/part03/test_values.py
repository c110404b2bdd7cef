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


def test_a_list_for_the_bits_of_a_bit_field_is_no_value_list() -> None:
    # C.8.5.5.1.3 Region Flags (0018,6016): "Enumerated Values for Bit 0 (lsb):" gives
    # the meaning of one bit; the value (a UL such as 3) is no member of such a list.
    for title in (
        "Enumerated Values for Bit 0 (lsb):",
        "Enumerated Values for Bit 3-4 Scrolling Region:",
    ):
        assert parse_title(title, "(0018,6016)") is None
    assert parse_title("Enumerated Values for Value 1:", "(0018,6016)") is not None
