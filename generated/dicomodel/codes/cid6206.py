"""CID 6206 Recumbent Patient Orientation for Colon.

Extensible, version 20090402, UID 1.2.840.10008.6.1.793.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6206
NAME: Final[str] = "Recumbent Patient Orientation for Colon"
KEYWORD: Final[str | None] = "RecumbentPatientOrientationForColon"
UID: Final[str | None] = "1.2.840.10008.6.1.793"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090402"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Prone: Final[Code] = Code("SCT", "1240000", "Prone", (20, 6206))
"""Prone (SCT 1240000)."""

Supine: Final[Code] = Code("SCT", "40199007", "Supine", (20, 3262, 3602, 6206))
"""Supine (SCT 40199007)."""

RightLateralDecubitus: Final[Code] = Code("SCT", "102535000", "right lateral decubitus", (20, 6206))
"""right lateral decubitus (SCT 102535000)."""

LeftLateralDecubitus: Final[Code] = Code("SCT", "102536004", "left lateral decubitus", (20, 6206))
"""left lateral decubitus (SCT 102536004)."""

MEMBERS: Final[tuple[Code, ...]] = (Prone, Supine, RightLateralDecubitus, LeftLateralDecubitus)
"""The resolved membership: own members, then those of the included groups, in order."""
