"""CID 3228 ECG Timing Measurement.

Extensible, version 20080927, UID 1.2.840.10008.6.1.774.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PRIntervalGlobal: _Final[_groups.Cid3228Code]
QTIntervalGlobal: _Final[_groups.Cid3228Code]
QRSDurationGlobal: _Final[_groups.Cid3228Code]
PDurationGlobal: _Final[_groups.Cid3228Code]
PPIntervalGlobal: _Final[_groups.Cid3228Code]
RRIntervalGlobal: _Final[_groups.Cid3228Code]
PRIntervalPerLead: _Final[_groups.Cid3228Code]
QTIntervalPerLead: _Final[_groups.Cid3228Code]
QRSDurationPerLead: _Final[_groups.Cid3228Code]
PDurationPerLead: _Final[_groups.Cid3228Code]
PPIntervalPerLead: _Final[_groups.Cid3228Code]
RRIntervalPerLead: _Final[_groups.Cid3228Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3228Code]]
