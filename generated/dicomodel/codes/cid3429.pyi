"""CID 3429 Catheterization Device.

Extensible, version 20240611, UID 1.2.840.10008.6.1.91.
Includes CID 3411.

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
IntraAorticBalloonPumpIABP: _Final[_Code]
FluidFilledCatheter: _Final[_Code]
FiberopticCatheter: _Final[_Code]
ThermistorCatheter: _Final[_Code]
TipManometer: _Final[_Code]
SwannGanzCatheter: _Final[_Code]
Sheath: _Final[_Code]
TransseptalCatheter: _Final[_Code]
Bioptome: _Final[_Code]
PercutaneousTransluminalAngioplastyBalloon: _Final[_Code]
CuttingBalloonAngioplastyCBADevice: _Final[_Code]
Stent: _Final[_Code]
DirectionalCoronaryAtherectomyDCADevice: _Final[_Code]
RotationalAtherectomyDevice: _Final[_Code]
SalineThrombectomy: _Final[_Code]
TransluminalExtractionCatheterTEC: _Final[_Code]
Laser: _Final[_Code]
IntravascularUltrasoundIVUSDevice: _Final[_Code]
IntracoronaryDopplerGuideWire: _Final[_Code]
IntracoronaryPressureGuideWire: _Final[_Code]
BrachytherapyDevice: _Final[_Code]
RadiofrequencyAblationDevice: _Final[_Code]
IntravascularOpticalCoherenceTomographyDevice: _Final[_Code]
GuideWire: _Final[_Code]
GuidingCatheter: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
