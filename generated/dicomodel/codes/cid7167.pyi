"""CID 7167 Peripheral Nervous System Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.964.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PeripheralNervousSystem: _Final[_groups.Cid7167Code]
PeripheralNerve: _Final[_groups.Cid7167Code]
CranialNerve: _Final[_groups.Cid7167Code]
VagusNerve: _Final[_groups.Cid7167Code]
AutonomicNerve: _Final[_groups.Cid7167Code]
SympatheticTrunk: _Final[_groups.Cid7167Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7167Code]]
