"""CID 6066 Target Confirmation.

Extensible, version 20040112, UID 1.2.840.10008.6.1.395.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6066
NAME: _Final[str] = "Target Confirmation"
KEYWORD: _Final[str | None] = "TargetConfirmation"
UID: _Final[str | None] = "1.2.840.10008.6.1.395"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TargetContainedInTheSpecimen: _Final[_Code] = _Code(
    "DCM", "111443", "Target contained in the specimen", (6066,)
)
"""Target contained in the specimen (DCM 111443)."""

TargetPartiallyObtainedInTheSpecimen: _Final[_Code] = _Code(
    "DCM", "111444", "Target partially obtained in the specimen", (6066,)
)
"""Target partially obtained in the specimen (DCM 111444)."""

TargetNotInTheSpecimen: _Final[_Code] = _Code(
    "DCM", "111445", "Target not in the specimen", (6066,)
)
"""Target not in the specimen (DCM 111445)."""

CalcificationsSeenInTheCore: _Final[_Code] = _Code(
    "DCM", "111446", "Calcifications seen in the core", (6066,)
)
"""Calcifications seen in the core (DCM 111446)."""

LesionCompletelyRemoved: _Final[_Code] = _Code(
    "DCM", "111447", "Lesion completely removed", (6066,)
)
"""Lesion completely removed (DCM 111447)."""

LesionPartiallyRemoved: _Final[_Code] = _Code("DCM", "111448", "Lesion partially removed", (6066,))
"""Lesion partially removed (DCM 111448)."""

FluidObtained: _Final[_Code] = _Code("DCM", "111449", "Fluid obtained", (6066,))
"""Fluid obtained (DCM 111449)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TargetContainedInTheSpecimen,
    TargetPartiallyObtainedInTheSpecimen,
    TargetNotInTheSpecimen,
    CalcificationsSeenInTheCore,
    LesionCompletelyRemoved,
    LesionPartiallyRemoved,
    FluidObtained,
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
