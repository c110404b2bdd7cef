"""CID 6035 Composite Feature Relation.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.365.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6035
NAME: _Final[str] = "Composite Feature Relation"
KEYWORD: _Final[str | None] = "CompositeFeatureRelation"
UID: _Final[str | None] = "1.2.840.10008.6.1.365"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TargetContentItemsAreRelatedTemporally: _Final[_Code] = _Code(
    "DCM", "111153", "Target Content Items are related temporally", (6035,)
)
"""Target Content Items are related temporally (DCM 111153)."""

TargetContentItemsAreRelatedSpatially: _Final[_Code] = _Code(
    "DCM", "111154", "Target Content Items are related spatially", (6035,)
)
"""Target Content Items are related spatially (DCM 111154)."""

TargetContentItemsAreRelatedContraLaterally: _Final[_Code] = _Code(
    "DCM", "111155", "Target Content Items are related contra-laterally", (6035,)
)
"""Target Content Items are related contra-laterally (DCM 111155)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TargetContentItemsAreRelatedTemporally,
    TargetContentItemsAreRelatedSpatially,
    TargetContentItemsAreRelatedContraLaterally,
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
