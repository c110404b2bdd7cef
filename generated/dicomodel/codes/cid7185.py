"""CID 7185 Abstract Multi-dimensional Image Model Axis Orientation.

Extensible, version 20100825, UID 1.2.840.10008.6.1.922.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7185
NAME: _Final[str] = "Abstract Multi-dimensional Image Model Axis Orientation"
KEYWORD: _Final[str | None] = "AbstractMultiDimensionalImageModelAxisOrientation"
UID: _Final[str | None] = "1.2.840.10008.6.1.922"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RightToLeft: _Final[_Code] = _Code("DCM", "110866", "Right To Left", (7185,))
"""Right To Left (DCM 110866)."""

LeftToRight: _Final[_Code] = _Code("DCM", "110867", "Left To Right", (7185,))
"""Left To Right (DCM 110867)."""

HeadToFoot: _Final[_Code] = _Code("DCM", "110868", "Head To Foot", (7185,))
"""Head To Foot (DCM 110868)."""

FootToHead: _Final[_Code] = _Code("DCM", "110869", "Foot To Head", (7185,))
"""Foot To Head (DCM 110869)."""

AnteriorToPosterior: _Final[_Code] = _Code("DCM", "110870", "Anterior To Posterior", (7185,))
"""Anterior To Posterior (DCM 110870)."""

PosteriorToAnterior: _Final[_Code] = _Code("DCM", "110871", "Posterior To Anterior", (7185,))
"""Posterior To Anterior (DCM 110871)."""

ApexToBase: _Final[_Code] = _Code("DCM", "110872", "Apex To Base", (7185,))
"""Apex To Base (DCM 110872)."""

BaseToApex: _Final[_Code] = _Code("DCM", "110873", "Base To Apex", (7185,))
"""Base To Apex (DCM 110873)."""

AnteriorToInferior: _Final[_Code] = _Code("DCM", "110874", "Anterior To Inferior", (7185,))
"""Anterior To Inferior (DCM 110874)."""

InferiorToAnterior: _Final[_Code] = _Code("DCM", "110875", "Inferior To Anterior", (7185,))
"""Inferior To Anterior (DCM 110875)."""

SeptumToWall: _Final[_Code] = _Code("DCM", "110876", "Septum To Wall", (7185,))
"""Septum To Wall (DCM 110876)."""

WallToSeptum: _Final[_Code] = _Code("DCM", "110877", "Wall To Septum", (7185,))
"""Wall To Septum (DCM 110877)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RightToLeft,
    LeftToRight,
    HeadToFoot,
    FootToHead,
    AnteriorToPosterior,
    PosteriorToAnterior,
    ApexToBase,
    BaseToApex,
    AnteriorToInferior,
    InferiorToAnterior,
    SeptumToWall,
    WallToSeptum,
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
