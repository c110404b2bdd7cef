"""CID 3240 Electrophysiology Measurement Function/Technique.

Extensible, version 20020904, UID 1.2.840.10008.6.1.53.

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
DifferentialSignal: _Final[_Code]
HisBundleElectrogram: _Final[_Code]
MonopoleSignal: _Final[_Code]
PacingElectricalStimulusVoltage: _Final[_Code]
RadioFrequencyAblationPower: _Final[_Code]
VoltageMeasurementByBasketCatheter: _Final[_Code]
VoltageMeasurementByMappingCatheter: _Final[_Code]
VoltageMeasurement: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
