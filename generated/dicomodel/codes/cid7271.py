"""CID 7271 MR Diffusion Anisotropy Index.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1166.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7271
NAME: _Final[str] = "MR Diffusion Anisotropy Index"
KEYWORD: _Final[str | None] = "MRDiffusionAnisotropyIndex"
UID: _Final[str | None] = "1.2.840.10008.6.1.1166"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FractionalAnisotropy: _Final[_Code] = _Code("DCM", "110808", "Fractional Anisotropy", (7263, 7271))
"""Fractional Anisotropy (DCM 110808)."""

RelativeAnisotropy: _Final[_Code] = _Code("DCM", "110809", "Relative Anisotropy", (7263, 7271))
"""Relative Anisotropy (DCM 110809)."""

VolumeRatio: _Final[_Code] = _Code("DCM", "113288", "Volume Ratio", (7271,))
"""Volume Ratio (DCM 113288)."""

MEMBERS: _Final[tuple[_Code, ...]] = (FractionalAnisotropy, RelativeAnisotropy, VolumeRatio)
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
