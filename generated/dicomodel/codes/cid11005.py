"""CID 11005 Photoacoustic Reconstruction Algorithm Family.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1475.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 11005
NAME: _Final[str] = "Photoacoustic Reconstruction Algorithm Family"
KEYWORD: _Final[str | None] = "PhotoacousticReconstructionAlgorithmFamily"
UID: _Final[str | None] = "1.2.840.10008.6.1.1475"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SphericalBackProjection: _Final[_Code] = _Code(
    "DCM", "130821", "Spherical Back Projection", (11005,)
)
"""Spherical Back Projection (DCM 130821)."""

NumericalAcousticModel: _Final[_Code] = _Code("DCM", "130822", "Numerical Acoustic Model", (11005,))
"""Numerical Acoustic Model (DCM 130822)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SphericalBackProjection, NumericalAcousticModel)
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
