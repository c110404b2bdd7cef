"""CID 6141 Attenuation Coefficient Measurement.

Extensible, version 20030108, UID 1.2.840.10008.6.1.461.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6141
NAME: _Final[str] = "Attenuation Coefficient Measurement"
KEYWORD: _Final[str | None] = "AttenuationCoefficientMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.461"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112031", "Attenuation Coefficient", (6141, 7180, 10069)
)
"""Attenuation Coefficient (DCM 112031)."""

MinimumAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112179", "Minimum Attenuation Coefficient", (6141,)
)
"""Minimum Attenuation Coefficient (DCM 112179)."""

MaximumAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112180", "Maximum Attenuation Coefficient", (6141,)
)
"""Maximum Attenuation Coefficient (DCM 112180)."""

MeanAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112181", "Mean Attenuation Coefficient", (6141,)
)
"""Mean Attenuation Coefficient (DCM 112181)."""

MedianAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112182", "Median Attenuation Coefficient", (6141,)
)
"""Median Attenuation Coefficient (DCM 112182)."""

StandardDeviationOfAttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112183", "Standard Deviation of Attenuation Coefficient", (6141,)
)
"""Standard Deviation of Attenuation Coefficient (DCM 112183)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AttenuationCoefficient,
    MinimumAttenuationCoefficient,
    MaximumAttenuationCoefficient,
    MeanAttenuationCoefficient,
    MedianAttenuationCoefficient,
    StandardDeviationOfAttenuationCoefficient,
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
