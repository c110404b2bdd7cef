"""CID 8131 Pathology Imaging Protocol.

Extensible, version 20240324, UID 1.2.840.10008.6.1.948.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8131
NAME: _Final[str] = "Pathology Imaging Protocol"
KEYWORD: _Final[str | None] = "PathologyImagingProtocol"
UID: _Final[str | None] = "1.2.840.10008.6.1.948"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240324"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PeriOperativePhotographicImaging: _Final[_Code] = _Code(
    "DCM", "112700", "Peri-operative Photographic Imaging", (8131,)
)
"""Peri-operative Photographic Imaging (DCM 112700)."""

SlideMicroscopy: _Final[_Code] = _Code("DCM", "112702", "Slide Microscopy", (8131,))
"""Slide Microscopy (DCM 112702)."""

WholeSlideImaging: _Final[_Code] = _Code("DCM", "112703", "Whole Slide Imaging", (8131,))
"""Whole Slide Imaging (DCM 112703)."""

WSI20XRGB: _Final[_Code] = _Code("DCM", "112704", "WSI 20X RGB", (8131,))
"""WSI 20X RGB (DCM 112704)."""

WSI40XRGB: _Final[_Code] = _Code("DCM", "112705", "WSI 40X RGB", (8131,))
"""WSI 40X RGB (DCM 112705)."""

Histology: _Final[_Code] = _Code("SCT", "714797009", "Histology", (8131,))
"""Histology (SCT 714797009)."""

Histopathology: _Final[_Code] = _Code("SCT", "252416005", "Histopathology", (8131,))
"""Histopathology (SCT 252416005)."""

Microscopy: _Final[_Code] = _Code("SCT", "117259009", "Microscopy", (8131,))
"""Microscopy (SCT 117259009)."""

LightMicroscopy: _Final[_Code] = _Code("SCT", "104157003", "Light microscopy", (8131,))
"""Light microscopy (SCT 104157003)."""

Photomicrography: _Final[_Code] = _Code("SCT", "60287000", "Photomicrography", (8131,))
"""Photomicrography (SCT 60287000)."""

PhotographyOfPatient: _Final[_Code] = _Code("SCT", "197157006", "Photography of patient", (8131,))
"""Photography of patient (SCT 197157006)."""

PhotographyOfGrossOrgan: _Final[_Code] = _Code(
    "SCT", "52432005", "Photography of gross organ", (8131,)
)
"""Photography of gross organ (SCT 52432005)."""

GrossPathologyRequest: _Final[_Code] = _Code("SCT", "168456004", "Gross pathology request", (8131,))
"""Gross pathology request (SCT 168456004)."""

Immunohistochemistry: _Final[_Code] = _Code("SCT", "117617002", "Immunohistochemistry", (8131,))
"""Immunohistochemistry (SCT 117617002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PeriOperativePhotographicImaging,
    SlideMicroscopy,
    WholeSlideImaging,
    WSI20XRGB,
    WSI40XRGB,
    Histology,
    Histopathology,
    Microscopy,
    LightMicroscopy,
    Photomicrography,
    PhotographyOfPatient,
    PhotographyOfGrossOrgan,
    GrossPathologyRequest,
    Immunohistochemistry,
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
