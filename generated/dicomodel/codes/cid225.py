"""CID 225 Measurement Uncertainty Concept.

Extensible, version 20030327, UID 1.2.840.10008.6.1.30.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 225
NAME: Final[str] = "Measurement Uncertainty Concept"
KEYWORD: Final[str | None] = "MeasurementUncertaintyConcept"
UID: Final[str | None] = "1.2.840.10008.6.1.30"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RangeOfMeasurementUncertainty: Final[Code] = Code(
    "SCT", "371884006", "+/-, range of measurement uncertainty", (225,)
)
"""+/-, range of measurement uncertainty (SCT 371884006)."""

RangeOfUpperMeasurementUncertainty: Final[Code] = Code(
    "SCT", "371886008", "+, range of upper measurement uncertainty", (225,)
)
"""+, range of upper measurement uncertainty (SCT 371886008)."""

RangeOfLowerMeasurementUncertainty: Final[Code] = Code(
    "SCT", "371885007", "-, range of lower measurement uncertainty", (225,)
)
"""-, range of lower measurement uncertainty (SCT 371885007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RangeOfMeasurementUncertainty,
    RangeOfUpperMeasurementUncertainty,
    RangeOfLowerMeasurementUncertainty,
)
"""The resolved membership: own members, then those of the included groups, in order."""
