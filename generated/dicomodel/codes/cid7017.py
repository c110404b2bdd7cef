"""CID 7017 Category of Teaching Material - Imaging.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1181.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7017
NAME: Final[str] = "Category of Teaching Material - Imaging"
KEYWORD: Final[str | None] = "CategoryOfTeachingMaterialImaging"
UID: Final[str | None] = "1.2.840.10008.6.1.1181"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MusculoskeletalImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128728", "Musculoskeletal imaging subject matter", (7017,)
)
"""Musculoskeletal imaging subject matter (DCM 128728)."""

PulmonaryImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128729", "Pulmonary imaging subject matter", (7017,)
)
"""Pulmonary imaging subject matter (DCM 128729)."""

CardiovascularImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128730", "Cardiovascular imaging subject matter", (7017,)
)
"""Cardiovascular imaging subject matter (DCM 128730)."""

GastrointestinalImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128731", "Gastrointestinal imaging subject matter", (7017,)
)
"""Gastrointestinal imaging subject matter (DCM 128731)."""

GenitourinaryImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128732", "Genitourinary imaging subject matter", (7017,)
)
"""Genitourinary imaging subject matter (DCM 128732)."""

NeuroimagingSubjectMatter: Final[Code] = Code(
    "DCM", "128733", "Neuroimaging subject matter", (7017,)
)
"""Neuroimaging subject matter (DCM 128733)."""

VascularAndInterventionalImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128734", "Vascular and interventional imaging subject matter", (7017,)
)
"""Vascular and interventional imaging subject matter (DCM 128734)."""

NuclearMedicineImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128735", "Nuclear medicine imaging subject matter", (7017,)
)
"""Nuclear medicine imaging subject matter (DCM 128735)."""

UltrasoundImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128736", "Ultrasound imaging subject matter", (7017,)
)
"""Ultrasound imaging subject matter (DCM 128736)."""

PediatricImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128737", "Pediatric imaging subject matter", (7017,)
)
"""Pediatric imaging subject matter (DCM 128737)."""

BreastImagingSubjectMatter: Final[Code] = Code(
    "DCM", "128738", "Breast imaging subject matter", (7017,)
)
"""Breast imaging subject matter (DCM 128738)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
