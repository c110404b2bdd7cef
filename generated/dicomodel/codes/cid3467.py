"""CID 3467 Ejection Fraction.

Extensible, version 20040614, UID 1.2.840.10008.6.1.109.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3467
NAME: Final[str] = "Ejection Fraction"
KEYWORD: Final[str | None] = "EjectionFraction"
UID: Final[str | None] = "1.2.840.10008.6.1.109"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricularEjectionFractionByAngiography: Final[Code] = Code(
    "LN", "8808-8", "Left Ventricular Ejection Fraction by Angiography", (3467,)
)
"""Left Ventricular Ejection Fraction by Angiography (LN 8808-8)."""

RightVentricularEjectionFractionByAngiography: Final[Code] = Code(
    "LN", "8815-3", "Right Ventricular Ejection Fraction by Angiography", (3467,)
)
"""Right Ventricular Ejection Fraction by Angiography (LN 8815-3)."""

LeftAtrialEjectionFractionByAngiography: Final[Code] = Code(
    "DCM", "122406", "Left Atrial Ejection Fraction by Angiography", (3467,)
)
"""Left Atrial Ejection Fraction by Angiography (DCM 122406)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LeftVentricularEjectionFractionByAngiography,
    RightVentricularEjectionFractionByAngiography,
    LeftAtrialEjectionFractionByAngiography,
)
"""The resolved membership: own members, then those of the included groups, in order."""
