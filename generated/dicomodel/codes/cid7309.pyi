"""CID 7309 Human Trauma Implant Component Type.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1040.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Screw: _Final[_groups.Cid7309Code]
BonePlate: _Final[_groups.Cid7309Code]
DHSPlate: _Final[_groups.Cid7309Code]
BoneNail: _Final[_groups.Cid7309Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7309Code]]
