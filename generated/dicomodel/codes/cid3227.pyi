"""CID 3227 QTc Measurement.

Extensible, version 20110330, UID 1.2.840.10008.6.1.773.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

QtcIntervalGlobal: _Final[_groups.Cid3227Code]
QtcIntervalPerLead: _Final[_groups.Cid3227Code]
QtcGlobalUsingBazettFormula: _Final[_groups.Cid3227Code]
QtcGlobalUsingFredericiaFormula: _Final[_groups.Cid3227Code]
QtcPerLeadUsingBazettFormula: _Final[_groups.Cid3227Code]
QtcPerLeadUsingFredericiaFormula: _Final[_groups.Cid3227Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3227Code]]
