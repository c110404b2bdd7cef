"""CID 12141 Fetal Vasculature Anatomical Location.

Extensible, version 20040322, UID 1.2.840.10008.6.1.592.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12141
NAME: Final[str] = "Fetal Vasculature Anatomical Location"
KEYWORD: Final[str | None] = "FetalVasculatureAnatomicalLocation"
UID: Final[str | None] = "1.2.840.10008.6.1.592"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040322"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Aorta: Final[Code] = Code("SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223))
"""Aorta (SCT 15825003)."""

DescendingAorta: Final[Code] = Code("SCT", "281130003", "Descending Aorta", (6117, 12141))
"""Descending Aorta (SCT 281130003)."""

MiddleCerebralArtery: Final[Code] = Code(
    "SCT", "17232002", "Middle Cerebral Artery", (12105, 12141)
)
"""Middle Cerebral Artery (SCT 17232002)."""

PulmonaryVein: Final[Code] = Code(
    "SCT", "122972007", "Pulmonary Vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary Vein (SCT 122972007)."""

PulmonaryArtery: Final[Code] = Code(
    "SCT", "81040000", "Pulmonary Artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary Artery (SCT 81040000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Aorta,
    DescendingAorta,
    MiddleCerebralArtery,
    PulmonaryVein,
    PulmonaryArtery,
)
"""The resolved membership: own members, then those of the included groups, in order."""
