"""CID 3839 Coronary Vein.

Extensible, version 20110818, UID 1.2.840.10008.6.1.289.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3839
NAME: Final[str] = "Coronary Vein"
KEYWORD: Final[str | None] = "CoronaryVein"
UID: Final[str | None] = "1.2.840.10008.6.1.289"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110818"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AzygosVein: Final[Code] = Code("SCT", "72107004", "Azygos Vein", (3010, 3607, 3839, 6117))
"""Azygos Vein (SCT 72107004)."""

CoronarySinus: Final[Code] = Code("SCT", "90219004", "Coronary Sinus", (3010, 3011, 3608, 3839))
"""Coronary Sinus (SCT 90219004)."""

GreatCardiacVein: Final[Code] = Code("SCT", "5928000", "Great Cardiac Vein", (3010, 3011, 3839))
"""Great Cardiac Vein (SCT 5928000)."""

SmallCardiacVein: Final[Code] = Code("SCT", "49082002", "Small Cardiac Vein", (3839,))
"""Small Cardiac Vein (SCT 49082002)."""

AnteriorCardiacVein: Final[Code] = Code("SCT", "194996006", "Anterior Cardiac Vein", (3010, 3839))
"""Anterior Cardiac Vein (SCT 194996006)."""

AtrialVein: Final[Code] = Code("SCT", "195164009", "Atrial Vein", (3839,))
"""Atrial Vein (SCT 195164009)."""

AtrioventricularVein: Final[Code] = Code("SCT", "195496005", "Atrioventricular Vein", (3839,))
"""Atrioventricular Vein (SCT 195496005)."""

MiddleCardiacVein: Final[Code] = Code("SCT", "73580002", "Middle Cardiac Vein", (3011, 3839))
"""Middle Cardiac Vein (SCT 73580002)."""

VentricularVein: Final[Code] = Code("SCT", "195328002", "Ventricular Vein", (3839,))
"""Ventricular Vein (SCT 195328002)."""

SmallestCardiacVein: Final[Code] = Code("SCT", "195073003", "Smallest Cardiac Vein", (3839,))
"""Smallest Cardiac Vein (SCT 195073003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AzygosVein,
    CoronarySinus,
    GreatCardiacVein,
    SmallCardiacVein,
    AnteriorCardiacVein,
    AtrialVein,
    AtrioventricularVein,
    MiddleCardiacVein,
    VentricularVein,
    SmallestCardiacVein,
)
"""The resolved membership: own members, then those of the included groups, in order."""
