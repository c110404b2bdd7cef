"""CID 3531 Oxygen Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.145.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3531
NAME: Final[str] = "Oxygen Administration"
KEYWORD: Final[str | None] = "OxygenAdministration"
UID: Final[str | None] = "1.2.840.10008.6.1.145"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OxygenAdministrationByNasalCannula: Final[Code] = Code(
    "SCT", "371907003", "Oxygen Administration by nasal cannula", (3531,)
)
"""Oxygen Administration by nasal cannula (SCT 371907003)."""

OxygenAdministrationByMask: Final[Code] = Code(
    "SCT", "371908008", "Oxygen Administration by mask", (3531,)
)
"""Oxygen Administration by mask (SCT 371908008)."""

OxygenAdministrationByVentilator: Final[Code] = Code(
    "DCM", "121163", "Oxygen Administration by ventilator", (3531,)
)
"""Oxygen Administration by ventilator (DCM 121163)."""

MEMBERS: Final[tuple[Code, ...]] = (
    OxygenAdministrationByNasalCannula,
    OxygenAdministrationByMask,
    OxygenAdministrationByVentilator,
)
"""The resolved membership: own members, then those of the included groups, in order."""
