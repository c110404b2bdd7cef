"""CID 10002 Irradiation Event Type.

Extensible, version 20051101, UID 1.2.840.10008.6.1.536.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10002
NAME: Final[str] = "Irradiation Event Type"
KEYWORD: Final[str | None] = "IrradiationEventType"
UID: Final[str | None] = "1.2.840.10008.6.1.536"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051101"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Fluoroscopy: Final[Code] = Code("SCT", "44491008", "Fluoroscopy", (10002, 10005))
"""Fluoroscopy (SCT 44491008)."""

StationaryAcquisition: Final[Code] = Code("DCM", "113611", "Stationary Acquisition", (10002,))
"""Stationary Acquisition (DCM 113611)."""

SteppingAcquisition: Final[Code] = Code("DCM", "113612", "Stepping Acquisition", (10002,))
"""Stepping Acquisition (DCM 113612)."""

RotationalAcquisition: Final[Code] = Code("DCM", "113613", "Rotational Acquisition", (10002,))
"""Rotational Acquisition (DCM 113613)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Fluoroscopy,
    StationaryAcquisition,
    SteppingAcquisition,
    RotationalAcquisition,
)
"""The resolved membership: own members, then those of the included groups, in order."""
