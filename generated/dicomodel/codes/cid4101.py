"""CID 4101 Tracer Kinetic Model.

Extensible, version 20160316, UID 1.2.840.10008.6.1.986.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4101
NAME: _Final[str] = "Tracer Kinetic Model"
KEYWORD: _Final[str | None] = "TracerKineticModel"
UID: _Final[str | None] = "1.2.840.10008.6.1.986"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160316"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StandardToftsModel: _Final[_Code] = _Code("DCM", "126340", "Standard Tofts Model", (4101,))
"""Standard Tofts Model (DCM 126340)."""

ExtendedToftsModel: _Final[_Code] = _Code("DCM", "126341", "Extended Tofts Model", (4101,))
"""Extended Tofts Model (DCM 126341)."""

FirstPassLeakageProfileFPLPModel: _Final[_Code] = _Code(
    "DCM", "126343", "First Pass Leakage Profile (FPLP) Model", (4101,)
)
"""First Pass Leakage Profile (FPLP) Model (DCM 126343)."""

ShutterSpeedModelSSM: _Final[_Code] = _Code("DCM", "126344", "Shutter-Speed Model (SSM)", (4101,))
"""Shutter-Speed Model (SSM) (DCM 126344)."""

GammaCapillaryTransitTimeGCTTModel: _Final[_Code] = _Code(
    "DCM", "126345", "Gamma Capillary Transit Time (GCTT) Model", (4101,)
)
"""Gamma Capillary Transit Time (GCTT) Model (DCM 126345)."""

AdiabaticTissueHomogeneityATHModel: _Final[_Code] = _Code(
    "DCM", "126346", "Adiabatic Tissue Homogeneity (ATH) Model", (4101,)
)
"""Adiabatic Tissue Homogeneity (ATH) Model (DCM 126346)."""

TwoCompartmentExchange2CXModel: _Final[_Code] = _Code(
    "DCM", "126347", "Two Compartment Exchange (2CX) Model", (4101,)
)
"""Two Compartment Exchange (2CX) Model (DCM 126347)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    StandardToftsModel,
    ExtendedToftsModel,
    FirstPassLeakageProfileFPLPModel,
    ShutterSpeedModelSSM,
    GammaCapillaryTransitTimeGCTTModel,
    AdiabaticTissueHomogeneityATHModel,
    TwoCompartmentExchange2CXModel,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
