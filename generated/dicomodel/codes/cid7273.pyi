"""CID 7273 MR Diffusion Model.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1168.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
MonoExponentialDiffusionModel: _Final[_groups.Cid7273Code]
BiExponentialIVIMDiffusionModel: _Final[_groups.Cid7273Code]
KurtosisDiffusionModel: _Final[_groups.Cid7273Code]
GammaDistributionModel: _Final[_groups.Cid7273Code]
StretchedExponentialDiffusionModel: _Final[_groups.Cid7273Code]
TruncatedGaussianDiffusionModel: _Final[_groups.Cid7273Code]
MEMBERS: _Final[tuple[_groups.Cid7273Code, ...]]
