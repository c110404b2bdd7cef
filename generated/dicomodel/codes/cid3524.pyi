"""CID 3524 Blood Gas Pressure.

Extensible, version 20030327, UID 1.2.840.10008.6.1.138.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BloodCarbonDioxidePartialPressure: _Final[_groups.Cid3524Code]
ArterialBloodCarbonDioxidePartialPressure: _Final[_groups.Cid3524Code]
VenousBloodCarbonDioxidePartialPressure: _Final[_groups.Cid3524Code]
BloodOxygenPartialPressure: _Final[_groups.Cid3524Code]
ArterialOxygenPartialPressure: _Final[_groups.Cid3524Code]
VenousOxygenPartialPressure: _Final[_groups.Cid3524Code]
OxygenPartialPressureAt50PercentSaturationP50: _Final[_groups.Cid3524Code]
ArterialOxygenPartialPressureAt50PercentSaturation: _Final[_groups.Cid3524Code]
VenousOxygenPartialPressureAt50PercentSaturation: _Final[_groups.Cid3524Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3524Code]]
