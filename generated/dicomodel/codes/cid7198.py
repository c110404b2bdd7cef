"""CID 7198 Substance Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1197.
Includes CID 6402.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7198
NAME: _Final[str] = "Substance Segmentation Property Type"
KEYWORD: _Final[str | None] = "SubstanceSegmentationPropertyType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1197"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = (6402,)
EXTERNAL_SCHEME: _Final[str | None] = None

ContrastAgent: _Final[_Code] = _Code("SCT", "7140000", "Contrast agent", (12, 6402))
"""Contrast agent (SCT 7140000). Included from CID 6402."""

MEMBERS: _Final[tuple[_Code, ...]] = (ContrastAgent,)
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
