"""CID 3706 Overall Contractility.

Extensible, version 20111028, UID 1.2.840.10008.6.1.208.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3706
NAME: Final[str] = "Overall Contractility"
KEYWORD: Final[str | None] = "OverallContractility"
UID: Final[str | None] = "1.2.840.10008.6.1.208"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20111028"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalWallContractility: Final[Code] = Code(
    "SCT", "373129009", "Normal wall contractility", (3706,)
)
"""Normal wall contractility (SCT 373129009)."""

Hyperkinesis: Final[Code] = Code("SCT", "371855002", "Hyperkinesis", (3706,))
"""Hyperkinesis (SCT 371855002)."""

Hypokinesis: Final[Code] = Code("SCT", "37706002", "Hypokinesis", (3703, 3706))
"""Hypokinesis (SCT 37706002)."""

Akinesis: Final[Code] = Code("SCT", "195675009", "Akinesis", (3703, 3706))
"""Akinesis (SCT 195675009)."""

MEMBERS: Final[tuple[Code, ...]] = (NormalWallContractility, Hyperkinesis, Hypokinesis, Akinesis)
"""The resolved membership: own members, then those of the included groups, in order."""
