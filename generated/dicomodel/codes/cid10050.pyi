"""CID 10050 Summary Radiation Exposure Quantity.

Extensible, version 20220331, UID 1.2.840.10008.6.1.1028.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EntranceExposureAtRP: _Final[_groups.Cid10050Code]
AccumulatedAverageGlandularDose: _Final[_groups.Cid10050Code]
DoseAreaProductTotal: _Final[_groups.Cid10050Code]
FluoroDoseAreaProductTotal: _Final[_groups.Cid10050Code]
AcquisitionDoseAreaProductTotal: _Final[_groups.Cid10050Code]
TotalFluoroTime: _Final[_groups.Cid10050Code]
TotalNumberOfRadiographicFrames: _Final[_groups.Cid10050Code]
AdministeredActivity: _Final[_groups.Cid10050Code]
CTDoseLengthProductTotal: _Final[_groups.Cid10050Code]
CTDoseLengthProductSubTotal: _Final[_groups.Cid10050Code]
MeanCtdivol: _Final[_groups.Cid10050Code]
EffectiveDose: _Final[_groups.Cid10050Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10050Code]]
