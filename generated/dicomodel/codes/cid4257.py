"""CID 4257 Visual Field Global Index Name.

Extensible, version 20100827, UID 1.2.840.10008.6.1.916.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4257
NAME: _Final[str] = "Visual Field Global Index Name"
KEYWORD: _Final[str | None] = "VisualFieldGlobalIndexName"
UID: _Final[str | None] = "1.2.840.10008.6.1.916"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

VisualFieldIndex: _Final[_Code] = _Code("DCM", "111852", "Visual Field Index", (4257,))
"""Visual Field Index (DCM 111852)."""

VisualFieldLossDueToDiffuseDefect: _Final[_Code] = _Code(
    "DCM", "111853", "Visual Field Loss Due to Diffuse Defect", (4257,)
)
"""Visual Field Loss Due to Diffuse Defect (DCM 111853)."""

VisualFieldLossDueToLocalDefect: _Final[_Code] = _Code(
    "DCM", "111854", "Visual Field Loss Due to Local Defect", (4257,)
)
"""Visual Field Loss Due to Local Defect (DCM 111854)."""

GlaucomaHemifieldTestAnalysis: _Final[_Code] = _Code(
    "DCM", "111855", "Glaucoma Hemifield Test Analysis", (4257,)
)
"""Glaucoma Hemifield Test Analysis (DCM 111855)."""

OpticalFixationMeasurements: _Final[_Code] = _Code(
    "DCM", "111856", "Optical Fixation Measurements", (4257,)
)
"""Optical Fixation Measurements (DCM 111856)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    VisualFieldIndex,
    VisualFieldLossDueToDiffuseDefect,
    VisualFieldLossDueToLocalDefect,
    GlaucomaHemifieldTestAnalysis,
    OpticalFixationMeasurements,
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
