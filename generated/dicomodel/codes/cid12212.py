"""CID 12212 Echocardiography Aorta Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.605.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12212
NAME: Final[str] = "Echocardiography Aorta Measurement"
KEYWORD: Final[str | None] = "EchocardiographyAortaMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.605"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: Final[str | None] = None

AorticRootDiameter: Final[Code] = Code("LN", "18015-8", "Aortic Root Diameter", (12212,))
"""Aortic Root Diameter (LN 18015-8)."""

AorticArchDiameter: Final[Code] = Code("LN", "18011-7", "Aortic Arch Diameter", (12212,))
"""Aortic Arch Diameter (LN 18011-7)."""

AscendingAorticDiameter: Final[Code] = Code("LN", "18012-5", "Ascending Aortic Diameter", (12212,))
"""Ascending Aortic Diameter (LN 18012-5)."""

AorticIsthmusDiameter: Final[Code] = Code("LN", "18014-1", "Aortic Isthmus Diameter", (12212,))
"""Aortic Isthmus Diameter (LN 18014-1)."""

DescendingAorticDiameter: Final[Code] = Code(
    "LN", "18013-3", "Descending Aortic Diameter", (12212,)
)
"""Descending Aortic Diameter (LN 18013-3)."""

ThoracicAortaCoarctationSystolicPeakInstantaneousGradient: Final[Code] = Code(
    "LN", "17995-2", "Thoracic Aorta Coarctation Systolic Peak Instantaneous Gradient", (12212,)
)
"""Thoracic Aorta Coarctation Systolic Peak Instantaneous Gradient (LN 17995-2)."""

ThoracicAortaCoarctationSystolicPeakVelocity: Final[Code] = Code(
    "LN", "29460-3", "Thoracic Aorta Coarctation Systolic Peak Velocity", (12212,)
)
"""Thoracic Aorta Coarctation Systolic Peak Velocity (LN 29460-3)."""

HeartRate: Final[Code] = Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: Final[tuple[Code, ...]] = (
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
