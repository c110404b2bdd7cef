"""CID 3807 Volume Measurement Method.

Extensible, version 20051103, UID 1.2.840.10008.6.1.268.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3807
NAME: Final[str] = "Volume Measurement Method"
KEYWORD: Final[str | None] = "VolumeMeasurementMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.268"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AreaBasedMethod: Final[Code] = Code("DCM", "122650", "Area Based Method", (3804, 3807))
"""Area Based Method (DCM 122650)."""

DiameterBasedMethod: Final[Code] = Code("DCM", "122651", "Diameter Based Method", (3804, 3807))
"""Diameter Based Method (DCM 122651)."""

VolumeBasedMethod: Final[Code] = Code("DCM", "122652", "Volume Based Method", (3807,))
"""Volume Based Method (DCM 122652)."""

MEMBERS: Final[tuple[Code, ...]] = (AreaBasedMethod, DiameterBasedMethod, VolumeBasedMethod)
"""The resolved membership: own members, then those of the included groups, in order."""
