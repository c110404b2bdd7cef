"""CID 10061 Absorbed Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1155.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MaximumAbsorbedRadiationDose: _Final[_groups.Cid10061Code]
MinimumAbsorbedRadiationDose: _Final[_groups.Cid10061Code]
MeanAbsorbedRadiationDose: _Final[_groups.Cid10061Code]
ModeAbsorbedRadiationDose: _Final[_groups.Cid10061Code]
MedianAbsorbedRadiationDose: _Final[_groups.Cid10061Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10061Code]]
