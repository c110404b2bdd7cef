"""CID 4101 Tracer Kinetic Model.

Extensible, version 20160316, UID 1.2.840.10008.6.1.986.

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
StandardToftsModel: _Final[_groups.Cid4101Code]
ExtendedToftsModel: _Final[_groups.Cid4101Code]
FirstPassLeakageProfileFPLPModel: _Final[_groups.Cid4101Code]
ShutterSpeedModelSSM: _Final[_groups.Cid4101Code]
GammaCapillaryTransitTimeGCTTModel: _Final[_groups.Cid4101Code]
AdiabaticTissueHomogeneityATHModel: _Final[_groups.Cid4101Code]
TwoCompartmentExchange2CXModel: _Final[_groups.Cid4101Code]
MEMBERS: _Final[tuple[_groups.Cid4101Code, ...]]
