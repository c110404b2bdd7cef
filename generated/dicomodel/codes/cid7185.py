"""CID 7185 Abstract Multi-dimensional Image Model Axis Orientation.

Extensible, version 20100825, UID 1.2.840.10008.6.1.922.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7185
NAME: Final[str] = "Abstract Multi-dimensional Image Model Axis Orientation"
KEYWORD: Final[str | None] = "AbstractMultiDimensionalImageModelAxisOrientation"
UID: Final[str | None] = "1.2.840.10008.6.1.922"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100825"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RightToLeft: Final[Code] = Code("DCM", "110866", "Right To Left", (7185,))
"""Right To Left (DCM 110866)."""

LeftToRight: Final[Code] = Code("DCM", "110867", "Left To Right", (7185,))
"""Left To Right (DCM 110867)."""

HeadToFoot: Final[Code] = Code("DCM", "110868", "Head To Foot", (7185,))
"""Head To Foot (DCM 110868)."""

FootToHead: Final[Code] = Code("DCM", "110869", "Foot To Head", (7185,))
"""Foot To Head (DCM 110869)."""

AnteriorToPosterior: Final[Code] = Code("DCM", "110870", "Anterior To Posterior", (7185,))
"""Anterior To Posterior (DCM 110870)."""

PosteriorToAnterior: Final[Code] = Code("DCM", "110871", "Posterior To Anterior", (7185,))
"""Posterior To Anterior (DCM 110871)."""

ApexToBase: Final[Code] = Code("DCM", "110872", "Apex To Base", (7185,))
"""Apex To Base (DCM 110872)."""

BaseToApex: Final[Code] = Code("DCM", "110873", "Base To Apex", (7185,))
"""Base To Apex (DCM 110873)."""

AnteriorToInferior: Final[Code] = Code("DCM", "110874", "Anterior To Inferior", (7185,))
"""Anterior To Inferior (DCM 110874)."""

InferiorToAnterior: Final[Code] = Code("DCM", "110875", "Inferior To Anterior", (7185,))
"""Inferior To Anterior (DCM 110875)."""

SeptumToWall: Final[Code] = Code("DCM", "110876", "Septum To Wall", (7185,))
"""Septum To Wall (DCM 110876)."""

WallToSeptum: Final[Code] = Code("DCM", "110877", "Wall To Septum", (7185,))
"""Wall To Septum (DCM 110877)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
