"""CID 3641 Hemodynamic Assessment.

Extensible, version 20160314, UID 1.2.840.10008.6.1.177.

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
LeftVentricularSystolicPressure: _Final[_Code]
LeftVentricularEndDiastolicPressure: _Final[_Code]
PulmonaryArteryPressure: _Final[_Code]
PulmonaryVascularResistance: _Final[_Code]
PulmonaryCapillaryWedgePressure: _Final[_Code]
RightVentricularSystolicPressure: _Final[_Code]
RightVentricularEndDiastolicPressure: _Final[_Code]
RightAtrialPressure: _Final[_Code]
VascularResistance: _Final[_Code]
DiastolicPressure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
