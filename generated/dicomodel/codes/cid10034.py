"""CID 10034 Reason for Repeating Acquisition.

Extensible, version 20170418, UID 1.2.840.10008.6.1.1175.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10034
NAME: Final[str] = "Reason for Repeating Acquisition"
KEYWORD: Final[str | None] = "ReasonForRepeatingAcquisition"
UID: Final[str | None] = "1.2.840.10008.6.1.1175"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170418"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PatientMotion: Final[Code] = Code("DCM", "128553", "Patient motion", (10034,))
"""Patient motion (DCM 128553)."""

SuboptimalContrastTiming: Final[Code] = Code(
    "DCM", "128554", "Suboptimal contrast timing", (10034,)
)
"""Suboptimal contrast timing (DCM 128554)."""

MEMBERS: Final[tuple[Code, ...]] = (PatientMotion, SuboptimalContrastTiming)
"""The resolved membership: own members, then those of the included groups, in order."""
