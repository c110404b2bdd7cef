"""CID 6141 Attenuation Coefficient Measurement.

Extensible, version 20030108, UID 1.2.840.10008.6.1.461.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6141
NAME: Final[str] = "Attenuation Coefficient Measurement"
KEYWORD: Final[str | None] = "AttenuationCoefficientMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.461"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AttenuationCoefficient: Final[Code] = Code(
    "DCM", "112031", "Attenuation Coefficient", (6141, 7180, 10069)
)
"""Attenuation Coefficient (DCM 112031)."""

MinimumAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112179", "Minimum Attenuation Coefficient", (6141,)
)
"""Minimum Attenuation Coefficient (DCM 112179)."""

MaximumAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112180", "Maximum Attenuation Coefficient", (6141,)
)
"""Maximum Attenuation Coefficient (DCM 112180)."""

MeanAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112181", "Mean Attenuation Coefficient", (6141,)
)
"""Mean Attenuation Coefficient (DCM 112181)."""

MedianAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112182", "Median Attenuation Coefficient", (6141,)
)
"""Median Attenuation Coefficient (DCM 112182)."""

StandardDeviationOfAttenuationCoefficient: Final[Code] = Code(
    "DCM", "112183", "Standard Deviation of Attenuation Coefficient", (6141,)
)
"""Standard Deviation of Attenuation Coefficient (DCM 112183)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AttenuationCoefficient,
    MinimumAttenuationCoefficient,
    MaximumAttenuationCoefficient,
    MeanAttenuationCoefficient,
    MedianAttenuationCoefficient,
    StandardDeviationOfAttenuationCoefficient,
)
"""The resolved membership: own members, then those of the included groups, in order."""
