"""CID 6000 Overall Breast Composition.

Extensible, version 20020904, UID 1.2.840.10008.6.1.330.
Includes CID 6001.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6000
NAME: _Final[str] = "Overall Breast Composition"
KEYWORD: _Final[str | None] = "OverallBreastComposition"
UID: _Final[str | None] = "1.2.840.10008.6.1.330"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6001,)
EXTERNAL_SCHEME: _Final[str | None] = None

AlmostEntirelyFat: _Final[_Code] = _Code("SCT", "129716005", "Almost entirely fat", (6001,))
"""Almost entirely fat (SCT 129716005). Included from CID 6001."""

ScatteredFibroglandularDensities: _Final[_Code] = _Code(
    "SCT", "129717001", "Scattered fibroglandular densities", (6001,)
)
"""Scattered fibroglandular densities (SCT 129717001). Included from CID 6001."""

HeterogeneouslyDense: _Final[_Code] = _Code("SCT", "129718006", "Heterogeneously dense", (6001,))
"""Heterogeneously dense (SCT 129718006). Included from CID 6001."""

ExtremelyDense: _Final[_Code] = _Code("SCT", "129719003", "Extremely dense", (6001,))
"""Extremely dense (SCT 129719003). Included from CID 6001."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AlmostEntirelyFat,
    ScatteredFibroglandularDensities,
    HeterogeneouslyDense,
    ExtremelyDense,
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
