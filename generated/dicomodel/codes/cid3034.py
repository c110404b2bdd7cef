"""CID 3034 Body Position Channel.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1332.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3034
NAME: Final[str] = "Body Position Channel"
KEYWORD: Final[str | None] = "BodyPositionChannel"
UID: Final[str | None] = "1.2.840.10008.6.1.1332"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PatientPosition: Final[Code] = Code("DCM", "130410", "Patient position", (3034,))
"""Patient position (DCM 130410)."""

PatientRotationLongitudinal: Final[Code] = Code(
    "DCM", "130411", "Patient rotation longitudinal", (3034,)
)
"""Patient rotation longitudinal (DCM 130411)."""

PatientElevation: Final[Code] = Code("DCM", "130412", "Patient elevation", (3034,))
"""Patient elevation (DCM 130412)."""

MEMBERS: Final[tuple[Code, ...]] = (PatientPosition, PatientRotationLongitudinal, PatientElevation)
"""The resolved membership: own members, then those of the included groups, in order."""
