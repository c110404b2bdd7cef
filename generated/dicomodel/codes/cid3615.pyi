"""CID 3615 Valve Area.

Extensible, version 20030327, UID 1.2.840.10008.6.1.165.
Includes CID 3614.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MitralValveArea: _Final[_groups.Cid3615Code]
AorticValveArea: _Final[_groups.Cid3615Code]
PulmonicValveArea: _Final[_groups.Cid3615Code]
TricuspidValveArea: _Final[_groups.Cid3615Code]
DerivedNonValveArea: _Final[_groups.Cid3615Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3615Code]]
