"""Condition texts of PS3.3 2024c that the grammar must read differently, with the reason.

Each fix names its table and tag path and replaces the text the grammar reads;
the IR keeps the published text (and the rule records that an override applied).
A fix applies only while the published text is the one it was written for.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConditionFix:
    """Read ``replacement`` instead of ``published`` in ``table`` at ``path``."""

    table: str
    path: str
    published: str
    replacement: str
    reason: str


_C36_SEGMENT_REFERENCE = (
    "PS3.3 2024c Section C.36.9.1.1 (Table C.36.9-2 Permitted SOP Classes): the "
    "Referencing Attribute that the SOP Class UID of the Referenced SOP Sequence "
    "(0008,1199) item requires; the SOP Instance Reference Macro (Table 10-11) holds it "
    "as Referenced SOP Class UID (0008,1150)"
)
_SEGMENT_ROWS = (
    ("(0062,000B)", "1.2.840.10008.5.1.4.1.1.66.4 or 1.2.840.10008.5.1.4.1.1.66.5"),
    ("(3010,0031)", "1.2.840.10008.5.1.4.1.1.66.2"),
    ("(3006,0084)", "1.2.840.10008.5.1.4.1.1.481.3"),
    ("(0066,002C)", "1.2.840.10008.5.1.4.1.1.68.1"),
)

FIXES: tuple[ConditionFix, ...] = (
    *(
        ConditionFix(
            table="table_C.36.9-1",
            path=f"(3010,0021)>(3010,0023)>{tag}",
            published="Required as described in Section C.36.9.1.1.",
            replacement="Required if Referenced SOP Class UID (0008,1150) in Referenced SOP "
            f"Sequence (0008,1199) is {uids}.",
            reason=_C36_SEGMENT_REFERENCE,
        )
        for tag, uids in _SEGMENT_ROWS
    ),
    ConditionFix(
        table="table_C.36.2.4.4-1",
        path="(3002,012D)",
        published="Required ifImaging Aperture Specification Type (3002,0115) does not have a "
        "value of OPEN.",
        replacement="Required if Imaging Aperture Specification Type (3002,0115) does not have "
        "a value of OPEN.",
        reason="PS3.3 2024c Table C.36.2.4.4-1 (Imaging Aperture Macro): the space after 'if' "
        "is missing in the published text",
    ),
    ConditionFix(
        table="table_C.36.2.2.19-1",
        path="(300A,0647)>(3008,00A4)",
        published="Required if Parallel RT Beam Delimiter Opening Mode (300A,064E) has the value "
        "BINARY. Maybe be present otherwise.",
        replacement="Required if Parallel RT Beam Delimiter Opening Mode (300A,064E) has the "
        "value BINARY. May be present otherwise.",
        reason="PS3.3 2024c Table C.36.2.2.19-1: 'Maybe be present otherwise' is a typo of "
        "the usual 'May be present otherwise'",
    ),
    ConditionFix(
        table="table_C.8-77",
        path="(0008,1140)",
        published="Required if Image Type (0008,0008) Value 3 is present and has a value of "
        '"STEREO L" or "STEREO R". May also be present otherwise.',
        replacement="Required if Image Type (0008,0008) Value 3 is present and has a value of "
        '"STEREO L" or "STEREO R". May be present otherwise.',
        reason="PS3.3 2024c Table C.8-77 (Ophthalmic Photography Image Module): 'May also be "
        "present otherwise' says no more than the usual 'May be present otherwise'",
    ),
)

_BY_ROW = {(fix.table, fix.path): fix for fix in FIXES}


def fixed_text(table: str, path: str, published: str) -> str | None:
    """The text to read for this row, or ``None`` when no fix applies."""
    fix = _BY_ROW.get((table, path))
    if fix is None or fix.published != published:
        return None
    return fix.replacement
