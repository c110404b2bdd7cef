"""CID 12231 Volume Flow Method.

Extensible, version 20030918, UID 1.2.840.10008.6.1.622.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12231
NAME: Final[str] = "Volume Flow Method"
KEYWORD: Final[str | None] = "VolumeFlowMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.622"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DopplerVolumeFlow: Final[Code] = Code("DCM", "125219", "Doppler Volume Flow", (12231,))
"""Doppler Volume Flow (DCM 125219)."""

ProximalIsovelocitySurfaceArea: Final[Code] = Code(
    "DCM", "125216", "Proximal Isovelocity Surface Area", (12229, 12231)
)
"""Proximal Isovelocity Surface Area (DCM 125216)."""

MEMBERS: Final[tuple[Code, ...]] = (DopplerVolumeFlow, ProximalIsovelocitySurfaceArea)
"""The resolved membership: own members, then those of the included groups, in order."""
