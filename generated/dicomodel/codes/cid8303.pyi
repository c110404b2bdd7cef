"""CID 8303 Display Device Type.

Extensible, version 20170417, UID 1.2.840.10008.6.1.983.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CRTDisplay: _Final[_groups.Cid8303Code]
LiquidCrystalDisplay: _Final[_groups.Cid8303Code]
PlasmaDisplay: _Final[_groups.Cid8303Code]
OLED: _Final[_groups.Cid8303Code]
DLPRearProjectionSystem: _Final[_groups.Cid8303Code]
DLPFrontProjectionSystem: _Final[_groups.Cid8303Code]
CRTRearProjectionSystem: _Final[_groups.Cid8303Code]
CRTFrontProjectionSystem: _Final[_groups.Cid8303Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8303Code]]
