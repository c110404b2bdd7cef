"""CID 3411 Intracoronary Device.

Extensible, version 20110609, UID 1.2.840.10008.6.1.76.

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
