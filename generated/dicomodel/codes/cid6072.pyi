"""CID 6072 Breast Implant Finding.

Extensible, version 20040112, UID 1.2.840.10008.6.1.401.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NormalImplants: _Final[_groups.Cid6072Code]
AsymmetricImplants: _Final[_groups.Cid6072Code]
CalcifiedImplant: _Final[_groups.Cid6072Code]
DistortedImplant: _Final[_groups.Cid6072Code]
SiliconeLadenLymphNodes: _Final[_groups.Cid6072Code]
FreeSilicone: _Final[_groups.Cid6072Code]
HerniatedImplant: _Final[_groups.Cid6072Code]
RuptureOfBreastImplant: _Final[_groups.Cid6072Code]
Explantation: _Final[_groups.Cid6072Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6072Code]]
