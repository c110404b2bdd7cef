"""CID 7270 MR Diffusion Component Semantic.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1165.

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
DiffusionWeighted: _Final[_groups.Cid7270Code]
VolumetricDiffusionDxxComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDxyComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDxzComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDyyComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDyzComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDzzComponent: _Final[_groups.Cid7270Code]
MEMBERS: _Final[tuple[_groups.Cid7270Code, ...]]
