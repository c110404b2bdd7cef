"""CID 7197 Body Substance Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1196.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7197
NAME: _Final[str] = "Body Substance Segmentation Property Type"
KEYWORD: _Final[str | None] = "BodySubstanceSegmentationPropertyType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1196"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Bile: _Final[_Code] = _Code("SCT", "70150004", "Bile", (7197,))
"""Bile (SCT 70150004)."""

BodyFluid: _Final[_Code] = _Code("SCT", "32457005", "Body fluid", (7197,))
"""Body fluid (SCT 32457005)."""

Feces: _Final[_Code] = _Code("SCT", "39477002", "Feces", (6201, 7197))
"""Feces (SCT 39477002)."""

Gas: _Final[_Code] = _Code("SCT", "74947009", "Gas", (7197,))
"""Gas (SCT 74947009)."""

Urine: _Final[_Code] = _Code("SCT", "78014005", "Urine", (7197,))
"""Urine (SCT 78014005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Bile, BodyFluid, Feces, Gas, Urine)
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
