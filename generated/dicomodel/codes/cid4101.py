"""CID 4101 Tracer Kinetic Model.

Extensible, version 20160316, UID 1.2.840.10008.6.1.986.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4101
NAME: Final[str] = "Tracer Kinetic Model"
KEYWORD: Final[str | None] = "TracerKineticModel"
UID: Final[str | None] = "1.2.840.10008.6.1.986"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160316"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StandardToftsModel: Final[Code] = Code("DCM", "126340", "Standard Tofts Model", (4101,))
"""Standard Tofts Model (DCM 126340)."""

ExtendedToftsModel: Final[Code] = Code("DCM", "126341", "Extended Tofts Model", (4101,))
"""Extended Tofts Model (DCM 126341)."""

FirstPassLeakageProfileFPLPModel: Final[Code] = Code(
    "DCM", "126343", "First Pass Leakage Profile (FPLP) Model", (4101,)
)
"""First Pass Leakage Profile (FPLP) Model (DCM 126343)."""

ShutterSpeedModelSSM: Final[Code] = Code("DCM", "126344", "Shutter-Speed Model (SSM)", (4101,))
"""Shutter-Speed Model (SSM) (DCM 126344)."""

GammaCapillaryTransitTimeGCTTModel: Final[Code] = Code(
    "DCM", "126345", "Gamma Capillary Transit Time (GCTT) Model", (4101,)
)
"""Gamma Capillary Transit Time (GCTT) Model (DCM 126345)."""

AdiabaticTissueHomogeneityATHModel: Final[Code] = Code(
    "DCM", "126346", "Adiabatic Tissue Homogeneity (ATH) Model", (4101,)
)
"""Adiabatic Tissue Homogeneity (ATH) Model (DCM 126346)."""

TwoCompartmentExchange2CXModel: Final[Code] = Code(
    "DCM", "126347", "Two Compartment Exchange (2CX) Model", (4101,)
)
"""Two Compartment Exchange (2CX) Model (DCM 126347)."""

MEMBERS: Final[tuple[Code, ...]] = (
    StandardToftsModel,
    ExtendedToftsModel,
    FirstPassLeakageProfileFPLPModel,
    ShutterSpeedModelSSM,
    GammaCapillaryTransitTimeGCTTModel,
    AdiabaticTissueHomogeneityATHModel,
    TwoCompartmentExchange2CXModel,
)
"""The resolved membership: own members, then those of the included groups, in order."""
