"""CID 3241 Hemodynamic Measurement Technique.

Extensible, version 20230630, UID 1.2.840.10008.6.1.54.

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
AveragedHemodynamicMeasurementMethod: _Final[_Code]
CompositeHemodynamicMeasurementMethod: _Final[_Code]
ComputedHemodynamicMeasurementMethod: _Final[_Code]
ConductanceCatheterMethod: _Final[_Code]
DopplerCatheterMethod: _Final[_Code]
DualCatheterMethod: _Final[_Code]
FluidFilledCatheterMethod: _Final[_Code]
FiberopticCatheterMethod: _Final[_Code]
PullbackMethod: _Final[_Code]
PulmonaryCapillaryWedgeMethod: _Final[_Code]
StaticCatheterMethod: _Final[_Code]
ThermistorCatheterMethod: _Final[_Code]
TipManometerMethod: _Final[_Code]
WedgeMethod: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
