"""CID 3610 Gradient Source Location.

Extensible, version 20030327, UID 1.2.840.10008.6.1.160.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MitralValve: _Final[_groups.Cid3610Code]
AorticValve: _Final[_groups.Cid3610Code]
TricuspidValve: _Final[_groups.Cid3610Code]
PulmonaryValve: _Final[_groups.Cid3610Code]
PulmonaryArtery: _Final[_groups.Cid3610Code]
LeftVentricleOutflowTract: _Final[_groups.Cid3610Code]
RightVentricleOutflowTract: _Final[_groups.Cid3610Code]
VentricularSeptalDefect: _Final[_groups.Cid3610Code]
AtrialSeptalDefect: _Final[_groups.Cid3610Code]
CoarctationOfAorta: _Final[_groups.Cid3610Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3610Code]]
