"""CID 605 Animal Bedding Material.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1070.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 605
NAME: _Final[str] = "Animal Bedding Material"
KEYWORD: _Final[str | None] = "AnimalBeddingMaterial"
UID: _Final[str | None] = "1.2.840.10008.6.1.1070"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AspenChipBedding: _Final[_Code] = _Code("DCM", "127230", "Aspen chip bedding", (605,))
"""Aspen chip bedding (DCM 127230)."""

AspenShavingBedding: _Final[_Code] = _Code("DCM", "127231", "Aspen shaving bedding", (605,))
"""Aspen shaving bedding (DCM 127231)."""

CornCobBedding: _Final[_Code] = _Code("DCM", "127232", "Corn cob bedding", (605,))
"""Corn cob bedding (DCM 127232)."""

PaperBasedBedding: _Final[_Code] = _Code("DCM", "127233", "Paper-based bedding", (605,))
"""Paper-based bedding (DCM 127233)."""

PineChipBedding: _Final[_Code] = _Code("DCM", "127234", "Pine chip bedding", (605,))
"""Pine chip bedding (DCM 127234)."""

PineShavingBedding: _Final[_Code] = _Code("DCM", "127235", "Pine shaving bedding", (605,))
"""Pine shaving bedding (DCM 127235)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AspenChipBedding,
    AspenShavingBedding,
    CornCobBedding,
    PaperBasedBedding,
    PineChipBedding,
    PineShavingBedding,
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
