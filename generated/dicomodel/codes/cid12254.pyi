"""CID 12254 Cardiac Ultrasound Hemodynamic Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.835.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RRInterval: _Final[_groups.Cid12254Code]
Tau: _Final[_groups.Cid12254Code]
IndicatorMeanTransitTime: _Final[_groups.Cid12254Code]
ClosureToOpeningTime: _Final[_groups.Cid12254Code]
IsovolumicRelaxationTime: _Final[_groups.Cid12254Code]
IsovolumicContractionTime: _Final[_groups.Cid12254Code]
EjectionTime: _Final[_groups.Cid12254Code]
PreEjectionPeriod: _Final[_groups.Cid12254Code]
FillingTime: _Final[_groups.Cid12254Code]
BloodPressure: _Final[_groups.Cid12254Code]
HeartRateCorrectedEjectionTime: _Final[_groups.Cid12254Code]
HeartRateCorrectedPreEjectionPeriod: _Final[_groups.Cid12254Code]
AWaveDuration: _Final[_groups.Cid12254Code]
PreEjectionPeriodEjectionTimeRatio: _Final[_groups.Cid12254Code]
EnvelopeDuration: _Final[_groups.Cid12254Code]
TimeToPeakByUS: _Final[_groups.Cid12254Code]
DpDtByUS: _Final[_groups.Cid12254Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12254Code]]
