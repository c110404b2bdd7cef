"""CID 7017 Category of Teaching Material - Imaging.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1181.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7017
NAME: _Final[str] = "Category of Teaching Material - Imaging"
KEYWORD: _Final[str | None] = "CategoryOfTeachingMaterialImaging"
UID: _Final[str | None] = "1.2.840.10008.6.1.1181"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MusculoskeletalImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128728", "Musculoskeletal imaging subject matter", (7017,)
)
"""Musculoskeletal imaging subject matter (DCM 128728)."""

PulmonaryImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128729", "Pulmonary imaging subject matter", (7017,)
)
"""Pulmonary imaging subject matter (DCM 128729)."""

CardiovascularImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128730", "Cardiovascular imaging subject matter", (7017,)
)
"""Cardiovascular imaging subject matter (DCM 128730)."""

GastrointestinalImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128731", "Gastrointestinal imaging subject matter", (7017,)
)
"""Gastrointestinal imaging subject matter (DCM 128731)."""

GenitourinaryImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128732", "Genitourinary imaging subject matter", (7017,)
)
"""Genitourinary imaging subject matter (DCM 128732)."""

NeuroimagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128733", "Neuroimaging subject matter", (7017,)
)
"""Neuroimaging subject matter (DCM 128733)."""

VascularAndInterventionalImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128734", "Vascular and interventional imaging subject matter", (7017,)
)
"""Vascular and interventional imaging subject matter (DCM 128734)."""

NuclearMedicineImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128735", "Nuclear medicine imaging subject matter", (7017,)
)
"""Nuclear medicine imaging subject matter (DCM 128735)."""

UltrasoundImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128736", "Ultrasound imaging subject matter", (7017,)
)
"""Ultrasound imaging subject matter (DCM 128736)."""

PediatricImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128737", "Pediatric imaging subject matter", (7017,)
)
"""Pediatric imaging subject matter (DCM 128737)."""

BreastImagingSubjectMatter: _Final[_Code] = _Code(
    "DCM", "128738", "Breast imaging subject matter", (7017,)
)
"""Breast imaging subject matter (DCM 128738)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MusculoskeletalImagingSubjectMatter,
    PulmonaryImagingSubjectMatter,
    CardiovascularImagingSubjectMatter,
    GastrointestinalImagingSubjectMatter,
    GenitourinaryImagingSubjectMatter,
    NeuroimagingSubjectMatter,
    VascularAndInterventionalImagingSubjectMatter,
    NuclearMedicineImagingSubjectMatter,
    UltrasoundImagingSubjectMatter,
    PediatricImagingSubjectMatter,
    BreastImagingSubjectMatter,
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
