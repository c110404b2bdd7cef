"""CID 3524 Blood Gas Pressure.

Extensible, version 20030327, UID 1.2.840.10008.6.1.138.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
BloodCarbonDioxidePartialPressure: _Final[_groups.Cid3524Code]
ArterialBloodCarbonDioxidePartialPressure: _Final[_groups.Cid3524Code]
VenousBloodCarbonDioxidePartialPressure: _Final[_groups.Cid3524Code]
BloodOxygenPartialPressure: _Final[_groups.Cid3524Code]
ArterialOxygenPartialPressure: _Final[_groups.Cid3524Code]
VenousOxygenPartialPressure: _Final[_groups.Cid3524Code]
OxygenPartialPressureAt50PercentSaturationP50: _Final[_groups.Cid3524Code]
ArterialOxygenPartialPressureAt50PercentSaturation: _Final[_groups.Cid3524Code]
VenousOxygenPartialPressureAt50PercentSaturation: _Final[_groups.Cid3524Code]
MEMBERS: _Final[tuple[_groups.Cid3524Code, ...]]
