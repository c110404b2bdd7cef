"""CID 7182 Abstract Multi-dimensional Image Model Dimension Semantic.

Extensible, version 20100825, UID 1.2.840.10008.6.1.919.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7182
NAME: Final[str] = "Abstract Multi-dimensional Image Model Dimension Semantic"
KEYWORD: Final[str | None] = "AbstractMultiDimensionalImageModelDimensionSemantic"
UID: Final[str | None] = "1.2.840.10008.6.1.919"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100825"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LinearDisplacement: Final[Code] = Code("DCM", "110856", "Linear Displacement", (7182,))
"""Linear Displacement (DCM 110856)."""

PhotonEnergy: Final[Code] = Code("DCM", "110857", "Photon Energy", (7182,))
"""Photon Energy (DCM 110857)."""

Time: Final[Code] = Code("DCM", "110858", "Time", (7182,))
"""Time (DCM 110858)."""

Angle: Final[Code] = Code("DCM", "110859", "Angle", (7182,))
"""Angle (DCM 110859)."""

MEMBERS: Final[tuple[Code, ...]] = (LinearDisplacement, PhotonEnergy, Time, Angle)
"""The resolved membership: own members, then those of the included groups, in order."""
