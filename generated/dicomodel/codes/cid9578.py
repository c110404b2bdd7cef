"""CID 9578 Motion Management Setup Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1425.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 9578
NAME: _Final[str] = "Motion Management Setup Device"
KEYWORD: _Final[str | None] = "MotionManagementSetupDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.1425"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210906"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CoachingDevice: _Final[_Code] = _Code("DCM", "130650", "Coaching Device", (9578,))
"""Coaching Device (DCM 130650)."""

PatientDistractionDevice: _Final[_Code] = _Code(
    "DCM", "130651", "Patient Distraction Device", (9578,)
)
"""Patient Distraction Device (DCM 130651)."""

MEMBERS: _Final[tuple[_Code, ...]] = (CoachingDevice, PatientDistractionDevice)
"""The resolved membership: own members, then those of the included groups, in order."""
