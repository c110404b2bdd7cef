"""CID 6201 Colon Finding or Feature.

Extensible, version 20220922, UID 1.2.840.10008.6.1.788.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6201
NAME: _Final[str] = "Colon Finding or Feature"
KEYWORD: _Final[str | None] = "ColonFindingOrFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.788"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ImageQuality: _Final[_Code] = _Code("DCM", "111101", "Image quality", (6014, 6101, 6201))
"""Image quality (DCM 111101)."""

SelectedRegion: _Final[_Code] = _Code("DCM", "111099", "Selected region", (6014, 6101, 6201))
"""Selected region (DCM 111099)."""

PolypOfColon: _Final[_Code] = _Code("SCT", "68496003", "Polyp of colon", (6201,))
"""Polyp of colon (SCT 68496003)."""

TumorOfColon: _Final[_Code] = _Code("SCT", "126838000", "Tumor of colon", (6201,))
"""Tumor of colon (SCT 126838000)."""

RectalMass: _Final[_Code] = _Code("SCT", "248523006", "Rectal mass", (6201,))
"""Rectal mass (SCT 248523006)."""

Diverticulum: _Final[_Code] = _Code("SCT", "31113003", "Diverticulum", (3810, 6201))
"""Diverticulum (SCT 31113003)."""

ColonicHaustra: _Final[_Code] = _Code("SCT", "6533001", "Colonic haustra", (6201,))
"""Colonic haustra (SCT 6533001)."""

Feces: _Final[_Code] = _Code("SCT", "39477002", "Feces", (6201, 7197))
"""Feces (SCT 39477002)."""

Lipoma: _Final[_Code] = _Code("SCT", "134328007", "Lipoma", (6031, 6201))
"""Lipoma (SCT 134328007)."""

IntraluminalFluid: _Final[_Code] = _Code("SCT", "442170005", "Intraluminal fluid", (6201,))
"""Intraluminal fluid (SCT 442170005)."""

ContrastMedia: _Final[_Code] = _Code("SCT", "385420005", "Contrast media", (6201, 7112))
"""Contrast media (SCT 385420005)."""

IleocecalValve: _Final[_Code] = _Code("SCT", "23153004", "Ileocecal valve", (6201,))
"""Ileocecal valve (SCT 23153004)."""

InvertedDiverticulum: _Final[_Code] = _Code("SCT", "441901008", "Inverted diverticulum", (6201,))
"""Inverted diverticulum (SCT 441901008)."""

OperativeSite: _Final[_Code] = _Code("SCT", "43526002", "Operative Site", (6201,))
"""Operative Site (SCT 43526002)."""

NonLesion: _Final[_Code] = _Code("DCM", "111102", "Non-lesion", (6014, 6101, 6201))
"""Non-lesion (DCM 111102)."""

AnatomicNonColon: _Final[_Code] = _Code("DCM", "112238", "Anatomic non-colon", (6201,))
"""Anatomic non-colon (DCM 112238)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ImageQuality,
    SelectedRegion,
    PolypOfColon,
    TumorOfColon,
    RectalMass,
    Diverticulum,
    ColonicHaustra,
    Feces,
    Lipoma,
    IntraluminalFluid,
    ContrastMedia,
    IleocecalValve,
    InvertedDiverticulum,
    OperativeSite,
    NonLesion,
    AnatomicNonColon,
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
