"""CID 8 Angiographic Interventional Device.

Extensible, version 20160314, UID 1.2.840.10008.6.1.6.

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
Stent: _Final[_Code]
Catheter: _Final[_Code]
Laser: _Final[_Code]
Glue: _Final[_Code]
AtherectomyDevice: _Final[_Code]
EmbolizationBall: _Final[_Code]
PercutaneousTransluminalAngioplastyBalloon: _Final[_Code]
EmbolizationCoil: _Final[_Code]
DetachableBalloon: _Final[_Code]
GuidingCatheter: _Final[_Code]
EmbolizationParticulate: _Final[_Code]
RotationalAtherectomyDevice: _Final[_Code]
MeasuringRuler: _Final[_Code]
Sphere: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
