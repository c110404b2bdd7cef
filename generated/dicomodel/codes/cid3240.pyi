"""CID 3240 Electrophysiology Measurement Function/Technique.

Extensible, version 20020904, UID 1.2.840.10008.6.1.53.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DifferentialSignal: _Final[_groups.Cid3240Code]
HisBundleElectrogram: _Final[_groups.Cid3240Code]
MonopoleSignal: _Final[_groups.Cid3240Code]
PacingElectricalStimulusVoltage: _Final[_groups.Cid3240Code]
RadioFrequencyAblationPower: _Final[_groups.Cid3240Code]
VoltageMeasurementByBasketCatheter: _Final[_groups.Cid3240Code]
VoltageMeasurementByMappingCatheter: _Final[_groups.Cid3240Code]
VoltageMeasurement: _Final[_groups.Cid3240Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3240Code]]
