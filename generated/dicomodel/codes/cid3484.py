"""CID 3484 IVUS Index/Ratio.

Extensible, version 20040614, UID 1.2.840.10008.6.1.119.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3484
NAME: _Final[str] = "IVUS Index/Ratio"
KEYWORD: _Final[str | None] = "IVUSIndexRatio"
UID: _Final[str | None] = "1.2.840.10008.6.1.119"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LumenEccentricityIndex: _Final[_Code] = _Code("DCM", "122343", "Lumen Eccentricity Index", (3484,))
"""Lumen Eccentricity Index (DCM 122343)."""

PlaquePlusMediaEccentricityIndex: _Final[_Code] = _Code(
    "DCM", "122344", "Plaque plus Media Eccentricity Index", (3484,)
)
"""Plaque plus Media Eccentricity Index (DCM 122344)."""

RemodelingIndex: _Final[_Code] = _Code("DCM", "122345", "Remodeling Index", (3484,))
"""Remodeling Index (DCM 122345)."""

StentSymmetryIndex: _Final[_Code] = _Code("DCM", "122346", "Stent Symmetry Index", (3484,))
"""Stent Symmetry Index (DCM 122346)."""

StentExpansionIndex: _Final[_Code] = _Code("DCM", "122347", "Stent Expansion Index", (3484,))
"""Stent Expansion Index (DCM 122347)."""

LumenShapeIndex: _Final[_Code] = _Code("DCM", "122348", "Lumen Shape Index", (3484,))
"""Lumen Shape Index (DCM 122348)."""

LumenDiameterRatio: _Final[_Code] = _Code("DCM", "122350", "Lumen Diameter Ratio", (3484,))
"""Lumen Diameter Ratio (DCM 122350)."""

StentDiameterRatio: _Final[_Code] = _Code("DCM", "122351", "Stent Diameter Ratio", (3484,))
"""Stent Diameter Ratio (DCM 122351)."""

EEMDiameterRatio: _Final[_Code] = _Code("DCM", "122352", "EEM Diameter Ratio", (3484,))
"""EEM Diameter Ratio (DCM 122352)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LumenEccentricityIndex,
    PlaquePlusMediaEccentricityIndex,
    RemodelingIndex,
    StentSymmetryIndex,
    StentExpansionIndex,
    LumenShapeIndex,
    LumenDiameterRatio,
    StentDiameterRatio,
    EEMDiameterRatio,
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
