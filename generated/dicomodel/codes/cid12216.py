"""CID 12216 Echocardiography Hepatic Vein Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.608.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12216
NAME: _Final[str] = "Echocardiography Hepatic Vein Measurement"
KEYWORD: _Final[str | None] = "EchocardiographyHepaticVeinMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.608"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: _Final[str | None] = None

HepaticVeinSystolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29471-0", "Hepatic Vein Systolic Peak Velocity", (12216,)
)
"""Hepatic Vein Systolic Peak Velocity (LN 29471-0)."""

HepaticVeinDiastolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29472-8", "Hepatic Vein Diastolic Peak Velocity", (12216,)
)
"""Hepatic Vein Diastolic Peak Velocity (LN 29472-8)."""

HepaticVeinSystolicToDiastolicRatio: _Final[_Code] = _Code(
    "LN", "29473-6", "Hepatic Vein Systolic to Diastolic Ratio", (12216,)
)
"""Hepatic Vein Systolic to Diastolic Ratio (LN 29473-6)."""

HepaticVeinAtrialContractionReversalPeakVelocity: _Final[_Code] = _Code(
    "LN", "29474-4", "Hepatic Vein Atrial Contraction Reversal Peak Velocity", (12216,)
)
"""Hepatic Vein Atrial Contraction Reversal Peak Velocity (LN 29474-4)."""

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HepaticVeinSystolicPeakVelocity,
    HepaticVeinDiastolicPeakVelocity,
    HepaticVeinSystolicToDiastolicRatio,
    HepaticVeinAtrialContractionReversalPeakVelocity,
    HeartRate,
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
