"""CID 3524 Blood Gas Pressure.

Extensible, version 20030327, UID 1.2.840.10008.6.1.138.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
BloodCarbonDioxidePartialPressure: _Final[_Code]
ArterialBloodCarbonDioxidePartialPressure: _Final[_Code]
VenousBloodCarbonDioxidePartialPressure: _Final[_Code]
BloodOxygenPartialPressure: _Final[_Code]
ArterialOxygenPartialPressure: _Final[_Code]
VenousOxygenPartialPressure: _Final[_Code]
OxygenPartialPressureAt50PercentSaturationP50: _Final[_Code]
ArterialOxygenPartialPressureAt50PercentSaturation: _Final[_Code]
VenousOxygenPartialPressureAt50PercentSaturation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
