"""CID 7182 Abstract Multi-dimensional Image Model Dimension Semantic.

Extensible, version 20100825, UID 1.2.840.10008.6.1.919.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7182
NAME: _Final[str] = "Abstract Multi-dimensional Image Model Dimension Semantic"
KEYWORD: _Final[str | None] = "AbstractMultiDimensionalImageModelDimensionSemantic"
UID: _Final[str | None] = "1.2.840.10008.6.1.919"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LinearDisplacement: _Final[_Code] = _Code("DCM", "110856", "Linear Displacement", (7182,))
"""Linear Displacement (DCM 110856)."""

PhotonEnergy: _Final[_Code] = _Code("DCM", "110857", "Photon Energy", (7182,))
"""Photon Energy (DCM 110857)."""

Time: _Final[_Code] = _Code("DCM", "110858", "Time", (7182,))
"""Time (DCM 110858)."""

Angle: _Final[_Code] = _Code("DCM", "110859", "Angle", (7182,))
"""Angle (DCM 110859)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LinearDisplacement, PhotonEnergy, Time, Angle)
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
