"""CID 6201 Colon Finding or Feature.

Extensible, version 20220922, UID 1.2.840.10008.6.1.788.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6201
NAME: Final[str] = "Colon Finding or Feature"
KEYWORD: Final[str | None] = "ColonFindingOrFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.788"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ImageQuality: Final[Code] = Code("DCM", "111101", "Image quality", (6014, 6101, 6201))
"""Image quality (DCM 111101)."""

SelectedRegion: Final[Code] = Code("DCM", "111099", "Selected region", (6014, 6101, 6201))
"""Selected region (DCM 111099)."""

PolypOfColon: Final[Code] = Code("SCT", "68496003", "Polyp of colon", (6201,))
"""Polyp of colon (SCT 68496003)."""

TumorOfColon: Final[Code] = Code("SCT", "126838000", "Tumor of colon", (6201,))
"""Tumor of colon (SCT 126838000)."""

RectalMass: Final[Code] = Code("SCT", "248523006", "Rectal mass", (6201,))
"""Rectal mass (SCT 248523006)."""

Diverticulum: Final[Code] = Code("SCT", "31113003", "Diverticulum", (3810, 6201))
"""Diverticulum (SCT 31113003)."""

ColonicHaustra: Final[Code] = Code("SCT", "6533001", "Colonic haustra", (6201,))
"""Colonic haustra (SCT 6533001)."""

Feces: Final[Code] = Code("SCT", "39477002", "Feces", (6201, 7197))
"""Feces (SCT 39477002)."""

Lipoma: Final[Code] = Code("SCT", "134328007", "Lipoma", (6031, 6201))
"""Lipoma (SCT 134328007)."""

IntraluminalFluid: Final[Code] = Code("SCT", "442170005", "Intraluminal fluid", (6201,))
"""Intraluminal fluid (SCT 442170005)."""

ContrastMedia: Final[Code] = Code("SCT", "385420005", "Contrast media", (6201, 7112))
"""Contrast media (SCT 385420005)."""

IleocecalValve: Final[Code] = Code("SCT", "23153004", "Ileocecal valve", (6201,))
"""Ileocecal valve (SCT 23153004)."""

InvertedDiverticulum: Final[Code] = Code("SCT", "441901008", "Inverted diverticulum", (6201,))
"""Inverted diverticulum (SCT 441901008)."""

OperativeSite: Final[Code] = Code("SCT", "43526002", "Operative Site", (6201,))
"""Operative Site (SCT 43526002)."""

NonLesion: Final[Code] = Code("DCM", "111102", "Non-lesion", (6014, 6101, 6201))
"""Non-lesion (DCM 111102)."""

AnatomicNonColon: Final[Code] = Code("DCM", "112238", "Anatomic non-colon", (6201,))
"""Anatomic non-colon (DCM 112238)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
