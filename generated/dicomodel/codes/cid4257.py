"""CID 4257 Visual Field Global Index Name.

Extensible, version 20100827, UID 1.2.840.10008.6.1.916.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4257
NAME: Final[str] = "Visual Field Global Index Name"
KEYWORD: Final[str | None] = "VisualFieldGlobalIndexName"
UID: Final[str | None] = "1.2.840.10008.6.1.916"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VisualFieldIndex: Final[Code] = Code("DCM", "111852", "Visual Field Index", (4257,))
"""Visual Field Index (DCM 111852)."""

VisualFieldLossDueToDiffuseDefect: Final[Code] = Code(
    "DCM", "111853", "Visual Field Loss Due to Diffuse Defect", (4257,)
)
"""Visual Field Loss Due to Diffuse Defect (DCM 111853)."""

VisualFieldLossDueToLocalDefect: Final[Code] = Code(
    "DCM", "111854", "Visual Field Loss Due to Local Defect", (4257,)
)
"""Visual Field Loss Due to Local Defect (DCM 111854)."""

GlaucomaHemifieldTestAnalysis: Final[Code] = Code(
    "DCM", "111855", "Glaucoma Hemifield Test Analysis", (4257,)
)
"""Glaucoma Hemifield Test Analysis (DCM 111855)."""

OpticalFixationMeasurements: Final[Code] = Code(
    "DCM", "111856", "Optical Fixation Measurements", (4257,)
)
"""Optical Fixation Measurements (DCM 111856)."""

MEMBERS: Final[tuple[Code, ...]] = (
    VisualFieldIndex,
    VisualFieldLossDueToDiffuseDefect,
    VisualFieldLossDueToLocalDefect,
    GlaucomaHemifieldTestAnalysis,
    OpticalFixationMeasurements,
)
"""The resolved membership: own members, then those of the included groups, in order."""
