"""CID 7270 MR Diffusion Component Semantic.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1165.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
DiffusionWeighted: _Final[_Code]
VolumetricDiffusionDxxComponent: _Final[_Code]
VolumetricDiffusionDxyComponent: _Final[_Code]
VolumetricDiffusionDxzComponent: _Final[_Code]
VolumetricDiffusionDyyComponent: _Final[_Code]
VolumetricDiffusionDyzComponent: _Final[_Code]
VolumetricDiffusionDzzComponent: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
