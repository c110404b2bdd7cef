"""CID 4270 OCT-A Processing Algorithm Family.

Extensible, version 20181110, UID 1.2.840.10008.6.1.1150.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4270
NAME: _Final[str] = "OCT-A Processing Algorithm Family"
KEYWORD: _Final[str | None] = "OCTAProcessingAlgorithmFamily"
UID: _Final[str | None] = "1.2.840.10008.6.1.1150"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OCTAAmplitudeDecorrelation: _Final[_Code] = _Code(
    "DCM", "128252", "OCT-A amplitude decorrelation", (4270,)
)
"""OCT-A amplitude decorrelation (DCM 128252)."""

OCTAComplexVariance: _Final[_Code] = _Code("DCM", "128253", "OCT-A complex variance", (4270,))
"""OCT-A complex variance (DCM 128253)."""

OCTASpeckleVariance: _Final[_Code] = _Code("DCM", "128254", "OCT-A speckle variance", (4270,))
"""OCT-A speckle variance (DCM 128254)."""

OCTACorrelationMapping: _Final[_Code] = _Code("DCM", "128255", "OCT-A correlation mapping", (4270,))
"""OCT-A correlation mapping (DCM 128255)."""

DopplerOCTA: _Final[_Code] = _Code("DCM", "128256", "Doppler OCT-A", (4270,))
"""Doppler OCT-A (DCM 128256)."""

OCTAOneSidedRatio_128304: _Final[_Code] = _Code(
    "DCM", "128304", "OCT-A one-sided ratio (lesser)", (4270,)
)
"""OCT-A one-sided ratio (lesser) (DCM 128304)."""

OCTAOneSidedRatio_128305: _Final[_Code] = _Code(
    "DCM", "128305", "OCT-A one-sided ratio (greater)", (4270,)
)
"""OCT-A one-sided ratio (greater) (DCM 128305)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    OCTAAmplitudeDecorrelation,
    OCTAComplexVariance,
    OCTASpeckleVariance,
    OCTACorrelationMapping,
    DopplerOCTA,
    OCTAOneSidedRatio_128304,
    OCTAOneSidedRatio_128305,
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
