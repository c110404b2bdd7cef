"""CID 3485 IVUS Volume Measurement.

Extensible, version 20040614, UID 1.2.840.10008.6.1.120.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EEMVolume: _Final[_groups.Cid3485Code]
LumenVolume: _Final[_groups.Cid3485Code]
StentVolume: _Final[_groups.Cid3485Code]
InStentNeointimalVolume: _Final[_groups.Cid3485Code]
NativePlaqueVolume: _Final[_groups.Cid3485Code]
TotalPlaqueVolume: _Final[_groups.Cid3485Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3485Code]]
