"""CID 6061 Breast Imaging Procedure Modifier.

Extensible, version 20090819, UID 1.2.840.10008.6.1.390.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6061
NAME: _Final[str] = "Breast Imaging Procedure Modifier"
KEYWORD: _Final[str | None] = "BreastImagingProcedureModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.390"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090819"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Screening: _Final[_Code] = _Code("SCT", "360156006", "Screening", (3629, 4256, 6061))
"""Screening (SCT 360156006)."""

Diagnostic: _Final[_Code] = _Code("SCT", "261004008", "Diagnostic", (3629, 4256, 6061, 6319, 7064))
"""Diagnostic (SCT 261004008)."""

Targeted: _Final[_Code] = _Code("DCM", "111127", "Targeted", (6061,))
"""Targeted (DCM 111127)."""

Survey: _Final[_Code] = _Code("DCM", "111128", "Survey", (6061,))
"""Survey (DCM 111128)."""

Calibration: _Final[_Code] = _Code("DCM", "122505", "Calibration", (6061,))
"""Calibration (DCM 122505)."""

QualityControl: _Final[_Code] = _Code("DCM", "110002", "Quality Control", (6061, 9231))
"""Quality Control (DCM 110002)."""

NeedleLocalizationAndBiopsy: _Final[_Code] = _Code(
    "DCM", "111144", "Needle localization and biopsy", (6029, 6061)
)
"""Needle localization and biopsy (DCM 111144)."""

MarkerPlacement: _Final[_Code] = _Code("DCM", "111123", "Marker placement", (6050, 6061))
"""Marker placement (DCM 111123)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
