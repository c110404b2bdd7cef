"""CID 6085 Therapies for Breast.

Extensible, version 20230630, UID 1.2.840.10008.6.1.407.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6085
NAME: Final[str] = "Therapies for Breast"
KEYWORD: Final[str | None] = "TherapiesForBreast"
UID: Final[str | None] = "1.2.840.10008.6.1.407"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Chemotherapy: Final[Code] = Code("SCT", "367336001", "Chemotherapy", (6085,))
"""Chemotherapy (SCT 367336001)."""

RadiationTherapy: Final[Code] = Code("SCT", "108290001", "Radiation therapy", (6085,))
"""Radiation therapy (SCT 108290001)."""

HormoneTherapy: Final[Code] = Code("SCT", "169413002", "Hormone therapy", (6085,))
"""Hormone therapy (SCT 169413002)."""

BoneMarrowTransplant: Final[Code] = Code("SCT", "23719005", "Bone marrow transplant", (6085,))
"""Bone marrow transplant (SCT 23719005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Chemotherapy,
    RadiationTherapy,
    HormoneTherapy,
    BoneMarrowTransplant,
)
"""The resolved membership: own members, then those of the included groups, in order."""
