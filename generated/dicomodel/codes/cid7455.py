"""CID 7455 Sex.

Non-extensible, version 20040112, UID 1.2.840.10008.6.1.519.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7455
NAME: Final[str] = "Sex"
KEYWORD: Final[str | None] = "Sex"
UID: Final[str | None] = "1.2.840.10008.6.1.519"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Male: Final[Code] = Code("DCM", "M", "Male", (7455, 7457))
"""Male (DCM M)."""

Female: Final[Code] = Code("DCM", "F", "Female", (7455, 7457))
"""Female (DCM F)."""

UnknownSex: Final[Code] = Code("DCM", "U", "Unknown sex", (7455,))
"""Unknown sex (DCM U)."""

MalePseudohermaphrodite: Final[Code] = Code("DCM", "MP", "Male Pseudohermaphrodite", (7455,))
"""Male Pseudohermaphrodite (DCM MP)."""

FemalePseudohermaphrodite: Final[Code] = Code("DCM", "FP", "Female Pseudohermaphrodite", (7455,))
"""Female Pseudohermaphrodite (DCM FP)."""

Hermaphrodite: Final[Code] = Code("DCM", "H", "Hermaphrodite", (7455,))
"""Hermaphrodite (DCM H)."""

MaleChangedToFemale: Final[Code] = Code("DCM", "MC", "Male changed to Female", (7455,))
"""Male changed to Female (DCM MC)."""

FemaleChangedToMale: Final[Code] = Code("DCM", "FC", "Female changed to Male", (7455,))
"""Female changed to Male (DCM FC)."""

AmbiguousSex: Final[Code] = Code("DCM", "121104", "Ambiguous sex", (7455,))
"""Ambiguous sex (DCM 121104)."""

OtherSex: Final[Code] = Code("DCM", "121102", "Other sex", (7455,))
"""Other sex (DCM 121102)."""

UndeterminedSex: Final[Code] = Code("DCM", "121103", "Undetermined sex", (7455,))
"""Undetermined sex (DCM 121103)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Male,
    Female,
    UnknownSex,
    MalePseudohermaphrodite,
    FemalePseudohermaphrodite,
    Hermaphrodite,
    MaleChangedToFemale,
    FemaleChangedToMale,
    AmbiguousSex,
    OtherSex,
    UndeterminedSex,
)
"""The resolved membership: own members, then those of the included groups, in order."""
