"""CID 6336 MRI Abnormality.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1393.
Includes CID 6337.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6336
NAME: Final[str] = "MRI Abnormality"
KEYWORD: Final[str | None] = "MRIAbnormality"
UID: Final[str | None] = "1.2.840.10008.6.1.1393"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = (6337,)
EXTERNAL_SCHEME: Final[str | None] = None

FocalAbnormality: Final[Code] = Code("DCM", "Focal abnormality", "Focal abnormality", (6337,))
"""Focal abnormality (DCM Focal abnormality). Included from CID 6337."""

Focal: Final[Code] = Code("SCT", "87017008", "Focal", (6128, 6337))
"""Focal (SCT 87017008). Included from CID 6337."""

IndexLesion: Final[Code] = Code("NCIt", "C110961", "Index lesion", (6337,))
"""Index lesion (NCIt C110961). Included from CID 6337."""

Lesion: Final[Code] = Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006). Included from CID 6337."""

Mass: Final[Code] = Code("SCT", "4147007", "Mass", (6104, 6337, 7159))
"""Mass (SCT 4147007). Included from CID 6337."""

Nodule: Final[Code] = Code("SCT", "27925004", "Nodule", (6104, 6337, 7159))
"""Nodule (SCT 27925004). Included from CID 6337."""

NonFocalAbnormality: Final[Code] = Code(
    "DCM", "Non-focal abnormality", "Non-focal abnormality", (6337,)
)
"""Non-focal abnormality (DCM Non-focal abnormality). Included from CID 6337."""

Diffuse: Final[Code] = Code("SCT", "19648000", "Diffuse", (6128, 6337))
"""Diffuse (SCT 19648000). Included from CID 6337."""

Multifocal: Final[Code] = Code("SCT", "524008", "Multifocal", (6128, 6337))
"""Multifocal (SCT 524008). Included from CID 6337."""

Regional: Final[Code] = Code("SCT", "410674003", "Regional", (6337,))
"""Regional (SCT 410674003). Included from CID 6337."""

BenignProstateHyperplasia: Final[Code] = Code(
    "SCT", "444808002", "Benign Prostate Hyperplasia", (6313, 6338)
)
"""Benign Prostate Hyperplasia (SCT 444808002). Included from CID 6338."""

Hemorrhage: Final[Code] = Code("SCT", "50960005", "Hemorrhage", (3754, 6338, 7159))
"""Hemorrhage (SCT 50960005). Included from CID 6338."""

Cyst: Final[Code] = Code("SCT", "367643001", "Cyst", (6338, 7159))
"""Cyst (SCT 367643001). Included from CID 6338."""

PathologicCalcification: Final[Code] = Code(
    "SCT", "18115005", "Pathologic calcification", (3802, 6338)
)
"""Pathologic calcification (SCT 18115005). Included from CID 6338."""

Prostatitis: Final[Code] = Code("SCT", "9713002", "Prostatitis", (6313, 6338))
"""Prostatitis (SCT 9713002). Included from CID 6338."""

Atrophy: Final[Code] = Code("SCT", "13331008", "Atrophy", (6338,))
"""Atrophy (SCT 13331008). Included from CID 6338."""

Fibrosis: Final[Code] = Code("SCT", "112674009", "Fibrosis", (6338,))
"""Fibrosis (SCT 112674009). Included from CID 6338."""

MEMBERS: Final[tuple[Code, ...]] = (
    FocalAbnormality,
    Focal,
    IndexLesion,
    Lesion,
    Mass,
    Nodule,
    NonFocalAbnormality,
    Diffuse,
    Multifocal,
    Regional,
    BenignProstateHyperplasia,
    Hemorrhage,
    Cyst,
    PathologicCalcification,
    Prostatitis,
    Atrophy,
    Fibrosis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
