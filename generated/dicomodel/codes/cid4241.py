"""CID 4241 Ophthalmic Axial Length Selection Method.

Extensible, version 20100623, UID 1.2.840.10008.6.1.887.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4241
NAME: Final[str] = "Ophthalmic Axial Length Selection Method"
KEYWORD: Final[str | None] = "OphthalmicAxialLengthSelectionMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.887"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MeanValueChosen: Final[Code] = Code("DCM", "121412", "Mean value chosen", (224, 4241, 12301))
"""Mean value chosen (DCM 121412)."""

UserChosenValue: Final[Code] = Code("DCM", "121410", "User chosen value", (224, 4241, 4252, 12301))
"""User chosen value (DCM 121410)."""

MEMBERS: Final[tuple[Code, ...]] = (MeanValueChosen, UserChosenValue)
"""The resolved membership: own members, then those of the included groups, in order."""
