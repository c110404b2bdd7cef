"""CID 12301 Measurement Selection Reason.

Extensible, version 20161109, UID 1.2.840.10008.6.1.1142.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12301
NAME: Final[str] = "Measurement Selection Reason"
KEYWORD: Final[str | None] = "MeasurementSelectionReason"
UID: Final[str | None] = "1.2.840.10008.6.1.1142"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20161109"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Maximum: Final[Code] = Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009)."""

Minimum: Final[Code] = Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001)."""

UserChosenValue: Final[Code] = Code("DCM", "121410", "User chosen value", (224, 4241, 4252, 12301))
"""User chosen value (DCM 121410)."""

MostRecentValueChosen: Final[Code] = Code("DCM", "121411", "Most recent value chosen", (224, 12301))
"""Most recent value chosen (DCM 121411)."""

MeanValueChosen: Final[Code] = Code("DCM", "121412", "Mean value chosen", (224, 4241, 12301))
"""Mean value chosen (DCM 121412)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Maximum,
    Minimum,
    UserChosenValue,
    MostRecentValueChosen,
    MeanValueChosen,
)
"""The resolved membership: own members, then those of the included groups, in order."""
