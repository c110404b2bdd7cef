"""CID 7008 Media Import.

Extensible, version 20061024, UID 1.2.840.10008.6.1.489.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7008
NAME: _Final[str] = "Media Import"
KEYWORD: _Final[str | None] = "MediaImport"
UID: _Final[str | None] = "1.2.840.10008.6.1.489"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20061024"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SheetFilmDigitized: _Final[_Code] = _Code("DCM", "110020", "Sheet Film Digitized", (7008,))
"""Sheet Film Digitized (DCM 110020)."""

CineFilmDigitized: _Final[_Code] = _Code("DCM", "110021", "Cine Film Digitized", (7008,))
"""Cine Film Digitized (DCM 110021)."""

VideoTapeDigitized: _Final[_Code] = _Code("DCM", "110022", "Video Tape Digitized", (7008,))
"""Video Tape Digitized (DCM 110022)."""

PaperDigitized: _Final[_Code] = _Code("DCM", "110023", "Paper Digitized", (7008,))
"""Paper Digitized (DCM 110023)."""

CDImported: _Final[_Code] = _Code("DCM", "110024", "CD Imported", (7008,))
"""CD Imported (DCM 110024)."""

DVDImported: _Final[_Code] = _Code("DCM", "110025", "DVD Imported", (7008,))
"""DVD Imported (DCM 110025)."""

MODImported: _Final[_Code] = _Code("DCM", "110026", "MOD Imported", (7008,))
"""MOD Imported (DCM 110026)."""

StudiesImported: _Final[_Code] = _Code("DCM", "110027", "Studies Imported", (7008,))
"""Studies Imported (DCM 110027)."""

InstancesImported: _Final[_Code] = _Code("DCM", "110028", "Instances Imported", (7008,))
"""Instances Imported (DCM 110028)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
