"""CID 7455 Sex.

Non-extensible, version 20040112, UID 1.2.840.10008.6.1.519.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7455
NAME: _Final[str] = "Sex"
KEYWORD: _Final[str | None] = "Sex"
UID: _Final[str | None] = "1.2.840.10008.6.1.519"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Male: _Final[_Code] = _Code("DCM", "M", "Male", (7455, 7457))
"""Male (DCM M)."""

Female: _Final[_Code] = _Code("DCM", "F", "Female", (7455, 7457))
"""Female (DCM F)."""

UnknownSex: _Final[_Code] = _Code("DCM", "U", "Unknown sex", (7455,))
"""Unknown sex (DCM U)."""

MalePseudohermaphrodite: _Final[_Code] = _Code("DCM", "MP", "Male Pseudohermaphrodite", (7455,))
"""Male Pseudohermaphrodite (DCM MP)."""

FemalePseudohermaphrodite: _Final[_Code] = _Code("DCM", "FP", "Female Pseudohermaphrodite", (7455,))
"""Female Pseudohermaphrodite (DCM FP)."""

Hermaphrodite: _Final[_Code] = _Code("DCM", "H", "Hermaphrodite", (7455,))
"""Hermaphrodite (DCM H)."""

MaleChangedToFemale: _Final[_Code] = _Code("DCM", "MC", "Male changed to Female", (7455,))
"""Male changed to Female (DCM MC)."""

FemaleChangedToMale: _Final[_Code] = _Code("DCM", "FC", "Female changed to Male", (7455,))
"""Female changed to Male (DCM FC)."""

AmbiguousSex: _Final[_Code] = _Code("DCM", "121104", "Ambiguous sex", (7455,))
"""Ambiguous sex (DCM 121104)."""

OtherSex: _Final[_Code] = _Code("DCM", "121102", "Other sex", (7455,))
"""Other sex (DCM 121102)."""

UndeterminedSex: _Final[_Code] = _Code("DCM", "121103", "Undetermined sex", (7455,))
"""Undetermined sex (DCM 121103)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
