"""CID 7005 Contributing Equipment Purpose of Reference.

Extensible, version 20240324, UID 1.2.840.10008.6.1.486.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7005
NAME: _Final[str] = "Contributing Equipment Purpose of Reference"
KEYWORD: _Final[str | None] = "ContributingEquipmentPurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.486"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240324"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AcquisitionEquipment: _Final[_Code] = _Code("DCM", "109101", "Acquisition Equipment", (7005,))
"""Acquisition Equipment (DCM 109101)."""

ProcessingEquipment: _Final[_Code] = _Code("DCM", "109102", "Processing Equipment", (7005,))
"""Processing Equipment (DCM 109102)."""

ModifyingEquipment: _Final[_Code] = _Code("DCM", "109103", "Modifying Equipment", (7005,))
"""Modifying Equipment (DCM 109103)."""

DeIdentifyingEquipment: _Final[_Code] = _Code("DCM", "109104", "De-identifying Equipment", (7005,))
"""De-identifying Equipment (DCM 109104)."""

FrameExtractingEquipment: _Final[_Code] = _Code(
    "DCM", "109105", "Frame Extracting Equipment", (7005,)
)
"""Frame Extracting Equipment (DCM 109105)."""

EnhancedMultiFrameConversionEquipment: _Final[_Code] = _Code(
    "DCM", "109106", "Enhanced Multi-frame Conversion Equipment", (7005,)
)
"""Enhanced Multi-frame Conversion Equipment (DCM 109106)."""

PortableMediaImporterEquipment: _Final[_Code] = _Code(
    "DCM", "MEDIM", "Portable Media Importer Equipment", (7005,)
)
"""Portable Media Importer Equipment (DCM MEDIM)."""

FilmDigitizer: _Final[_Code] = _Code("DCM", "FILMD", "Film Digitizer", (30, 7005))
"""Film Digitizer (DCM FILMD)."""

DocumentDigitizerEquipment: _Final[_Code] = _Code(
    "DCM", "DOCD", "Document Digitizer Equipment", (7005,)
)
"""Document Digitizer Equipment (DCM DOCD)."""

VideoTapeDigitizerEquipment: _Final[_Code] = _Code(
    "DCM", "VIDD", "Video Tape Digitizer Equipment", (7005,)
)
"""Video Tape Digitizer Equipment (DCM VIDD)."""

SynthesizingEquipment: _Final[_Code] = _Code("DCM", "109100", "Synthesizing Equipment", (7005,))
"""Synthesizing Equipment (DCM 109100)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AcquisitionEquipment,
    ProcessingEquipment,
    ModifyingEquipment,
    DeIdentifyingEquipment,
    FrameExtractingEquipment,
    EnhancedMultiFrameConversionEquipment,
    PortableMediaImporterEquipment,
    FilmDigitizer,
    DocumentDigitizerEquipment,
    VideoTapeDigitizerEquipment,
    SynthesizingEquipment,
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
