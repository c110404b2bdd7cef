"""VR and VM vocabularies are parsed exhaustively; anything else is an error."""

from __future__ import annotations

import pytest

from generator.errors import ParseError
from generator.ir.vocabulary import VR, check_vm, parse_vrs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PN", (VR.PN,)),
        ("US or SS", (VR.US, VR.SS)),
        ("US or SS or OW", (VR.US, VR.SS, VR.OW)),
        ("OB or\u00a0OW", (VR.OB, VR.OW)),
        ("See Note 2", ()),
        ("", ()),
    ],
)
def test_vr_text_parses(text: str, expected: tuple[VR, ...]) -> None:
    assert parse_vrs(text, "test") == expected


@pytest.mark.parametrize("text", ["XX", "PN/SH", "US or", "pn"])
def test_bad_vr_names_the_place(text: str) -> None:
    with pytest.raises(ParseError, match="Table 6-1 row 7"):
        parse_vrs(text, "Table 6-1 row 7")


def test_all_34_vrs() -> None:
    assert len(VR) == 34


@pytest.mark.parametrize("text", ["1", "1-n", "2-2n", "3-3n", "1-32", "1 - n", "0-1", "1-n or 1"])
def test_vm_accepts_published_forms(text: str) -> None:
    assert check_vm(text, "test") == text.replace(" - ", "-")


@pytest.mark.parametrize("text", ["n", "1-", "one", "1-2-3", "1 or"])
def test_bad_vm_is_an_error(text: str) -> None:
    with pytest.raises(ParseError, match="is not a Value Multiplicity"):
        check_vm(text, "Table 6-1 (0010,0010)")
