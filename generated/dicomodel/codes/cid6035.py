"""CID 6035 Composite Feature Relation.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.365.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6035
NAME: Final[str] = "Composite Feature Relation"
KEYWORD: Final[str | None] = "CompositeFeatureRelation"
UID: Final[str | None] = "1.2.840.10008.6.1.365"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TargetContentItemsAreRelatedTemporally: Final[Code] = Code(
    "DCM", "111153", "Target Content Items are related temporally", (6035,)
)
"""Target Content Items are related temporally (DCM 111153)."""

TargetContentItemsAreRelatedSpatially: Final[Code] = Code(
    "DCM", "111154", "Target Content Items are related spatially", (6035,)
)
"""Target Content Items are related spatially (DCM 111154)."""

TargetContentItemsAreRelatedContraLaterally: Final[Code] = Code(
    "DCM", "111155", "Target Content Items are related contra-laterally", (6035,)
)
"""Target Content Items are related contra-laterally (DCM 111155)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TargetContentItemsAreRelatedTemporally,
    TargetContentItemsAreRelatedSpatially,
    TargetContentItemsAreRelatedContraLaterally,
)
"""The resolved membership: own members, then those of the included groups, in order."""
