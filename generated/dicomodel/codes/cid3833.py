"""CID 3833 Cardiac Ejection Fraction.

Extensible, version 20051103, UID 1.2.840.10008.6.1.284.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3833
NAME: Final[str] = "Cardiac Ejection Fraction"
KEYWORD: Final[str | None] = "CardiacEjectionFraction"
UID: Final[str | None] = "1.2.840.10008.6.1.284"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricularEjectionFractionByCT: Final[Code] = Code(
    "LN", "8810-4", "Left ventricular ejection fraction by CT", (3833,)
)
"""Left ventricular ejection fraction by CT (LN 8810-4)."""

RightVentricularEjectionFractionByCT: Final[Code] = Code(
    "LN", "8817-9", "Right ventricular ejection fraction by CT", (3833,)
)
"""Right ventricular ejection fraction by CT (LN 8817-9)."""

LeftVentricularEjectionFractionByMR: Final[Code] = Code(
    "LN", "8811-2", "Left ventricular ejection fraction by MR", (3833,)
)
"""Left ventricular ejection fraction by MR (LN 8811-2)."""

RightVentricularEjectionFractionByMR: Final[Code] = Code(
    "LN", "8818-7", "Right ventricular ejection fraction by MR", (3833,)
)
"""Right ventricular ejection fraction by MR (LN 8818-7)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricularEjectionFractionByCT,
    RightVentricularEjectionFractionByCT,
    LeftVentricularEjectionFractionByMR,
    RightVentricularEjectionFractionByMR,
)
"""The resolved membership: own members, then those of the included groups, in order."""
