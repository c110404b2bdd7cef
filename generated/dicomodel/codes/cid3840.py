"""CID 3840 Pulmonary Vein.

Extensible, version 20110818, UID 1.2.840.10008.6.1.290.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3840
NAME: _Final[str] = "Pulmonary Vein"
KEYWORD: _Final[str | None] = "PulmonaryVein"
UID: _Final[str | None] = "1.2.840.10008.6.1.290"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110818"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PulmonaryVein: _Final[_Code] = _Code("SCT", "430757002", "Pulmonary Vein", (3840, 12283, 12305))
"""Pulmonary Vein (SCT 430757002)."""

LeftPulmonaryVein: _Final[_Code] = _Code("SCT", "27706005", "Left Pulmonary Vein", (3840,))
"""Left Pulmonary Vein (SCT 27706005)."""

InferiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "51249003", "Inferior Left Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Inferior Left Pulmonary Vein (SCT 51249003)."""

SuperiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "43863001", "Superior Left Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Superior Left Pulmonary Vein (SCT 43863001)."""

RightPulmonaryVein: _Final[_Code] = _Code("SCT", "91539005", "Right Pulmonary Vein", (3840,))
"""Right Pulmonary Vein (SCT 91539005)."""

InferiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "113273001", "Inferior Right Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Inferior Right Pulmonary Vein (SCT 113273001)."""

SuperiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "8629005", "Superior Right Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Superior Right Pulmonary Vein (SCT 8629005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PulmonaryVein,
    LeftPulmonaryVein,
    InferiorLeftPulmonaryVein,
    SuperiorLeftPulmonaryVein,
    RightPulmonaryVein,
    InferiorRightPulmonaryVein,
    SuperiorRightPulmonaryVein,
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
