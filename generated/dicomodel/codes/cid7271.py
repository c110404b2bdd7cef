"""CID 7271 MR Diffusion Anisotropy Index.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1166.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7271
NAME: Final[str] = "MR Diffusion Anisotropy Index"
KEYWORD: Final[str | None] = "MRDiffusionAnisotropyIndex"
UID: Final[str | None] = "1.2.840.10008.6.1.1166"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170413"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FractionalAnisotropy: Final[Code] = Code("DCM", "110808", "Fractional Anisotropy", (7263, 7271))
"""Fractional Anisotropy (DCM 110808)."""

RelativeAnisotropy: Final[Code] = Code("DCM", "110809", "Relative Anisotropy", (7263, 7271))
"""Relative Anisotropy (DCM 110809)."""

VolumeRatio: Final[Code] = Code("DCM", "113288", "Volume Ratio", (7271,))
"""Volume Ratio (DCM 113288)."""

MEMBERS: Final[tuple[Code, ...]] = (FractionalAnisotropy, RelativeAnisotropy, VolumeRatio)
"""The resolved membership: own members, then those of the included groups, in order."""
