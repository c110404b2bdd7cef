"""CID 10062 Equivalent Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1156.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MaximumEquivalentRadiationDose: _Final[_groups.Cid10062Code]
MinimumEquivalentRadiationDose: _Final[_groups.Cid10062Code]
MeanEquivalentRadiationDose: _Final[_groups.Cid10062Code]
ModeEquivalentRadiationDose: _Final[_groups.Cid10062Code]
MedianEquivalentRadiationDose: _Final[_groups.Cid10062Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10062Code]]
