"""CID 224 Selection Method.

Extensible, version 20030327, UID 1.2.840.10008.6.1.29.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 224
NAME: Final[str] = "Selection Method"
KEYWORD: Final[str | None] = "SelectionMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.29"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UserChosenValue: Final[Code] = Code("DCM", "121410", "User chosen value", (224, 4241, 4252, 12301))
"""User chosen value (DCM 121410)."""

MostRecentValueChosen: Final[Code] = Code("DCM", "121411", "Most recent value chosen", (224, 12301))
"""Most recent value chosen (DCM 121411)."""

MeanValueChosen: Final[Code] = Code("DCM", "121412", "Mean value chosen", (224, 4241, 12301))
"""Mean value chosen (DCM 121412)."""

MEMBERS: Final[tuple[Code, ...]] = (UserChosenValue, MostRecentValueChosen, MeanValueChosen)
"""The resolved membership: own members, then those of the included groups, in order."""
