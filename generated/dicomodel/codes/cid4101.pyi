"""CID 4101 Tracer Kinetic Model.

Extensible, version 20160316, UID 1.2.840.10008.6.1.986.

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
StandardToftsModel: _Final[_Code]
ExtendedToftsModel: _Final[_Code]
FirstPassLeakageProfileFPLPModel: _Final[_Code]
ShutterSpeedModelSSM: _Final[_Code]
GammaCapillaryTransitTimeGCTTModel: _Final[_Code]
AdiabaticTissueHomogeneityATHModel: _Final[_Code]
TwoCompartmentExchange2CXModel: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
