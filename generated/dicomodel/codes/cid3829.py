"""CID 3829 Pulmonary Artery.

Extensible, version 20110818, UID 1.2.840.10008.6.1.281.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3829
NAME: Final[str] = "Pulmonary Artery"
KEYWORD: Final[str | None] = "PulmonaryArtery"
UID: Final[str | None] = "1.2.840.10008.6.1.281"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110818"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TrunkOfPulmonaryArtery: Final[Code] = Code(
    "SCT", "45341000", "Trunk of pulmonary artery", (3829, 6117, 12290, 12305)
)
"""Trunk of pulmonary artery (SCT 45341000)."""

SuprapulmonicValveArea: Final[Code] = Code("SCT", "79142001", "Suprapulmonic valve area", (3829,))
"""Suprapulmonic valve area (SCT 79142001)."""

PulmonaryValveSinuses: Final[Code] = Code("SCT", "90315007", "pulmonary valve sinuses", (3829,))
"""pulmonary valve sinuses (SCT 90315007)."""

LeftPulmonaryArtery: Final[Code] = Code(
    "SCT", "50408007", "Left pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Left pulmonary artery (SCT 50408007)."""

RightPulmonaryArtery: Final[Code] = Code(
    "SCT", "78480002", "Right pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Right pulmonary artery (SCT 78480002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TrunkOfPulmonaryArtery,
    SuprapulmonicValveArea,
    PulmonaryValveSinuses,
    LeftPulmonaryArtery,
    RightPulmonaryArtery,
)
"""The resolved membership: own members, then those of the included groups, in order."""
