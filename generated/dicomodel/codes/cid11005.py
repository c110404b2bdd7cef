"""CID 11005 Photoacoustic Reconstruction Algorithm Family.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1475.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 11005
NAME: Final[str] = "Photoacoustic Reconstruction Algorithm Family"
KEYWORD: Final[str | None] = "PhotoacousticReconstructionAlgorithmFamily"
UID: Final[str | None] = "1.2.840.10008.6.1.1475"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SphericalBackProjection: Final[Code] = Code("DCM", "130821", "Spherical Back Projection", (11005,))
"""Spherical Back Projection (DCM 130821)."""

NumericalAcousticModel: Final[Code] = Code("DCM", "130822", "Numerical Acoustic Model", (11005,))
"""Numerical Acoustic Model (DCM 130822)."""

MEMBERS: Final[tuple[Code, ...]] = (SphericalBackProjection, NumericalAcousticModel)
"""The resolved membership: own members, then those of the included groups, in order."""
