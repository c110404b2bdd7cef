"""CID 3821 Papillary Muscle Included/Excluded.

Extensible, version 20051103, UID 1.2.840.10008.6.1.277.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3821
NAME: _Final[str] = "Papillary Muscle Included/Excluded"
KEYWORD: _Final[str | None] = "PapillaryMuscleIncludedExcluded"
UID: _Final[str | None] = "1.2.840.10008.6.1.277"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PapillaryMuscleExcluded: _Final[_Code] = _Code(
    "DCM", "122620", "Papillary Muscle Excluded", (3821,)
)
"""Papillary Muscle Excluded (DCM 122620)."""

PapillaryMuscleIncluded: _Final[_Code] = _Code(
    "DCM", "122621", "Papillary Muscle Included", (3821,)
)
"""Papillary Muscle Included (DCM 122621)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PapillaryMuscleExcluded, PapillaryMuscleIncluded)
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
