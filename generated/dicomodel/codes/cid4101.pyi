"""CID 4101 Tracer Kinetic Model.

Extensible, version 20160316, UID 1.2.840.10008.6.1.986.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StandardToftsModel: _Final[_groups.Cid4101Code]
ExtendedToftsModel: _Final[_groups.Cid4101Code]
FirstPassLeakageProfileFPLPModel: _Final[_groups.Cid4101Code]
ShutterSpeedModelSSM: _Final[_groups.Cid4101Code]
GammaCapillaryTransitTimeGCTTModel: _Final[_groups.Cid4101Code]
AdiabaticTissueHomogeneityATHModel: _Final[_groups.Cid4101Code]
TwoCompartmentExchange2CXModel: _Final[_groups.Cid4101Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4101Code]]
