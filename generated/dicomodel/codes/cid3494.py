"""CID 3494 IVUS Non Morphological Finding.

Extensible, version 20040614, UID 1.2.840.10008.6.1.128.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3494
NAME: _Final[str] = "IVUS Non Morphological Finding"
KEYWORD: _Final[str | None] = "IVUSNonMorphologicalFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.128"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TrueLumen: _Final[_Code] = _Code("DCM", "122360", "True Lumen", (3494,))
"""True Lumen (DCM 122360)."""

ArterialBloodStasis: _Final[_Code] = _Code("SCT", "408707005", "Arterial Blood Stasis", (3494,))
"""Arterial Blood Stasis (SCT 408707005)."""

IncompleteStentApposition: _Final[_Code] = _Code(
    "SCT", "408709008", "Incomplete Stent apposition", (3494,)
)
"""Incomplete Stent apposition (SCT 408709008)."""

AcquiredIncompleteStentApposition: _Final[_Code] = _Code(
    "SCT", "408710003", "Acquired Incomplete stent apposition", (3494,)
)
"""Acquired Incomplete stent apposition (SCT 408710003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TrueLumen,
    ArterialBloodStasis,
    IncompleteStentApposition,
    AcquiredIncompleteStentApposition,
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
