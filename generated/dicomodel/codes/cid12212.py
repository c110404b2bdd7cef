"""CID 12212 Echocardiography Aorta Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.605.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12212
NAME: _Final[str] = "Echocardiography Aorta Measurement"
KEYWORD: _Final[str | None] = "EchocardiographyAortaMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.605"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: _Final[str | None] = None

AorticRootDiameter: _Final[_Code] = _Code("LN", "18015-8", "Aortic Root Diameter", (12212,))
"""Aortic Root Diameter (LN 18015-8)."""

AorticArchDiameter: _Final[_Code] = _Code("LN", "18011-7", "Aortic Arch Diameter", (12212,))
"""Aortic Arch Diameter (LN 18011-7)."""

AscendingAorticDiameter: _Final[_Code] = _Code(
    "LN", "18012-5", "Ascending Aortic Diameter", (12212,)
)
"""Ascending Aortic Diameter (LN 18012-5)."""

AorticIsthmusDiameter: _Final[_Code] = _Code("LN", "18014-1", "Aortic Isthmus Diameter", (12212,))
"""Aortic Isthmus Diameter (LN 18014-1)."""

DescendingAorticDiameter: _Final[_Code] = _Code(
    "LN", "18013-3", "Descending Aortic Diameter", (12212,)
)
"""Descending Aortic Diameter (LN 18013-3)."""

ThoracicAortaCoarctationSystolicPeakInstantaneousGradient: _Final[_Code] = _Code(
    "LN", "17995-2", "Thoracic Aorta Coarctation Systolic Peak Instantaneous Gradient", (12212,)
)
"""Thoracic Aorta Coarctation Systolic Peak Instantaneous Gradient (LN 17995-2)."""

ThoracicAortaCoarctationSystolicPeakVelocity: _Final[_Code] = _Code(
    "LN", "29460-3", "Thoracic Aorta Coarctation Systolic Peak Velocity", (12212,)
)
"""Thoracic Aorta Coarctation Systolic Peak Velocity (LN 29460-3)."""

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AorticRootDiameter,
    AorticArchDiameter,
    AscendingAorticDiameter,
    AorticIsthmusDiameter,
    DescendingAorticDiameter,
    ThoracicAortaCoarctationSystolicPeakInstantaneousGradient,
    ThoracicAortaCoarctationSystolicPeakVelocity,
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
