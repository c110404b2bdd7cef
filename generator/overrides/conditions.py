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


FIXES: tuple[ConditionFix, ...] = (
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
    ConditionFix(
        table="table_C.8-50",
        path="(300A,00B0)>(300A,0111)>(3008,00A2)",
        published="Required for first Item of Control Point Sequence (300A,0111), or if the "
        "values of the Beam Limiting Device change during Beam and if Enhanced RT Beam Limiting "
        "Device Definition Flag (3008,00A3) is present and has the value YES.",
        replacement="Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) "
        "is present and has the value YES and either the first Item of Control Point "
        "Sequence (300A,0111) or the values of the Beam Limiting Device change during Beam.",
        reason="PS3.3 2024c Table C.8-50 (RT Beams Module): the Enhanced RT Beam Limiting "
        "Opening Sequence describes the devices of the Enhanced RT Beam Limiting Device "
        "Sequence (3008,00A1), which is present only when the Definition Flag is YES "
        "(C.8.8.14.21); read literally, every plan without the flag would need it in its "
        "first control point",
    ),
    ConditionFix(
        table="table_C.8-57",
        path="(3008,0020)>(3008,0040)>(3008,00A2)",
        published="Required for the first Control Point of Control Point Delivery Sequence "
        "(3008,0040), or if the values of Beam Limiting Device change during the Beam and if "
        "Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) has the value YES.",
        replacement="Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) "
        "has the value YES and either the first Control Point of Control Point "
        "Delivery Sequence (3008,0040) or the values of Beam Limiting Device change during "
        "the Beam.",
        reason="PS3.3 2024c Table C.8-57 (RT Beams Session Record Module): as for Table "
        "C.8-50, the flag governs both cases",
    ),
)

_BY_ROW = {(fix.table, fix.path): fix for fix in FIXES}


def fixed_text(table: str, path: str, published: str) -> str | None:
    """The text to read for this row, or ``None`` when no fix applies."""
    fix = _BY_ROW.get((table, path))
    if fix is None or fix.published != published:
        return None
    return fix.replacement
