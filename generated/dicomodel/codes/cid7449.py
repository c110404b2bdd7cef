"""CID 7449 Reader Specialty.

Extensible, version 20160601, UID 1.2.840.10008.6.1.1119.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7449
NAME: _Final[str] = "Reader Specialty"
KEYWORD: _Final[str | None] = "ReaderSpecialty"
UID: _Final[str | None] = "1.2.840.10008.6.1.1119"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160601"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbdominalImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128006", "Abdominal Imaging Specialty", (7449,)
)
"""Abdominal Imaging Specialty (DCM 128006)."""

CardiacImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128007", "Cardiac Imaging Specialty", (7449,)
)
"""Cardiac Imaging Specialty (DCM 128007)."""

HeadAndNeckImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128008", "Head and Neck Imaging Specialty", (7449,)
)
"""Head and Neck Imaging Specialty (DCM 128008)."""

MusculoskeletalImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128009", "Musculoskeletal Imaging Specialty", (7449,)
)
"""Musculoskeletal Imaging Specialty (DCM 128009)."""

NeurologySpecialty: _Final[_Code] = _Code("DCM", "128010", "Neurology Specialty", (7449,))
"""Neurology Specialty (DCM 128010)."""

NeuroradiologyImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128011", "Neuroradiology Imaging Specialty", (7449,)
)
"""Neuroradiology Imaging Specialty (DCM 128011)."""

OBGynImagingSpecialty: _Final[_Code] = _Code("DCM", "128012", "OB/Gyn Imaging Specialty", (7449,))
"""OB/Gyn Imaging Specialty (DCM 128012)."""

OncologicImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128013", "Oncologic Imaging Specialty", (7449,)
)
"""Oncologic Imaging Specialty (DCM 128013)."""

OncologySpecialty: _Final[_Code] = _Code("DCM", "128014", "Oncology Specialty", (7449,))
"""Oncology Specialty (DCM 128014)."""

ThoracicImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128015", "Thoracic Imaging Specialty", (7449,)
)
"""Thoracic Imaging Specialty (DCM 128015)."""

PediatricImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128016", "Pediatric Imaging Specialty", (7449,)
)
"""Pediatric Imaging Specialty (DCM 128016)."""

VascularImagingSpecialty: _Final[_Code] = _Code(
    "DCM", "128017", "Vascular Imaging Specialty", (7449,)
)
"""Vascular Imaging Specialty (DCM 128017)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AbdominalImagingSpecialty,
    CardiacImagingSpecialty,
    HeadAndNeckImagingSpecialty,
    MusculoskeletalImagingSpecialty,
    NeurologySpecialty,
    NeuroradiologyImagingSpecialty,
    OBGynImagingSpecialty,
    OncologicImagingSpecialty,
    OncologySpecialty,
    ThoracicImagingSpecialty,
    PediatricImagingSpecialty,
    VascularImagingSpecialty,
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
