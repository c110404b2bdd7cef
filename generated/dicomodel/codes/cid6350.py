"""CID 6350 Endorectal Coil Fill Substance.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1407.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6350
NAME: Final[str] = "Endorectal Coil Fill Substance"
KEYWORD: Final[str | None] = "EndorectalCoilFillSubstance"
UID: Final[str | None] = "1.2.840.10008.6.1.1407"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Air: Final[Code] = Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005)."""

Water: Final[Code] = Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

Perfluorocarbon: Final[Code] = Code("DCM", "130605", "Perfluorocarbon", (6350,))
"""Perfluorocarbon (DCM 130605)."""

BariumSulfateSuspension: Final[Code] = Code(
    "RADLEX", "RID11588", "Barium sulfate suspension", (6350,)
)
"""Barium sulfate suspension (RADLEX RID11588)."""

MEMBERS: Final[tuple[Code, ...]] = (Air, Water, Perfluorocarbon, BariumSulfateSuspension)
"""The resolved membership: own members, then those of the included groups, in order."""
