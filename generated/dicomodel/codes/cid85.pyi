"""CID 85 SUV Unit.

Extensible, version 20161106, UID 1.2.840.10008.6.1.984.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StandardizedUptakeValueBodyWeight: _Final[_groups.Cid85Code]
StandardizedUptakeValueLeanBodyMassJames: _Final[_groups.Cid85Code]
StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_groups.Cid85Code]
StandardizedUptakeValueLeanBodyMassJanma: _Final[_groups.Cid85Code]
StandardizedUptakeValueBodySurfaceArea: _Final[_groups.Cid85Code]
StandardizedUptakeValueIdealBodyWeight: _Final[_groups.Cid85Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid85Code]]
