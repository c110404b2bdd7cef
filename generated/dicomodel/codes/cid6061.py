"""CID 6061 Breast Imaging Procedure Modifier.

Extensible, version 20090819, UID 1.2.840.10008.6.1.390.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6061
NAME: Final[str] = "Breast Imaging Procedure Modifier"
KEYWORD: Final[str | None] = "BreastImagingProcedureModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.390"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090819"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Screening: Final[Code] = Code("SCT", "360156006", "Screening", (3629, 4256, 6061))
"""Screening (SCT 360156006)."""

Diagnostic: Final[Code] = Code("SCT", "261004008", "Diagnostic", (3629, 4256, 6061, 6319, 7064))
"""Diagnostic (SCT 261004008)."""

Targeted: Final[Code] = Code("DCM", "111127", "Targeted", (6061,))
"""Targeted (DCM 111127)."""

Survey: Final[Code] = Code("DCM", "111128", "Survey", (6061,))
"""Survey (DCM 111128)."""

Calibration: Final[Code] = Code("DCM", "122505", "Calibration", (6061,))
"""Calibration (DCM 122505)."""

QualityControl: Final[Code] = Code("DCM", "110002", "Quality Control", (6061, 9231))
"""Quality Control (DCM 110002)."""

NeedleLocalizationAndBiopsy: Final[Code] = Code(
    "DCM", "111144", "Needle localization and biopsy", (6029, 6061)
)
"""Needle localization and biopsy (DCM 111144)."""

MarkerPlacement: Final[Code] = Code("DCM", "111123", "Marker placement", (6050, 6061))
"""Marker placement (DCM 111123)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Screening,
    Diagnostic,
    Targeted,
    Survey,
    Calibration,
    QualityControl,
    NeedleLocalizationAndBiopsy,
    MarkerPlacement,
)
"""The resolved membership: own members, then those of the included groups, in order."""
