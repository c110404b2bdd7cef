"""CID 10023 Size Specific Dose Estimation Method for CT.

Extensible, version 20200919, UID 1.2.840.10008.6.1.947.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10023
NAME: _Final[str] = "Size Specific Dose Estimation Method for CT"
KEYWORD: _Final[str | None] = "SizeSpecificDoseEstimationMethodForCT"
UID: _Final[str | None] = "1.2.840.10008.6.1.947"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200919"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AAPM204LateralDimension: _Final[_Code] = _Code(
    "DCM", "113934", "AAPM 204 Lateral Dimension", (10023,)
)
"""AAPM 204 Lateral Dimension (DCM 113934)."""

AAPM204APDimension: _Final[_Code] = _Code("DCM", "113935", "AAPM 204 AP Dimension", (10023,))
"""AAPM 204 AP Dimension (DCM 113935)."""

AAPM204SumOfLateralAndAPDimension: _Final[_Code] = _Code(
    "DCM", "113936", "AAPM 204 Sum of Lateral and AP Dimension", (10023,)
)
"""AAPM 204 Sum of Lateral and AP Dimension (DCM 113936)."""

AAPM204EffectiveDiameterEstimatedFromPatientAge: _Final[_Code] = _Code(
    "DCM", "113937", "AAPM 204 Effective Diameter Estimated From Patient Age", (10023,)
)
"""AAPM 204 Effective Diameter Estimated From Patient Age (DCM 113937)."""

EstimatedFromWaterEquivalentDiameter: _Final[_Code] = _Code(
    "DCM", "113988", "Estimated from Water Equivalent Diameter", (10023,)
)
"""Estimated from Water Equivalent Diameter (DCM 113988)."""

ArithmeticAverageOfSSDEZ: _Final[_Code] = _Code(
    "DCM", "113989", "Arithmetic Average of SSDE(z)", (10023,)
)
"""Arithmetic Average of SSDE(z) (DCM 113989)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AAPM204LateralDimension,
    AAPM204APDimension,
    AAPM204SumOfLateralAndAPDimension,
    AAPM204EffectiveDiameterEstimatedFromPatientAge,
    EstimatedFromWaterEquivalentDiameter,
    ArithmeticAverageOfSSDEZ,
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
