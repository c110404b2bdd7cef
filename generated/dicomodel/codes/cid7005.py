"""CID 7005 Contributing Equipment Purpose of Reference.

Extensible, version 20240324, UID 1.2.840.10008.6.1.486.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7005
NAME: Final[str] = "Contributing Equipment Purpose of Reference"
KEYWORD: Final[str | None] = "ContributingEquipmentPurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.486"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240324"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AcquisitionEquipment: Final[Code] = Code("DCM", "109101", "Acquisition Equipment", (7005,))
"""Acquisition Equipment (DCM 109101)."""

ProcessingEquipment: Final[Code] = Code("DCM", "109102", "Processing Equipment", (7005,))
"""Processing Equipment (DCM 109102)."""

ModifyingEquipment: Final[Code] = Code("DCM", "109103", "Modifying Equipment", (7005,))
"""Modifying Equipment (DCM 109103)."""

DeIdentifyingEquipment: Final[Code] = Code("DCM", "109104", "De-identifying Equipment", (7005,))
"""De-identifying Equipment (DCM 109104)."""

FrameExtractingEquipment: Final[Code] = Code("DCM", "109105", "Frame Extracting Equipment", (7005,))
"""Frame Extracting Equipment (DCM 109105)."""

EnhancedMultiFrameConversionEquipment: Final[Code] = Code(
    "DCM", "109106", "Enhanced Multi-frame Conversion Equipment", (7005,)
)
"""Enhanced Multi-frame Conversion Equipment (DCM 109106)."""

PortableMediaImporterEquipment: Final[Code] = Code(
    "DCM", "MEDIM", "Portable Media Importer Equipment", (7005,)
)
"""Portable Media Importer Equipment (DCM MEDIM)."""

FilmDigitizer: Final[Code] = Code("DCM", "FILMD", "Film Digitizer", (30, 7005))
"""Film Digitizer (DCM FILMD)."""

DocumentDigitizerEquipment: Final[Code] = Code(
    "DCM", "DOCD", "Document Digitizer Equipment", (7005,)
)
"""Document Digitizer Equipment (DCM DOCD)."""

VideoTapeDigitizerEquipment: Final[Code] = Code(
    "DCM", "VIDD", "Video Tape Digitizer Equipment", (7005,)
)
"""Video Tape Digitizer Equipment (DCM VIDD)."""

SynthesizingEquipment: Final[Code] = Code("DCM", "109100", "Synthesizing Equipment", (7005,))
"""Synthesizing Equipment (DCM 109100)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
