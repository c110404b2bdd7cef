"""CID 7008 Media Import.

Extensible, version 20061024, UID 1.2.840.10008.6.1.489.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7008
NAME: Final[str] = "Media Import"
KEYWORD: Final[str | None] = "MediaImport"
UID: Final[str | None] = "1.2.840.10008.6.1.489"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20061024"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SheetFilmDigitized: Final[Code] = Code("DCM", "110020", "Sheet Film Digitized", (7008,))
"""Sheet Film Digitized (DCM 110020)."""

CineFilmDigitized: Final[Code] = Code("DCM", "110021", "Cine Film Digitized", (7008,))
"""Cine Film Digitized (DCM 110021)."""

VideoTapeDigitized: Final[Code] = Code("DCM", "110022", "Video Tape Digitized", (7008,))
"""Video Tape Digitized (DCM 110022)."""

PaperDigitized: Final[Code] = Code("DCM", "110023", "Paper Digitized", (7008,))
"""Paper Digitized (DCM 110023)."""

CDImported: Final[Code] = Code("DCM", "110024", "CD Imported", (7008,))
"""CD Imported (DCM 110024)."""

DVDImported: Final[Code] = Code("DCM", "110025", "DVD Imported", (7008,))
"""DVD Imported (DCM 110025)."""

MODImported: Final[Code] = Code("DCM", "110026", "MOD Imported", (7008,))
"""MOD Imported (DCM 110026)."""

StudiesImported: Final[Code] = Code("DCM", "110027", "Studies Imported", (7008,))
"""Studies Imported (DCM 110027)."""

InstancesImported: Final[Code] = Code("DCM", "110028", "Instances Imported", (7008,))
"""Instances Imported (DCM 110028)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SheetFilmDigitized,
    CineFilmDigitized,
    VideoTapeDigitized,
    PaperDigitized,
    CDImported,
    DVDImported,
    MODImported,
    StudiesImported,
    InstancesImported,
)
"""The resolved membership: own members, then those of the included groups, in order."""
