"""CID 7270 MR Diffusion Component Semantic.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1165.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DiffusionWeighted: _Final[_groups.Cid7270Code]
VolumetricDiffusionDxxComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDxyComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDxzComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDyyComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDyzComponent: _Final[_groups.Cid7270Code]
VolumetricDiffusionDzzComponent: _Final[_groups.Cid7270Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7270Code]]
