"""CID 3233 ST Segment Morphology.

Extensible, version 20080927, UID 1.2.840.10008.6.1.779.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3233
NAME: _Final[str] = "ST Segment Morphology"
KEYWORD: _Final[str | None] = "STSegmentMorphology"
UID: _Final[str | None] = "1.2.840.10008.6.1.779"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

STDepressionHorizontal: _Final[_Code] = _Code(
    "DCM", "122757", "ST Depression - Horizontal", (3233,)
)
"""ST Depression - Horizontal (DCM 122757)."""

STDepressionUpsloping: _Final[_Code] = _Code("DCM", "122758", "ST Depression - Upsloping", (3233,))
"""ST Depression - Upsloping (DCM 122758)."""

STDepressionDownsloping: _Final[_Code] = _Code(
    "DCM", "122759", "ST Depression - Downsloping", (3233,)
)
"""ST Depression - Downsloping (DCM 122759)."""

STElevation: _Final[_Code] = _Code("SCT", "76388001", "ST Elevation", (3230, 3233))
"""ST Elevation (SCT 76388001)."""

STDepression: _Final[_Code] = _Code("SCT", "26141007", "ST Depression", (3230, 3233))
"""ST Depression (SCT 26141007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    STDepressionHorizontal,
    STDepressionUpsloping,
    STDepressionDownsloping,
    STElevation,
    STDepression,
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
