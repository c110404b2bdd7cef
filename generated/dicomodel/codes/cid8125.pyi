"""CID 8125 Microscopy Illuminator Type.

Extensible, version 20100824, UID 1.2.840.10008.6.1.902.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TungstenHalogenLamp: _Final[_groups.Cid8125Code]
MercuryArcLamp: _Final[_groups.Cid8125Code]
XenonArcLamp: _Final[_groups.Cid8125Code]
LightEmittingDiode: _Final[_groups.Cid8125Code]
Laser: _Final[_groups.Cid8125Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8125Code]]
