"""CID 7222 Parametric Map Derivation Image Purpose of Reference.

Extensible, version 20141110, UID 1.2.840.10008.6.1.1009.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7222
NAME: _Final[str] = "Parametric Map Derivation Image Purpose of Reference"
KEYWORD: _Final[str | None] = "ParametricMapDerivationImagePurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.1009"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SourceImageForImageProcessingOperation: _Final[_Code] = _Code(
    "DCM", "121322", "Source Image for Image Processing Operation", (4264, 7202, 7222)
)
"""Source Image for Image Processing Operation (DCM 121322)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SourceImageForImageProcessingOperation,)
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
