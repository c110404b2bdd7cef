"""CID 12205 Echocardiography Left Atrium Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.598.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12205
NAME: _Final[str] = "Echocardiography Left Atrium Measurement"
KEYWORD: _Final[str | None] = "EchocardiographyLeftAtriumMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.598"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: _Final[str | None] = None

LeftAtriumAnteroPosteriorSystolicDimension: _Final[_Code] = _Code(
    "LN", "29469-4", "Left Atrium Antero-posterior Systolic Dimension", (12205,)
)
"""Left Atrium Antero-posterior Systolic Dimension (LN 29469-4)."""

LeftAtriumToAorticRootRatio: _Final[_Code] = _Code(
    "LN", "17985-3", "Left Atrium to Aortic Root Ratio", (12205, 12265)
)
"""Left Atrium to Aortic Root Ratio (LN 17985-3)."""

LeftAtrialAppendagePeakVelocity: _Final[_Code] = _Code(
    "LN", "29486-8", "Left Atrial Appendage Peak Velocity", (12205,)
)
"""Left Atrial Appendage Peak Velocity (LN 29486-8)."""

LeftAtriumAreaA4CView: _Final[_Code] = _Code("LN", "17977-0", "Left Atrium Area A4C view", (12205,))
"""Left Atrium Area A4C view (LN 17977-0)."""

LeftAtriumSystolicVolume: _Final[_Code] = _Code(
    "SCT", "399235004", "Left Atrium Systolic Volume", (12205,)
)
"""Left Atrium Systolic Volume (SCT 399235004)."""

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftAtriumAnteroPosteriorSystolicDimension,
    LeftAtriumToAorticRootRatio,
    LeftAtrialAppendagePeakVelocity,
    LeftAtriumAreaA4CView,
    LeftAtriumSystolicVolume,
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
