"""CID 6101 Chest Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.421.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6101
NAME: _Final[str] = "Chest Finding or Feature"
KEYWORD: _Final[str | None] = "ChestFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.421"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbnormalLines1D: _Final[_Code] = _Code("DCM", "112061", "Abnormal lines (1D)", (6101,))
"""Abnormal lines (1D) (DCM 112061)."""

AbnormalOpacity: _Final[_Code] = _Code("DCM", "112033", "Abnormal opacity", (6101,))
"""Abnormal opacity (DCM 112033)."""

AbnormalLucency: _Final[_Code] = _Code("DCM", "112062", "Abnormal lucency", (6101,))
"""Abnormal lucency (DCM 112062)."""

AbnormalCalcifications: _Final[_Code] = _Code("DCM", "112063", "Abnormal calcifications", (6101,))
"""Abnormal calcifications (DCM 112063)."""

AbnormalTexture: _Final[_Code] = _Code("DCM", "112064", "Abnormal texture", (6101,))
"""Abnormal texture (DCM 112064)."""

RadiographicAnatomy: _Final[_Code] = _Code("DCM", "112005", "Radiographic anatomy", (6101,))
"""Radiographic anatomy (DCM 112005)."""

NonLesion: _Final[_Code] = _Code("DCM", "111102", "Non-lesion", (6014, 6101, 6201))
"""Non-lesion (DCM 111102)."""

ImageQuality: _Final[_Code] = _Code("DCM", "111101", "Image quality", (6014, 6101, 6201))
"""Image quality (DCM 111101)."""

SelectedRegion: _Final[_Code] = _Code("DCM", "111099", "Selected region", (6014, 6101, 6201))
"""Selected region (DCM 111099)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AbnormalLines1D,
    AbnormalOpacity,
    AbnormalLucency,
    AbnormalCalcifications,
    AbnormalTexture,
    RadiographicAnatomy,
    NonLesion,
    ImageQuality,
    SelectedRegion,
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
